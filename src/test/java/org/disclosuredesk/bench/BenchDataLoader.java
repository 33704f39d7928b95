package org.disclosuredesk.bench;

import org.disclosuredesk.report.MetricsRollupWriter;
import org.disclosuredesk.metrics.MetricsColumns;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fills the benchmark database with batched JDBC: agencies, closure, subtree sizes, one report and one
 * metrics row per reporting agency and year, then the rollups (set-based, per year). The per-cell rows
 * (report_cell, ~170 million) are not generated: no dashboard query reads them.
 */
final class BenchDataLoader {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final Consumer<String> log;
    private final Random rng = new Random(7);

    BenchDataLoader(JdbcTemplate jdbc, Consumer<String> log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    void load(List<BenchHierarchy.Node> nodes, int firstYear, int lastYear) {
        jdbc.execute("SET SESSION foreign_key_checks = 0");
        jdbc.execute("SET SESSION unique_checks = 0");
        long t = System.nanoTime();
        batches("INSERT INTO agency (id, parent_id, name, kind, depth, sort_order) VALUES (?, ?, ?, ?, ?, ?)",
                nodes.stream().map(n -> new Object[]{n.id(), n.parentId(), n.name(), n.kind(), n.depth(),
                        n.sortOrder()}).toList());
        List<Object[]> closure = new ArrayList<>();
        Map<Long, Integer> reporting = new HashMap<>();
        for (BenchHierarchy.Node n : nodes) {
            long[] path = n.path();
            for (int i = 0; i < path.length; i++) {
                closure.add(new Object[]{path[i], n.id(), path.length - 1 - i});
                reporting.merge(path[i], n.reporting() ? 1 : 0, Integer::sum);
            }
        }
        batches("INSERT INTO agency_closure (ancestor_id, descendant_id, distance) VALUES (?, ?, ?)", closure);
        batches("INSERT INTO agency_subtree_size (agency_id, reporting_agencies) VALUES (?, ?)",
                reporting.entrySet().stream().map(e -> new Object[]{e.getKey(), e.getValue()}).toList());
        log.accept(String.format("agencies %,d, closure rows %,d in %d s", nodes.size(), closure.size(), secs(t)));

        t = System.nanoTime();
        List<String> metricColumns = MetricsColumns.cellKeys().stream().map(MetricsColumns::column).toList();
        String metricsSql = "INSERT INTO report_metrics (report_id, agency_id, report_year, edition, status, error_count,"
                + " warning_count, " + String.join(", ", metricColumns) + ") VALUES (?, ?, ?, ?, ?, ?, ?, "
                + String.join(", ", Collections.nCopies(metricColumns.size(), "?")) + ")";
        long reportId = 0;
        int reports = 0;
        for (int year = firstYear; year <= lastYear; year++) {
            List<Object[]> reportRows = new ArrayList<>(BATCH);
            List<Object[]> metricRows = new ArrayList<>(BATCH);
            for (BenchHierarchy.Node n : nodes) {
                if (!n.reporting()) {
                    continue;
                }
                String status = status(year == lastYear);
                if (status == null) {
                    continue;
                }
                reportId++;
                reports++;
                String edition = year <= 2020 ? "2019" : "2021";
                LocalDate published = "PUBLISHED".equals(status)
                        ? LocalDate.of(year + 1, 1, 1).plusDays(rng.nextInt(100) < 93 ? 5 + rng.nextInt(26)
                        : 31 + rng.nextInt(40)) : null;
                reportRows.add(new Object[]{reportId, n.id(), year, edition, status,
                        published == null ? null : Date.valueOf(published)});
                metricRows.add(metrics(reportId, n, year, edition, status, metricColumns));
                if (reportRows.size() == BATCH) {
                    flushReports(reportRows, metricsSql, metricRows);
                }
            }
            flushReports(reportRows, metricsSql, metricRows);
            log.accept(String.format("  year %d written (%,d reports so far, %d s)", year, reports, secs(t)));
        }
        log.accept(String.format("reports and metrics rows %,d in %d s", reports, secs(t)));

        t = System.nanoTime();
        new MetricsRollupWriter(jdbc).rebuildAll();
        Integer rollups = jdbc.queryForObject("SELECT COUNT(*) FROM metrics_rollup", Integer.class);
        log.accept(String.format("rollup rows %,d rebuilt in %d s", rollups, secs(t)));
        jdbc.execute("ANALYZE TABLE agency, agency_closure, annual_report, report_metrics, metrics_rollup");
    }

    private void flushReports(List<Object[]> reportRows, String metricsSql, List<Object[]> metricRows) {
        if (reportRows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO annual_report (id, agency_id, report_year, edition, status, published_on,"
                + " revision, version, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, 0, 'bench')", reportRows);
        jdbc.batchUpdate(metricsSql, metricRows);
        reportRows.clear();
        metricRows.clear();
    }

    /** Past years are published; the latest year is still in the workflow and some have not started. */
    private String status(boolean latest) {
        if (!latest) {
            return "PUBLISHED";
        }
        int x = rng.nextInt(100);
        return x < 55 ? "PUBLISHED" : x < 65 ? "APPROVED" : x < 77 ? "SUBMITTED" : x < 82 ? "RETURNED"
                : x < 90 ? "DRAFT" : null;
    }

    /** Plausible figures: part 三 outcomes add up to what was received, part 四 groups to their totals. */
    private Object[] metrics(long reportId, BenchHierarchy.Node n, int year, String edition, String status,
                             List<String> columns) {
        double scale = n.name().endsWith("人民政府") ? 8 : "SUB_UNIT".equals(n.kind()) ? 0.5 : 1.5;
        Map<String, Object> v = new HashMap<>();
        long[] applicants = new long[6];
        long received = 0;
        for (int i = 0; i < 6; i++) {
            applicants[i] = (long) (rng.nextInt(i == 0 ? 40 : 4) * scale);
            received += applicants[i];
        }
        String[] types = {"natural_person", "commercial", "research", "public_interest", "legal_service", "other_org"};
        for (int i = 0; i < 6; i++) {
            v.put("s3_new_received_" + types[i], applicants[i]);
        }
        v.put("s3_new_received_total", received);
        long carried = rng.nextInt(3);
        v.put("s3_carried_over_total", carried);
        long forward = Math.min(received + carried, rng.nextInt(3));
        long processed = received + carried - forward;
        v.put("s3_total_processed_total", processed);
        v.put("s3_carried_forward_total", forward);
        List<String> outcomeColumns = columns.stream().filter(c -> c.startsWith("s3_") && c.endsWith("_total")
                && !c.startsWith("s3_new_received") && !c.startsWith("s3_carried") && !c.startsWith("s3_total_processed")
                && ("2019".equals(edition) ? !c.startsWith("s3_other_") || c.equals("s3_other_single_total")
                : !c.equals("s3_other_single_total"))).toList();
        long left = processed;
        for (int i = 0; i < outcomeColumns.size(); i++) {
            long x = i == outcomeColumns.size() - 1 ? left : Math.min(left, (long) (left * (i == 0 ? 0.45 : 0.12)
                    * rng.nextDouble()));
            v.put(outcomeColumns.get(i), x);
            left -= x;
        }
        for (String g : List.of("review", "litigation_direct", "litigation_after_review")) {
            long upheld = rng.nextInt(4);
            long corrected = rng.nextInt(10) == 0 ? 1 : 0;
            long other = rng.nextInt(2);
            long pending = rng.nextInt(2);
            v.put("s4_" + g + "_upheld", upheld);
            v.put("s4_" + g + "_corrected", corrected);
            v.put("s4_" + g + "_other", other);
            v.put("s4_" + g + "_pending", pending);
            v.put("s4_" + g + "_total", upheld + corrected + other + pending);
        }
        if ("2019".equals(edition)) {
            v.put("s2_procurement_count", (long) (rng.nextInt(30) * scale));
            v.put("s2_procurement_amount", BigDecimal.valueOf((long) (rng.nextInt(5_000_000) * scale), 4));
        }
        Object[] row = new Object[7 + columns.size()];
        row[0] = reportId;
        row[1] = n.id();
        row[2] = year;
        row[3] = edition;
        row[4] = status;
        row[5] = rng.nextInt(100) < 2 ? 1 + rng.nextInt(3) : 0;
        row[6] = rng.nextInt(3);
        for (int i = 0; i < columns.size(); i++) {
            row[7 + i] = v.get(columns.get(i));
        }
        return row;
    }

    private void batches(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
    }

    private static long secs(long start) {
        return (System.nanoTime() - start) / 1_000_000_000L;
    }
}
