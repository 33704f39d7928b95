package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a click on a chart or grid row leads: the report list filtered to the subtree and year, passing
 * on the cell to highlight when a report is opened from there.
 */
public final class DrillDown {

    private DrillDown() {
    }

    public static final String REPORT_LIST = "reports";

    public static QueryParameters reportList(long subtreeId, Integer year, String cellKey, boolean errorsOnly) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (year != null) {
            p.put("year", List.of(String.valueOf(year)));
        }
        p.put("subtree", List.of(String.valueOf(subtreeId)));
        if (errorsOnly) {
            p.put("errors", List.of("1"));
        }
        if (cellKey != null) {
            p.put("cell", List.of(cellKey));
        }
        return new QueryParameters(p);
    }
}
