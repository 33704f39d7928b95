package org.disclosuredesk.bench;

import org.disclosuredesk.Application;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.agency.AgencyAdminService;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.MetricsRollupWriter;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.RollupRefresher;
import org.disclosuredesk.security.AppUserDetailsService;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.ReportContent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent saves through the real save path ({@code ReportService.saveContent}), old rollup design against the new
 * (decision 017): {@code bench.threads} editors of sibling agencies under 淮安市 each save their own draft as fast as
 * they can for {@code bench.seconds}, once with {@code app.metrics.rollup=inline} and once with {@code refresher}, in
 * the same run on the same database. Prints saves/s, p50/p95/p99 save latency, saves that failed, the oldest save the
 * dashboards did not count yet (sampled every 100 ms) and, afterwards, the rollup rows that differ from a rebuild.
 *
 * <pre>
 * ./mvnw -Pbench test-compile exec:java@bench -Dbench.main=org.disclosuredesk.bench.RollupSaveBench
 * </pre>
 * System properties: {@code bench.url} (default jdbc:mariadb://127.0.0.1:3306/dd_rollup_bench, emptied and filled
 * with the demo data), {@code bench.threads} (16), {@code bench.seconds} (20), {@code bench.modes} (inline,refresher).
 */
public final class RollupSaveBench {

    private static final String ROLLUPS =
            "SELECT * FROM metrics_rollup WHERE report_count <> 0 ORDER BY ancestor_id, report_year, bucket";

    private RollupSaveBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url",
                "jdbc:mariadb://127.0.0.1:3306/dd_rollup_bench?createDatabaseIfNotExist=true");
        int threads = Integer.getInteger("bench.threads", 16);
        int seconds = Integer.getInteger("bench.seconds", 20);
        List<String> results = new ArrayList<>();
        boolean first = true;
        for (String mode : System.getProperty("bench.modes", "inline,refresher").split(",")) {
            // command-line arguments: above application.properties (which reads DB_URL)
            try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class).run(
                    "--spring.datasource.url=" + url, "--spring.datasource.username=root",
                    "--spring.datasource.password=", "--app.demo.enabled=true", "--server.port=0",
                    "--app.metrics.rollup=" + mode, "--spring.datasource.hikari.maximum-pool-size=" + (threads + 4),
                    "--logging.level.org.mariadb.jdbc=error", "--logging.level.org.disclosuredesk=warn")) {
                if (first) {
                    System.out.println("Database: " + url + ", " + threads + " editors of sibling agencies, "
                            + seconds + " s per mode");
                    first = false;
                }
                results.add(run(ctx, mode, threads, seconds));
            }
        }
        System.out.println();
        results.forEach(System.out::println);
    }

    private static String run(ConfigurableApplicationContext ctx, String mode, int threads, int seconds)
            throws Exception {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        ReportService reports = ctx.getBean(ReportService.class);
        AgencyAdminService admin = ctx.getBean(AgencyAdminService.class);
        RollupRefresher refresher = ctx.getBean(RollupRefresher.class);
        AppUserPrincipal user = (AppUserPrincipal) ctx.getBean(AppUserDetailsService.class).loadUserByUsername("admin");
        login(user);
        long huaian = jdbc.queryForObject("SELECT id FROM agency WHERE name = '淮安市'", Long.class);
        ReportContent base = TestSamples.expected(TestSamples.LIWAN);
        List<long[]> drafts = new ArrayList<>();
        String run = mode + "-" + System.currentTimeMillis() % 100000;
        for (int i = 0; i < threads; i++) {
            long agency = admin.addChild(huaian, "压测局" + run + "-" + i, AgencyKind.AGENCY).getId();
            LoadedReport r = reports.create(agency, 2020);
            drafts.add(new long[]{r.report().getId(), r.report().getVersion()});
        }
        refresher.refreshAll();
        SecurityContextHolder.clearContext();

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicLong maxPendingMs = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        for (int i = 0; i < threads; i++) {
            long[] draft = drafts.get(i);
            int editor = i;
            pool.submit(() -> {
                login(user);
                long version = draft[1];
                int s = 0;
                while (System.nanoTime() < end) {
                    ReportContent c = base.withCell("s2.procurement.count",
                            CellValue.of(BigDecimal.valueOf(1000L * editor + (++s % 1000))));
                    long t = System.nanoTime();
                    try {
                        version = reports.saveContent(draft[0], version, c).report().getVersion();
                        latencies.add(System.nanoTime() - t);
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        System.out.println("  save failed: " + e);
                        version = reports.findById(draft[0]).orElseThrow().report().getVersion();
                    }
                }
                return null;
            });
        }
        pool.submit(() -> {
            while (System.nanoTime() < end) {
                Long pending = jdbc.queryForObject(
                        "SELECT TIMESTAMPDIFF(MICROSECOND, MIN(created_at), NOW(6)) DIV 1000 FROM rollup_dirty", Long.class);
                if (pending != null) {
                    maxPendingMs.accumulateAndGet(pending, Math::max);
                }
                Thread.sleep(100);
            }
            return null;
        });
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);

        long t = System.nanoTime();
        int keys = refresher.refreshAll();
        long catchUpMs = (System.nanoTime() - t) / 1_000_000;
        List<Map<String, Object>> kept = jdbc.queryForList(ROLLUPS);
        new MetricsRollupWriter(jdbc).rebuildAll();
        List<Map<String, Object>> rebuilt = jdbc.queryForList(ROLLUPS);
        long differences = Math.abs(kept.size() - rebuilt.size());
        for (int i = 0; i < Math.min(kept.size(), rebuilt.size()); i++) {
            if (!kept.get(i).equals(rebuilt.get(i))) {
                differences++;
            }
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return String.format("%-9s saves %6d  %7.1f saves/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  failed %d"
                        + "  oldest uncounted save %s  final refresh %d keys in %d ms  rollup rows differing from a rebuild %d",
                mode, sorted.size(), sorted.size() / (double) seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                failures.get(), mode.equals("inline") ? "-" : maxPendingMs.get() + " ms", keys, catchUpMs, differences);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static void login(AppUserPrincipal user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
