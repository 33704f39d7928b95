package org.disclosuredesk.report;

import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which template cells the per-report metrics row carries, derived from the template model: the
 * procurement block, new requests by applicant type, every part 三 row's total and all of part 四.
 * A metrics column is named after its cell key with dots replaced by underscores.
 */
public final class ReportMetricsCatalog {

    private static final List<String> CELL_KEYS = build();

    private ReportMetricsCatalog() {
    }

    public static List<String> cellKeys() {
        return CELL_KEYS;
    }

    public static String column(String cellKey) {
        return cellKey.replace('.', '_');
    }

    private static List<String> build() {
        Set<String> keys = new LinkedHashSet<>(Template.of(Edition.E2019).table("s2.art20_9").cellKeys());
        for (Edition e : Edition.values()) {
            TemplateTable s3 = Template.of(e).table("s3");
            Row newReceived = s3.row("new_received");
            for (Column c : s3.columns()) {
                keys.add(s3.cellKey(newReceived, c));
            }
        }
        for (Edition e : Edition.values()) {
            TemplateTable s3 = Template.of(e).table("s3");
            for (Row r : s3.rows()) {
                keys.add(s3.cellKey(r, s3.column("total")));
            }
        }
        keys.addAll(Template.of(Edition.E2021).table("s4").cellKeys());
        return List.copyOf(keys);
    }
}
