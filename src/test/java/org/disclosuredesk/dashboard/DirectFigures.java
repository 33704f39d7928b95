package org.disclosuredesk.dashboard;

import org.disclosuredesk.metrics.MetricsColumns;
import org.disclosuredesk.report.ReportStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The test oracle: a subtree's figures for a year computed straight from the stored report cells
 * (report_cell, state N) and reports, without the rollup. Only reports that went through the save path
 * (service or bulk writer) count: repository-level tests in the same context store bare aggregates
 * without a metrics row, which the application itself never does (ReportServiceTest checks that).
 */
final class DirectFigures {

    private DirectFigures() {
    }

    static RollupFigures of(JdbcTemplate jdbc, long agencyId, int year) {
        return of(jdbc, agencyId, year, List.of(ReportStatus.values()));
    }

    /** The same for the reports in the given statuses only (reports under correction aside: see ScopeFiguresTest). */
    static RollupFigures of(JdbcTemplate jdbc, long agencyId, int year, Collection<ReportStatus> statuses) {
        String in = " AND r.status IN (" + statuses.stream().map(st -> "'" + st.name() + "'")
                .collect(Collectors.joining(", ")) + ")";
        Map<String, BigDecimal> cells = new HashMap<>();
        jdbc.query("""
                SELECT rc.cell_key, SUM(rc.num) FROM report_cell rc
                JOIN annual_report r ON r.id = rc.report_id
                JOIN report_metrics saved ON saved.report_id = r.id AND NOT saved.prior
                JOIN agency_closure c ON c.descendant_id = r.agency_id
                WHERE c.ancestor_id = ? AND r.report_year = ? AND rc.state = 'N'""" + in + """
                 GROUP BY rc.cell_key""", rs -> {
            cells.put(rs.getString(1), rs.getBigDecimal(2));
        }, agencyId, year);
        Map<String, Long> counters = new HashMap<>();
        counters.put("report_count", 0L);
        jdbc.query("""
                SELECT r.status, COUNT(*) FROM annual_report r
                JOIN report_metrics saved ON saved.report_id = r.id AND NOT saved.prior
                JOIN agency_closure c ON c.descendant_id = r.agency_id
                WHERE c.ancestor_id = ? AND r.report_year = ?""" + in + """
                 GROUP BY r.status""", rs -> {
            counters.put(MetricsColumns.statusColumn(rs.getString(1)), rs.getLong(2));
            counters.merge("report_count", rs.getLong(2), Long::sum);
        }, agencyId, year);
        // rule errors are known only to the validator, which writes them into the metrics row
        counters.put("reports_with_errors", jdbc.queryForObject("""
                SELECT COUNT(*) FROM report_metrics m JOIN annual_report r ON r.id = m.report_id
                JOIN agency_closure c ON c.descendant_id = m.agency_id
                WHERE c.ancestor_id = ? AND m.report_year = ? AND m.error_count > 0 AND NOT m.prior""" + in,
                Long.class, agencyId, year));
        // so is the quality score (report.QualityScore), computed from the findings when the report is saved
        counters.put(MetricsColumns.QUALITY_POINTS, jdbc.queryForObject("""
                SELECT COALESCE(SUM(m.quality_score), 0) FROM report_metrics m JOIN annual_report r ON r.id = m.report_id
                JOIN agency_closure c ON c.descendant_id = m.agency_id
                WHERE c.ancestor_id = ? AND m.report_year = ? AND NOT m.prior""" + in, Long.class, agencyId, year));
        return new RollupFigures(agencyId, year, counters, cells);
    }

    static int reportingAgencies(JdbcTemplate jdbc, long agencyId, int year) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM agency_closure c JOIN agency a ON a.id = c.descendant_id
                WHERE c.ancestor_id = ? AND a.kind <> 'REGION' AND (a.reports_from IS NULL OR a.reports_from <= ?)""",
                Integer.class, agencyId, year);
    }
}
