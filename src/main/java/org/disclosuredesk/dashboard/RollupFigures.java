package org.disclosuredesk.dashboard;

import org.disclosuredesk.metrics.MetricsColumns;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The summed figures of one agency subtree for one report year, read from {@code metrics_rollup}.
 * {@code cells} maps a cell key to its sum over the subtree's reports, or to null when no report has a
 * figure there (blank, not applicable, or not in the edition) — null is never shown as 0.
 * {@code counters} holds report_count and reports_with_errors of the reports the figures count (a scope), the
 * workflow's status_* and corrections_open counts, and {@link #ALL_REPORTS}.
 */
public record RollupFigures(long agencyId, int year, Map<String, Long> counters, Map<String, BigDecimal> cells) {

    /** Counter: every report of the subtree and year, whether the figures count it or not. */
    public static final String ALL_REPORTS = "all_reports";

    public static RollupFigures empty(long agencyId, int year) {
        return new RollupFigures(agencyId, year, Map.of(), Map.of());
    }

    public BigDecimal cell(String cellKey) {
        return cells.get(cellKey);
    }

    public long counter(String column) {
        return counters.getOrDefault(column, 0L);
    }

    /** The reports the figures count. */
    public long reportCount() {
        return counter(MetricsColumns.REPORT_COUNT);
    }

    /** The reports of the subtree and year the figures leave out (not yet in the scope). */
    public long reportsLeftOut() {
        return Math.max(0, counter(ALL_REPORTS) - reportCount());
    }
}
