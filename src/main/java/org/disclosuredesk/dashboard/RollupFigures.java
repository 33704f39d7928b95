package org.disclosuredesk.dashboard;

import org.disclosuredesk.metrics.MetricsColumns;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The summed figures of one agency subtree for one report year, read from {@code metrics_rollup}.
 * {@code cells} maps a cell key to its sum over the subtree's reports, or to null when no report has a
 * figure there (blank, not applicable, or not in the edition) — null is never shown as 0.
 * {@code counters} holds report_count, reports_with_errors and status_* counts.
 */
public record RollupFigures(long agencyId, int year, Map<String, Long> counters, Map<String, BigDecimal> cells) {

    public static RollupFigures empty(long agencyId, int year) {
        return new RollupFigures(agencyId, year, Map.of(), Map.of());
    }

    public BigDecimal cell(String cellKey) {
        return cells.get(cellKey);
    }

    public long counter(String column) {
        return counters.getOrDefault(column, 0L);
    }

    public long reportCount() {
        return counter(MetricsColumns.REPORT_COUNT);
    }
}
