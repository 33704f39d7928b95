package org.disclosuredesk.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.disclosuredesk.dashboard.BenchQueries;
import org.disclosuredesk.dashboard.Metric;
import org.disclosuredesk.dashboard.PeerSort;
import org.disclosuredesk.metrics.ReportScope;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Dashboard read model at national scale: generates 100,000 agencies × 7 report years into a MariaDB
 * database of its own and prints p50/p95 server time of every dashboard query for the whole country,
 * one province, one city and one agency.
 *
 * <pre>
 * ./mvnw -Pbench test-compile exec:java@bench -Dbench.main=org.disclosuredesk.bench.DashboardBench
 * </pre>
 * System properties: {@code bench.url} (default jdbc:mariadb://127.0.0.1:3306/dd_dashboard_bench),
 * {@code bench.user}/{@code bench.password} (root, empty), {@code bench.agencies} (100000),
 * {@code bench.regenerate} (false: reuse a database that already holds the data), {@code bench.runs} (200).
 */
public final class DashboardBench {

    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2025;

    private DashboardBench() {
    }

    public static void main(String[] args) {
        String url = System.getProperty("bench.url",
                "jdbc:mariadb://127.0.0.1:3306/dd_dashboard_bench?createDatabaseIfNotExist=true");
        int agencies = Integer.getInteger("bench.agencies", 100_000);
        int runs = Integer.getInteger("bench.runs", 200);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getProperty("bench.user", "root"));
        config.setPassword(System.getProperty("bench.password", ""));
        config.setMaximumPoolSize(2);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            ensureData(ds, jdbc, agencies);
            new DashboardBench.Runner(jdbc, runs).run();
        }
    }

    private static void ensureData(HikariDataSource ds, JdbcTemplate jdbc, int agencies) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false)
                .load();
        boolean regenerate = Boolean.getBoolean("bench.regenerate");
        Integer present = null;
        try {
            present = jdbc.queryForObject("SELECT COUNT(*) FROM agency", Integer.class);
        } catch (Exception e) {
            // no schema yet
        }
        List<BenchHierarchy.Node> nodes = BenchHierarchy.generate(agencies);
        if (!regenerate && present != null && present == nodes.size()) {
            System.out.printf("Reusing %,d agencies in %s (-Dbench.regenerate=true to rebuild)%n", present,
                    ds.getJdbcUrl());
            // a newer read model (V16: rollups per bucket) is rebuilt from the metrics rows, as the app does at start
            if (flyway.migrate().migrationsExecuted > 0
                    && jdbc.queryForList("SELECT 1 FROM metrics_rollup LIMIT 1").isEmpty()) {
                long t = System.nanoTime();
                new org.disclosuredesk.report.MetricsRollupWriter(jdbc).rebuildAll();
                jdbc.execute("ANALYZE TABLE report_metrics, metrics_rollup");
                System.out.printf("Migrated; rollups rebuilt in %d s%n", (System.nanoTime() - t) / 1_000_000_000L);
            }
            return;
        }
        long start = System.nanoTime();
        flyway.clean();
        flyway.migrate();
        System.out.printf("Generating %,d agencies × %d years into %s%n", nodes.size(), LAST_YEAR - FIRST_YEAR + 1,
                ds.getJdbcUrl());
        System.out.println("(report_cell rows — ~170 million at this scale — are not generated: dashboards read only"
                + " report_metrics and metrics_rollup)");
        new BenchDataLoader(jdbc, s -> System.out.println("  " + s)).load(nodes, FIRST_YEAR, LAST_YEAR);
        System.out.printf("Generation took %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
    }

    /** Times every dashboard query for four scopes. */
    private record Runner(JdbcTemplate jdbc, int runs) {

        void run() {
            BenchQueries q = new BenchQueries(jdbc);
            Map<String, Long> scopes = new LinkedHashMap<>();
            scopes.put("country", jdbc.queryForObject("SELECT id FROM agency WHERE parent_id IS NULL", Long.class));
            // the middle one of each level: a typical, not the first, province / city / district department
            scopes.put("province", middle("depth = 1 AND kind = 'REGION'"));
            scopes.put("city", middle("depth = 2 AND kind = 'REGION'"));
            scopes.put("agency", middle("depth = 4 AND kind = 'AGENCY'"));
            long country = scopes.get("country");
            System.out.printf("%nScopes: %s%n", scopes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + " ("
                    + q.reportingAgencies(e.getValue(), 2024) + " reporting agencies)").toList());
            System.out.printf("Data: %,d agencies, %,d reports, %,d metrics rows, %,d rollup rows%n",
                    count("agency"), count("annual_report"), count("report_metrics"), count("metrics_rollup"));
            System.out.printf("%nServer time per query (ms), %d runs after warm-up, one connection:%n", runs);
            System.out.printf("%-50s %-9s %8s %8s %8s%n", "query [reports counted]", "subtree", "p50", "p95", "max");
            Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
            for (Map.Entry<String, Long> s : scopes.entrySet()) {
                long id = s.getValue();
                queries.put("scope check (closure lookup)|" + s.getKey(), () -> jdbc.queryForObject(
                        "SELECT COUNT(*) FROM agency_closure WHERE ancestor_id = ? AND descendant_id = ?",
                        Integer.class, country, id));
                for (ReportScope scope : ReportScope.values()) {
                    String in = " [" + scope.param() + "]|" + s.getKey();
                    queries.put("headline: rollups + subtree size" + in, () -> List.of(
                            q.rollups(id, 2024, 2024, scope), q.reportingAgencies(id, 2024)));
                    queries.put("by year 2019–2025 (all charts)" + in, () -> q.rollups(id, FIRST_YEAR, LAST_YEAR, scope));
                    queries.put("peers p.1, requests, by value" + in, () -> q.peers(id, 2024, scope,
                            Metric.REQUESTS_RECEIVED, PeerSort.VALUE, false, 0, 50));
                    queries.put("peers p.1, correction rate, yoy" + in, () -> q.peers(id, 2024, scope,
                            Metric.REVIEW_CORRECTION_RATE, PeerSort.YOY, true, 0, 50));
                    queries.put("procurement top 10 (2020)" + in, () -> q.peers(id, 2020, scope,
                            Metric.PROCUREMENT_AMOUNT, PeerSort.VALUE, false, 0, 10));
                }
                queries.put("peer count|" + s.getKey(), () -> q.peerCount(id));
                queries.put("tracker page 1 (2025)|" + s.getKey(), () -> q.tracker(id, 2025, false, 0, 50));
                queries.put("tracker page 1, not submitted only|" + s.getKey(), () -> q.tracker(id, 2025, true, 0, 50));
                queries.put("tracker page 20|" + s.getKey(), () -> q.tracker(id, 2025, false, 950, 50));
                queries.put("breadcrumb path|" + s.getKey(), () -> q.path(id));
            }
            List<String> order = new ArrayList<>(queries.keySet());
            Map<String, List<String>> byQuery = new LinkedHashMap<>();
            for (String k : order) {
                byQuery.computeIfAbsent(k.split("\\|")[0], x -> new ArrayList<>()).add(k);
            }
            double worstP95 = 0;
            for (List<String> keys : byQuery.values()) {
                for (String k : keys) {
                    double[] t = time(queries.get(k));
                    worstP95 = Math.max(worstP95, t[1]);
                    String[] parts = k.split("\\|");
                    System.out.printf("%-50s %-9s %8.2f %8.2f %8.2f%n", parts[0], parts[1], t[0], t[1], t[2]);
                }
            }
            System.out.printf("%nWorst p95: %.2f ms%n", worstP95);
            double save = saveCost(scopes.get("agency"));
            System.out.printf("figure: dashboard queries at %,d agencies × %d years: every query p95 ≤ %.1f ms, a save's"
                    + " rollup delta p95 %.1f ms%n", count("agency"), LAST_YEAR - FIRST_YEAR + 1, worstP95, save);
            naiveComparison(country);
        }

        /** What a save pays for the rollups: one report's delta out of and into every ancestor (net zero). */
        private double saveCost(long agencyId) {
            long reportId = jdbc.queryForObject("SELECT id FROM annual_report WHERE agency_id = ? AND report_year = 2024",
                    Long.class, agencyId);
            int ancestors = jdbc.queryForObject("SELECT COUNT(*) FROM agency_closure WHERE descendant_id = ?",
                    Integer.class, agencyId);
            org.disclosuredesk.report.MetricsRollupWriter rollup = new org.disclosuredesk.report.MetricsRollupWriter(jdbc);
            double[] t = time(() -> {
                rollup.subtract(reportId);
                rollup.add(reportId);
                return null;
            });
            System.out.printf("Save overhead: rollup delta of one report into its %d ancestors (subtract + add,"
                    + " autocommit): p50 %.2f ms, p95 %.2f ms%n", ancestors, t[0], t[1]);
            return t[1];
        }

        /** What the rollup saves: the same headline summed over every metrics row of the country. */
        private void naiveComparison(long country) {
            double[] t = new double[3];
            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                jdbc.queryForList("SELECT SUM(m.s3_new_received_total), SUM(m.s3_carried_over_total), COUNT(*)"
                        + " FROM report_metrics m JOIN agency_closure c ON c.descendant_id = m.agency_id"
                        + " WHERE c.ancestor_id = ? AND m.report_year = 2024", country);
            }
            t[0] = (System.nanoTime() - start) / 3e6;
            System.out.printf("For comparison, without rollups: the country's 2024 headline summed from metrics rows"
                    + " takes %.0f ms per query.%n", t[0]);
        }

        private long middle(String where) {
            long n = jdbc.queryForObject("SELECT COUNT(*) FROM agency WHERE " + where, Long.class);
            return jdbc.queryForObject("SELECT id FROM agency WHERE " + where + " ORDER BY id LIMIT 1 OFFSET " + n / 2,
                    Long.class);
        }

        private long count(String table) {
            return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        }

        private double[] time(Supplier<Object> query) {
            for (int i = 0; i < 20; i++) {
                query.get();
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                query.get();
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            return new double[]{ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1]};
        }
    }
}
