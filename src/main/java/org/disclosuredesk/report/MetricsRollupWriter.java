package org.disclosuredesk.report;

import org.disclosuredesk.metrics.MetricsBucket;
import org.disclosuredesk.metrics.MetricsColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps {@code metrics_rollup}: per (ancestor agency, year, bucket) the sums of the metrics rows of every
 * report in the ancestor's subtree — the bucket being the report's status, or the published revision of a report
 * under correction ({@code MetricsBucket}), so that a dashboard scope is a few rows summed at read time. Dashboards
 * then read a handful of rows instead of summing up to 700,000 metrics rows per request (decision 010). Two ways to
 * follow saves ({@link RollupMode}): deltas inside the save's transaction — subtract the old metrics row from every
 * ancestor, add the new one — or, by default, {@link #refresh} of the ancestors a save marked, run by the
 * {@link RollupRefresher} (decision 017).
 */
@Component
public class MetricsRollupWriter {

    /** Status counters kept per rollup row, one column per workflow state. */
    static final List<ReportStatus> COUNTED_STATUSES = List.of(ReportStatus.values());

    /** A metrics row of a published report whose correction is not yet resubmitted. */
    private static final String OPEN_CORRECTION = "m.correcting AND m.status IN ('DRAFT', 'RETURNED')";
    /**
     * Status counters count reports, so only current rows: a prior row (the published revision of a report under
     * correction) adds to its bucket's figures and report count, not to the workflow counters.
     */
    private static final String CURRENT = "NOT m.prior";
    private static final String ADD_SELECTED = addSql();
    private static final String SUBTRACT_ONE = subtractSql();
    private static final String ADD_CHILDREN = addChildrenSql();

    private final JdbcTemplate jdbc;

    public MetricsRollupWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Before a report's metrics row changes: take its current row out of every ancestor's sums. */
    public void subtract(long reportId) {
        jdbc.update(SUBTRACT_ONE, reportId);
    }

    /** After a report's metrics row was written: add it to every ancestor's sums. */
    public void add(long reportId) {
        jdbc.update(ADD_SELECTED.replace("/*where*/", "m.report_id = ?"), reportId);
    }

    /** Adds freshly inserted metrics rows (bulk writers), one grouped statement per batch. */
    public void addAll(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return;
        }
        String in = String.join(",", Collections.nCopies(reportIds.size(), "?"));
        jdbc.update(ADD_SELECTED.replace("/*where*/", "m.report_id IN (" + in + ")"), reportIds.toArray());
    }

    /**
     * Recomputes the rollups of the given ancestors for one year from the metrics rows (delete, then insert the sums):
     * idempotent, whatever the rows held before. The refresher's step (decision 017); run it in a READ COMMITTED
     * transaction, so the sums read the committed metrics rows without locking them.
     */
    public void refresh(int year, Collection<Long> ancestors) {
        if (ancestors.isEmpty()) {
            return;
        }
        String in = String.join(",", Collections.nCopies(ancestors.size(), "?"));
        List<Object> args = new ArrayList<>();
        args.add(year);
        args.addAll(ancestors);
        jdbc.update("DELETE FROM metrics_rollup WHERE report_year = ? AND ancestor_id IN (" + in + ")", args.toArray());
        jdbc.update(ADD_SELECTED.replace("/*where*/", "m.report_year = ? AND c.ancestor_id IN (" + in + ")"),
                args.toArray());
    }

    /**
     * Recomputes one agency's rollups of a year from its own reports' metrics rows and its children's rollup rows
     * (every rollup column is a sum): a few rows to add up even for the country, whose direct sum reads ~100,000
     * metrics rows. Correct when the children's rows are — the refresher recomputes dirty keys deepest first, in one
     * transaction (decision 017).
     */
    public void refreshFromChildren(int year, long agencyId) {
        jdbc.update("DELETE FROM metrics_rollup WHERE report_year = ? AND ancestor_id = ?", year, agencyId);
        jdbc.update(ADD_SELECTED.replace("/*where*/", "m.report_year = ? AND c.ancestor_id = ? AND c.descendant_id = ?"),
                year, agencyId, agencyId);
        jdbc.update(ADD_CHILDREN, agencyId, agencyId, year);
    }

    /** Recomputes everything from the metrics rows, year by year (after moving agencies, or a repair). */
    public void rebuildAll() {
        jdbc.update("DELETE FROM metrics_rollup");
        List<Integer> years = jdbc.queryForList("SELECT DISTINCT report_year FROM report_metrics ORDER BY 1",
                Integer.class);
        for (int year : years) {
            jdbc.update(ADD_SELECTED.replace("/*where*/", "m.report_year = ?"), year);
        }
    }

    private static String statusColumn(ReportStatus status) {
        return MetricsColumns.statusColumn(status.name());
    }

    private static String countColumn(String metricColumn) {
        return MetricsColumns.countColumn(metricColumn);
    }

    private static List<String> metricColumns() {
        return MetricsColumns.cellKeys().stream().map(MetricsColumns::column).toList();
    }

    /** INSERT … SELECT grouped by (ancestor, year), adding to existing rows; the WHERE is filled in per use. */
    private static String addSql() {
        List<String> columns = new ArrayList<>(List.of("ancestor_id", "report_year", MetricsBucket.COLUMN, MetricsColumns.REPORT_COUNT,
                MetricsColumns.REPORTS_WITH_ERRORS));
        List<String> values = new ArrayList<>(List.of("c.ancestor_id", "m.report_year", "m.bucket", "COUNT(*)",
                "SUM(m.error_count > 0)"));
        columns.add(MetricsColumns.QUALITY_POINTS);
        values.add("COALESCE(SUM(m.quality_score), 0)");
        columns.add(MetricsColumns.CORRECTIONS_OPEN);
        values.add("SUM(" + CURRENT + " AND " + OPEN_CORRECTION + ")");
        for (ReportStatus s : COUNTED_STATUSES) {
            columns.add(statusColumn(s));
            values.add("SUM(" + CURRENT + " AND m.status = '" + s.name() + "')");
        }
        for (String c : metricColumns()) {
            columns.add(c);
            values.add("COALESCE(SUM(m." + c + "), 0)");
            columns.add(countColumn(c));
            values.add("COUNT(m." + c + ")");
        }
        String updates = columns.stream().skip(3).map(c -> c + " = " + c + " + VALUES(" + c + ")")
                .collect(Collectors.joining(", "));
        return "INSERT INTO metrics_rollup (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM report_metrics m JOIN agency_closure c ON c.descendant_id = m.agency_id WHERE /*where*/"
                + " GROUP BY c.ancestor_id, m.report_year, m.bucket ON DUPLICATE KEY UPDATE " + updates;
    }

    /** The children's rollup rows of a year summed per bucket into the parent's, added to what is there. */
    private static String addChildrenSql() {
        String insert = ADD_SELECTED.substring(0, ADD_SELECTED.indexOf(") SELECT ") + 1);
        List<String> summed = List.of(insert.substring(insert.indexOf('(') + 1, insert.length() - 1).split(", "))
                .stream().skip(3).toList();
        String sums = summed.stream().map(c -> "SUM(r." + c + ")").collect(Collectors.joining(", "));
        String updates = summed.stream().map(c -> c + " = " + c + " + VALUES(" + c + ")")
                .collect(Collectors.joining(", "));
        return insert + " SELECT ?, r.report_year, r.bucket, " + sums
                + " FROM metrics_rollup r JOIN agency a ON a.id = r.ancestor_id WHERE a.parent_id = ? AND r.report_year = ?"
                + " GROUP BY r.report_year, r.bucket ON DUPLICATE KEY UPDATE " + updates;
    }

    private static String subtractSql() {
        List<String> sets = new ArrayList<>(List.of("r.report_count = r.report_count - 1",
                "r.reports_with_errors = r.reports_with_errors - (m.error_count > 0)",
                "r." + MetricsColumns.QUALITY_POINTS + " = r." + MetricsColumns.QUALITY_POINTS
                        + " - COALESCE(m.quality_score, 0)",
                "r." + MetricsColumns.CORRECTIONS_OPEN + " = r." + MetricsColumns.CORRECTIONS_OPEN + " - ("
                        + CURRENT + " AND " + OPEN_CORRECTION + ")"));
        for (ReportStatus s : COUNTED_STATUSES) {
            String col = statusColumn(s);
            sets.add("r." + col + " = r." + col + " - (" + CURRENT + " AND m.status = '" + s.name() + "')");
        }
        for (String c : metricColumns()) {
            sets.add("r." + c + " = r." + c + " - COALESCE(m." + c + ", 0)");
            sets.add("r." + countColumn(c) + " = r." + countColumn(c) + " - (m." + c + " IS NOT NULL)");
        }
        return "UPDATE metrics_rollup r JOIN agency_closure c ON c.ancestor_id = r.ancestor_id"
                + " JOIN report_metrics m ON m.agency_id = c.descendant_id AND m.report_year = r.report_year"
                + " AND m.bucket = r.bucket"
                + " SET " + String.join(", ", sets) + " WHERE m.report_id = ?";
    }
}
