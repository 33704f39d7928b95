package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportListFilter;
import org.disclosuredesk.ui.NavigationContribution;
import org.disclosuredesk.ui.NavigationRegistry;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The only way into the report views from elsewhere: the locations of a report, its editor and history, and
 * the report list with its filters, so that the route templates and query names are spelt in one place.
 * Also "年报" in the side navigation.
 */
@Component
public final class ReportNavigation implements NavigationContribution {

    static final String LIST = "reports";
    /**
     * Query parameter, repeated once per cell: the cells to highlight when a report opens (a drill-down from a chart
     * or the list; a figure that adds cells highlights all of them).
     */
    static final String CELL = "cell";

    /** Query parameter: which revision of a report under correction to show; {@link #WORKING} for the correction. */
    static final String REVISION = "revision";
    static final String WORKING = "working";

    ReportNavigation() {
    }

    @Override
    public NavigationRegistry.Entry entry() {
        return new NavigationRegistry.Entry("nav.reports", ReportListView.class, VaadinIcon.FILE_TEXT_O, 20, Set.of());
    }

    /** {@code reports/2020/17}: the read-only report. */
    public static String report(int year, long agencyId) {
        return LIST + "/" + year + "/" + agencyId;
    }

    /** {@code reports/2020/17/edit} */
    public static String editor(int year, long agencyId) {
        return report(year, agencyId) + "/edit";
    }

    /** {@code reports/2020/17/history} */
    public static String history(int year, long agencyId) {
        return report(year, agencyId) + "/history";
    }

    static String report(LoadedReport r) {
        return report(r.report().getReportYear(), r.report().getAgencyId());
    }

    /** The report under correction as it is being corrected (by default, readers see the published revision). */
    static String workingRevision(LoadedReport r) {
        return report(r) + "?" + REVISION + "=" + WORKING;
    }

    static String editor(LoadedReport r) {
        return editor(r.report().getReportYear(), r.report().getAgencyId());
    }

    static String history(LoadedReport r) {
        return history(r.report().getReportYear(), r.report().getAgencyId());
    }

    /** Goes to a location built here, query included ({@link UI#navigate(String)} takes a path only). */
    static void go(UI ui, String location) {
        Location parsed = new Location(location);
        ui.navigate(parsed.getPath(), parsed.getQueryParameters());
    }

    /** Opens a report, highlighting {@code cellKeys} (null or empty: none). */
    public static void openReport(UI ui, int year, long agencyId, List<String> cellKeys) {
        ui.navigate(report(year, agencyId), cellKeys == null || cellKeys.isEmpty() ? QueryParameters.empty()
                : new QueryParameters(Map.of(CELL, List.copyOf(cellKeys))));
    }

    /** Opens the report list filtered by {@code filter}, passing on {@code cellKeys} (null: none) to the reports. */
    public static void openList(UI ui, ReportListFilter filter, List<String> cellKeys) {
        ui.navigate(LIST, listQuery(filter, cellKeys));
    }

    /** The cells to highlight named by a report's or the list's query ({@code cell=…&cell=…}), in order. */
    static List<String> cells(QueryParameters query) {
        return List.copyOf(query.getParameters().getOrDefault(CELL, List.of()));
    }

    /** The report list's query: {@code agency, year, edition, status, errors, subtree, scope, cell…}, absent when "any". */
    static QueryParameters listQuery(ReportListFilter f, List<String> cellKeys) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (f.agencyText() != null && !f.agencyText().isBlank()) {
            p.put("agency", List.of(f.agencyText().strip()));
        }
        put(p, "year", f.year());
        put(p, "edition", f.edition());
        put(p, "status", f.status() == null ? null : f.status().name());
        if (Boolean.TRUE.equals(f.withErrors())) {
            p.put("errors", List.of("1"));
        }
        put(p, "subtree", f.subtreeOf());
        put(p, "scope", f.scope() == null ? null : f.scope().param());
        if (cellKeys != null && !cellKeys.isEmpty()) {
            p.put(CELL, List.copyOf(cellKeys));
        }
        return new QueryParameters(p);
    }

    private static void put(Map<String, List<String>> p, String name, Object value) {
        if (value != null) {
            p.put(name, List.of(String.valueOf(value)));
        }
    }
}
