package org.disclosuredesk.metrics;

import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shape of the metrics read model, shared by the side that writes it ({@code report}: the per-report
 * {@code report_metrics} row and the {@code metrics_rollup} sums) and the side that reads it ({@code dashboard}), so
 * that neither spells the other's column names and the dashboard needs nothing of the writers.
 * <p>
 * Which template cells the metrics row carries is derived from the template model: the procurement block, new
 * requests by applicant type, every part 三 row's total and all of part 四. A metrics column is named after its cell
 * key with dots replaced by underscores; in the rollup, {@code n_<column>} counts the reports that have the figure
 * (0 = no report has it, never 0 as a figure), and {@code status_<status>} counts reports per workflow state.
 */
public final class MetricsColumns {

    /** Rollup counter: reports in the subtree and year. */
    public static final String REPORT_COUNT = "report_count";
    /** Rollup counter: reports with at least one error-severity finding. */
    public static final String REPORTS_WITH_ERRORS = "reports_with_errors";
    /**
     * Rollup counter: published reports whose correction is a draft or returned — still published for the
     * submission tracker, though their status is DRAFT or RETURNED.
     */
    public static final String CORRECTIONS_OPEN = "corrections_open";
    /** Rollup counter: the reports' quality scores added up (÷ report_count = the average score). */
    public static final String QUALITY_POINTS = "quality_points";

    private static final List<String> CELL_KEYS = build();

    private MetricsColumns() {
    }

    /** The template cells the metrics row carries, in column order. */
    public static List<String> cellKeys() {
        return CELL_KEYS;
    }

    /** {@code s3.new_received.total} → {@code s3_new_received_total} */
    public static String column(String cellKey) {
        return cellKey.replace('.', '_');
    }

    /** The rollup's count of reports having a figure in {@code metricColumn}: {@code n_<column>}. */
    public static String countColumn(String metricColumn) {
        return "n_" + metricColumn;
    }

    /** The rollup's count of reports in a workflow state ({@code ReportStatus} name): {@code status_<state>}. */
    public static String statusColumn(String status) {
        return "status_" + status.toLowerCase(Locale.ROOT);
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
