package org.disclosuredesk.dashboard;

import org.disclosuredesk.metrics.MetricsBucket;
import org.disclosuredesk.metrics.MetricsColumns;
import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.report.ReportStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The dashboard's SQL. Figures come from {@code metrics_rollup} by primary key — a subtree's year is one
 * row whatever its size — and lists (peers, tracker) are paged in the database. No access checks here:
 * {@link DashboardService} does them, so this class is package-private (the benchmark reaches it through a test
 * helper in this package). Column names come from the read model's {@link MetricsColumns}, not from the writers.
 */
@Repository
class DashboardQueries {


    private final JdbcTemplate jdbc;

    DashboardQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The subtree's figures per year in [from, to] for the scope; years without any report are absent. Reads the
     * subtree's rollup rows of every bucket by key and adds them up here: figures and report counts over the scope's
     * buckets, workflow counters (status_*, corrections_open) and {@link RollupFigures#ALL_REPORTS} over all.
     */
    public List<RollupFigures> rollups(long agencyId, int fromYear, int toYear, ReportScope scope) {
        Map<Integer, List<BucketRow>> byYear = new TreeMap<>();
        jdbc.query("SELECT * FROM metrics_rollup WHERE ancestor_id = ? AND report_year BETWEEN ? AND ?",
                rs -> {
                    RollupFigures f = mapRollup(rs, 0);
                    byYear.computeIfAbsent(f.year(), y -> new ArrayList<>())
                            .add(new BucketRow(MetricsBucket.valueOf(rs.getString(MetricsBucket.COLUMN)), f));
                }, agencyId, fromYear, toYear);
        List<RollupFigures> out = new ArrayList<>();
        byYear.forEach((year, rows) -> out.add(combine(agencyId, year, rows, scope)));
        return out;
    }

    private record BucketRow(MetricsBucket bucket, RollupFigures figures) {
    }

    private static RollupFigures combine(long agencyId, int year, List<BucketRow> rows, ReportScope scope) {
        Map<String, Long> counters = new HashMap<>();
        Map<String, BigDecimal> cells = new HashMap<>();
        for (BucketRow row : rows) {
            RollupFigures f = row.figures();
            for (String c : WORKFLOW_COUNTERS) {
                counters.merge(c, f.counter(c), Long::sum);
            }
            if (MetricsBucket.CURRENT.contains(row.bucket())) {
                counters.merge(RollupFigures.ALL_REPORTS, f.reportCount(), Long::sum);
            }
            if (scope.buckets().contains(row.bucket())) {
                for (String c : SCOPED_COUNTERS) {
                    counters.merge(c, f.counter(c), Long::sum);
                }
                f.cells().forEach((k, v) -> cells.merge(k, v, BigDecimal::add));
            }
        }
        return new RollupFigures(agencyId, year, counters, cells);
    }

    /**
     * The scope's rollup of each agency directly under {@code parentId} for a year, as a derived table with the
     * rollup's column names (so {@link MetricExpr#sql} works on it unchanged): the few bucket rows per agency summed.
     * Parameters: year, parent id.
     */
    private static String scopedRollups(ReportScope scope) {
        return "(SELECT ancestor_id, " + SCOPED_SUMS + " FROM metrics_rollup WHERE report_year = ? AND "
                + MetricsBucket.COLUMN + " IN (" + inBuckets(scope) + ") AND ancestor_id IN (SELECT id FROM agency"
                + " WHERE parent_id = ?) GROUP BY ancestor_id)";
    }

    /**
     * Agencies (not regions) in the subtree, the agency itself included, expected to report for the year: all
     * of them but those that start reporting after it (added later).
     */
    /**
     * How long ago the oldest save in the subtree that the rollups do not count yet was made (ms, the database's
     * clock), or null when the rollups count every save (decision 017: the refresher's dirty rows).
     */
    public Long pendingMillis(long agencyId) {
        return jdbc.queryForObject("SELECT TIMESTAMPDIFF(MICROSECOND, MIN(d.created_at), NOW(6)) DIV 1000"
                + " FROM rollup_dirty d JOIN agency_closure c ON c.descendant_id = d.agency_id AND c.ancestor_id = ?",
                Long.class, agencyId);
    }

    public int reportingAgencies(long agencyId, int year) {
        Integer n = jdbc.queryForObject("""
                SELECT COALESCE((SELECT reporting_agencies FROM agency_subtree_size WHERE agency_id = ?), 0)
                     - COALESCE((SELECT SUM(agencies) FROM agency_subtree_start WHERE agency_id = ? AND first_year > ?), 0)""",
                Integer.class, agencyId, agencyId, year);
        return n == null ? 0 : n;
    }

    public int peerCount(long parentId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM agency WHERE parent_id = ?", Integer.class, parentId);
        return n == null ? 0 : n;
    }

    /**
     * The agencies directly under {@code parentId} with the metric for {@code year} and the year before,
     * ranked among themselves (rank and percentile over the peers that have a value, as defined in
     * {@link PeerRow}), sorted and paged.
     */
    public List<PeerRow> peers(long parentId, int year, ReportScope scope, Metric metric, PeerSort sort,
                               boolean ascending, int offset, int limit) {
        String value = metric.expr().sql("v");
        String previous = metric.expr().sql("p");
        String sql = """
                SELECT * FROM (
                  SELECT b.*,
                    CASE WHEN b.value IS NOT NULL THEN RANK() OVER (PARTITION BY b.value IS NULL ORDER BY b.value DESC) END AS peer_rank,
                    CASE WHEN b.value IS NOT NULL AND COUNT(b.value) OVER () >= %d
                      THEN 100 * (COUNT(b.value) OVER () - RANK() OVER (PARTITION BY b.value IS NULL ORDER BY b.value DESC))
                           / (COUNT(b.value) OVER () - 1) END AS pct,
                    COUNT(b.value) OVER () AS ranked,
                    CASE WHEN b.previous <> 0 THEN 100 * (b.value - b.previous) / b.previous END AS yoy
                  FROM (
                    SELECT a.id, a.name, a.kind, a.sort_order, COALESCE(v.report_count, 0) AS reports,
                           %s AS value, %s AS previous
                    FROM agency a
                    LEFT JOIN %s v ON v.ancestor_id = a.id
                    LEFT JOIN %s p ON p.ancestor_id = a.id
                    WHERE a.parent_id = ?
                  ) b
                ) t ORDER BY %s LIMIT ? OFFSET ?""".formatted(PeerRow.MIN_PEERS_FOR_PERCENTILE, value, previous,
                scopedRollups(scope), scopedRollups(scope), sort.orderBy(ascending));
        return jdbc.query(sql, (rs, i) -> new PeerRow(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
                rs.getLong("reports"), rs.getBigDecimal("value"), rs.getBigDecimal("previous"),
                (Integer) rs.getObject("peer_rank", Integer.class), rs.getBigDecimal("pct"), rs.getInt("ranked")),
                year, parentId, year - 1, parentId, parentId, limit, offset);
    }

    /**
     * The counted reports of the subtree for the year (the scope's buckets, so a report under correction is its
     * published revision) with errors or warnings, most errors first, then most warnings.
     */
    public List<OpenFinding> openFindings(long agencyId, int year, ReportScope scope, int limit) {
        return jdbc.query("""
                SELECT m.report_id, a.name, m.report_year, r.status, m.%s, m.error_count, m.warning_count
                FROM report_metrics m
                JOIN agency_closure c ON c.descendant_id = m.agency_id AND c.ancestor_id = ?
                JOIN agency a ON a.id = m.agency_id
                JOIN annual_report r ON r.id = m.report_id
                WHERE m.report_year = ? AND m.%s IN (%s) AND (m.error_count > 0 OR m.warning_count > 0)
                ORDER BY m.error_count DESC, m.warning_count DESC, a.name, m.report_id LIMIT ?"""
                .formatted(MetricsBucket.COLUMN, MetricsBucket.COLUMN, inBuckets(scope)), (rs, i) -> {
            boolean prior = MetricsBucket.PUBLISHED_PRIOR.name().equals(rs.getString(5));
            return new OpenFinding(rs.getLong(1), rs.getString(2), rs.getInt(3),
                    prior ? ReportStatus.PUBLISHED : ReportStatus.valueOf(rs.getString(4)), rs.getInt(6), rs.getInt(7));
        }, agencyId, year, limit);
    }

    /** How many counted reports of the subtree have findings: {errors, errors or warnings}. */
    public int[] openFindingCounts(long agencyId, int year, ReportScope scope) {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(m.error_count > 0), 0), COALESCE(SUM(m.error_count > 0 OR m.warning_count > 0), 0)
                FROM report_metrics m JOIN agency_closure c ON c.descendant_id = m.agency_id AND c.ancestor_id = ?
                WHERE m.report_year = ? AND m.%s IN (%s)""".formatted(MetricsBucket.COLUMN, inBuckets(scope)),
                (rs, i) -> new int[]{rs.getInt(1), rs.getInt(2)}, agencyId, year);
    }

    private static String inBuckets(ReportScope scope) {
        return scope.buckets().stream().map(b -> "'" + b.name() + "'").collect(Collectors.joining(", "));
    }

    /** Every reporting agency of the subtree with its report for the year, in tree order, paged. */
    public List<TrackerRow> tracker(long agencyId, int year, boolean notSubmittedOnly, int offset, int limit) {
        return jdbc.query("""
                SELECT a.id, a.name, pa.name AS parent_name, r.status, r.published_on, m.error_count, m.correcting
                FROM agency_closure c
                JOIN agency a ON a.id = c.descendant_id
                LEFT JOIN agency pa ON pa.id = a.parent_id
                LEFT JOIN annual_report r ON r.agency_id = a.id AND r.report_year = ?
                LEFT JOIN report_metrics m ON m.report_id = r.id AND NOT m.prior
                WHERE c.ancestor_id = ? AND a.kind <> 'REGION' AND (a.reports_from IS NULL OR a.reports_from <= ?)"""
                + (notSubmittedOnly ? " AND (r.id IS NULL OR (r.status IN ('DRAFT', 'RETURNED') AND NOT m.correcting))"
                        : "") + """
                 ORDER BY c.descendant_id LIMIT ? OFFSET ?""", (rs, i) -> {
            String status = rs.getString("status");
            Date published = rs.getDate("published_on");
            return new TrackerRow(rs.getLong("id"), rs.getString("name"), rs.getString("parent_name"), year,
                    status == null ? null : ReportStatus.valueOf(status),
                    published == null ? null : published.toLocalDate(), (Integer) rs.getObject("error_count",
                    Integer.class), rs.getBoolean("correcting"));
        }, year, agencyId, year, limit, offset);
    }

    public List<AgencyRef> path(long agencyId) {
        return jdbc.query("""
                SELECT a.id, a.name, a.kind, a.depth FROM agency_closure c JOIN agency a ON a.id = c.ancestor_id
                WHERE c.descendant_id = ? ORDER BY c.distance DESC""", AGENCY, agencyId);
    }

    public List<AgencyRef> children(long agencyId) {
        return jdbc.query("SELECT id, name, kind, depth FROM agency WHERE parent_id = ? ORDER BY sort_order, id",
                AGENCY, agencyId);
    }

    /** Agencies in the scope whose name contains the text, nearest first; for the agency picker. */
    public List<AgencyRef> search(long scopeId, String text, int offset, int limit) {
        String like = "%" + (text == null ? "" : text.strip().replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.query("""
                SELECT a.id, a.name, a.kind, a.depth FROM agency_closure c JOIN agency a ON a.id = c.descendant_id
                WHERE c.ancestor_id = ? AND a.name LIKE ? ORDER BY c.distance, a.sort_order, a.id LIMIT ? OFFSET ?""",
                AGENCY, scopeId, like, limit, offset);
    }

    public Integer latestYear(long agencyId) {
        return jdbc.queryForObject("SELECT MAX(report_year) FROM metrics_rollup WHERE ancestor_id = ?",
                Integer.class, agencyId);
    }

    private static final RowMapper<AgencyRef> AGENCY = (rs, i) -> new AgencyRef(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getInt(4));

    private static RollupFigures mapRollup(ResultSet rs, int i) throws SQLException {
        Map<String, Long> counters = new HashMap<>();
        for (String c : ROW_COUNTERS) {
            counters.put(c, rs.getLong(c));
        }
        Map<String, BigDecimal> cells = new HashMap<>();
        for (String key : MetricsColumns.cellKeys()) {
            String column = MetricsColumns.column(key);
            if (rs.getInt(MetricsColumns.countColumn(column)) > 0) {
                cells.put(key, rs.getBigDecimal(column));
            }
        }
        return new RollupFigures(rs.getLong("ancestor_id"), rs.getInt("report_year"), counters, cells);
    }

    /** Counters of the workflow: they count reports by status, whatever the scope. */
    private static final List<String> WORKFLOW_COUNTERS = workflowCounters();
    /** Counters of the reports a scope counts. */
    private static final List<String> SCOPED_COUNTERS = List.of(MetricsColumns.REPORT_COUNT,
            MetricsColumns.REPORTS_WITH_ERRORS, MetricsColumns.QUALITY_POINTS);
    /** Every counter of a rollup row. */
    private static final List<String> ROW_COUNTERS = java.util.stream.Stream.concat(SCOPED_COUNTERS.stream(),
            WORKFLOW_COUNTERS.stream()).toList();
    private static final String SCOPED_SUMS = scopedSums();

    private static List<String> workflowCounters() {
        List<String> c = new ArrayList<>(List.of(MetricsColumns.CORRECTIONS_OPEN));
        for (ReportStatus s : ReportStatus.values()) {
            c.add(MetricsColumns.statusColumn(s.name()));
        }
        return List.copyOf(c);
    }

    private static String scopedSums() {
        List<String> columns = new ArrayList<>(SCOPED_COUNTERS);
        for (String key : MetricsColumns.cellKeys()) {
            String column = MetricsColumns.column(key);
            columns.add(column);
            columns.add(MetricsColumns.countColumn(column));
        }
        return columns.stream().map(c -> "SUM(" + c + ") AS " + c).collect(Collectors.joining(", "));
    }
}
