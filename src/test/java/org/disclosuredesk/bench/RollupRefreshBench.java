package org.disclosuredesk.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.disclosuredesk.report.MetricsRollupWriter;
import org.disclosuredesk.report.RollupRefresher;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one refresher run costs at national scale (decision 017), i.e. the part of the dashboards' delay that is not
 * the schedule's interval: after saves of {@code bench.dirty} agencies spread over the country for one year, the run
 * that recomputes every ancestor's rollup, deepest first, from its children's rows. Also, for comparison, the
 * inline design's delta per save. Data as DashboardBench generates it, in a database of its own.
 *
 * <pre>
 * ./mvnw -Pbench test-compile exec:java@bench -Dbench.main=org.disclosuredesk.bench.RollupRefreshBench
 * </pre>
 * System properties: {@code bench.url} (default jdbc:mariadb://127.0.0.1:3306/dd_rollup_national),
 * {@code bench.agencies} (100000), {@code bench.runs} (20), {@code bench.dirty} (1,50).
 */
public final class RollupRefreshBench {

    private RollupRefreshBench() {
    }

    public static void main(String[] args) {
        String url = System.getProperty("bench.url",
                "jdbc:mariadb://127.0.0.1:3306/dd_rollup_national?createDatabaseIfNotExist=true");
        int agencies = Integer.getInteger("bench.agencies", 100_000);
        int runs = Integer.getInteger("bench.runs", 20);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("root");
        config.setPassword("");
        config.setMaximumPoolSize(2);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false)
                    .load();
            List<BenchHierarchy.Node> nodes = BenchHierarchy.generate(agencies);
            Integer present = null;
            try {
                present = jdbc.queryForObject("SELECT COUNT(*) FROM agency", Integer.class);
            } catch (Exception e) {
                // no schema yet
            }
            if (present == null || present != nodes.size()) {
                long t = System.nanoTime();
                flyway.clean();
                flyway.migrate();
                new BenchDataLoader(jdbc, s -> System.out.println("  " + s)).load(nodes, 2019, 2025);
                System.out.printf("Generated in %d s%n", (System.nanoTime() - t) / 1_000_000_000L);
            } else {
                flyway.migrate();
                if (jdbc.queryForList("SELECT 1 FROM metrics_rollup LIMIT 1").isEmpty()) {
                    long t = System.nanoTime();
                    new MetricsRollupWriter(jdbc).rebuildAll();
                    System.out.printf("Rollups rebuilt in %d s%n", (System.nanoTime() - t) / 1_000_000_000L);
                }
            }
            System.out.printf("Data: %,d agencies, %,d metrics rows, %,d rollup rows%n",
                    jdbc.queryForObject("SELECT COUNT(*) FROM agency", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM report_metrics", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM metrics_rollup", Long.class));
            MetricsRollupWriter writer = new MetricsRollupWriter(jdbc);
            RollupRefresher refresher = new RollupRefresher(jdbc, writer, new DataSourceTransactionManager(ds),
                    "refresher", Duration.ZERO);
            refresher.refreshAll();
            for (String d : System.getProperty("bench.dirty", "1,50").split(",")) {
                int dirty = Integer.parseInt(d.trim());
                List<Long> times = new ArrayList<>();
                int keys = 0;
                for (int run = 0; run < runs + 2; run++) {
                    // agencies with a 2024 report, spread over the country (a different sample each run)
                    List<Long> sample = jdbc.queryForList("SELECT agency_id FROM report_metrics WHERE report_year = 2024"
                            + " AND NOT prior ORDER BY RAND(" + run + ") LIMIT " + dirty, Long.class);
                    for (long a : sample) {
                        jdbc.update("INSERT INTO rollup_dirty (agency_id, report_year) VALUES (?, 2024)", a);
                    }
                    long t = System.nanoTime();
                    keys = refresher.refreshAll();
                    if (run >= 2) { // two warm-up runs
                        times.add(System.nanoTime() - t);
                    }
                }
                Collections.sort(times);
                System.out.printf("Refresh run after saves of %d agencies across the country (%d rollup keys, the"
                                + " country's included): p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)%n", dirty, keys,
                        times.get(times.size() / 2) / 1e6, times.get((int) Math.ceil(0.95 * times.size()) - 1) / 1e6,
                        times.get(times.size() - 1) / 1e6, times.size());
            }
            // the inline design's cost per save, for comparison: one report's delta out of and into its ancestors
            long reportId = jdbc.queryForObject("SELECT report_id FROM report_metrics WHERE report_year = 2024 AND NOT"
                    + " prior ORDER BY report_id DESC LIMIT 1", Long.class);
            List<Long> inline = new ArrayList<>();
            for (int run = 0; run < runs + 2; run++) {
                long t = System.nanoTime();
                writer.subtract(reportId);
                writer.add(reportId);
                if (run >= 2) {
                    inline.add(System.nanoTime() - t);
                }
            }
            Collections.sort(inline);
            System.out.printf("Inline delta of one save (subtract + add into its ancestors): p50 %.1f ms, p95 %.1f ms%n",
                    inline.get(inline.size() / 2) / 1e6, inline.get((int) Math.ceil(0.95 * inline.size()) - 1) / 1e6);
        }
    }
}
