package org.disclosuredesk.bench;

import org.disclosuredesk.Application;
import org.disclosuredesk.agency.Agency;
import org.disclosuredesk.agency.AgencyAdminService;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.MetricsRollupWriter;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.security.AppUser;
import org.disclosuredesk.security.AppUserDetailsService;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.security.AppUserRepository;
import org.disclosuredesk.security.Role;
import org.disclosuredesk.template.CellValue;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Load and fault bench of issue 9 (prints its figures; not a test). Two instances of the real application — two
 * Spring Boot contexts in this JVM, each with its own web server on a random port and its own connection pool to its
 * own database node — serve ≥ 200 simulated editors of different agencies (100 siblings under one city, the others
 * spread over four provinces), each pinned to one instance, signed in there as a real editor of their agency (the
 * security context of that user, as the tests sign in) and saving their report through {@code ReportService} for a
 * fixed time, while dashboard readers query the headline of the country, a province and the busy city. Variants:
 * <ol>
 * <li>healthy Galera cluster (instance A on node 1, B on node 2: two writing nodes);</li>
 * <li>onewriter: the same with both instances writing to node 1 (as through HAProxy's database port);</li>
 * <li>Galera node 2 killed (SIGKILL) a third of the way in and restarted (it rejoins by state transfer);</li>
 * <li>instance B killed half-way (its context closed while its users' saves run): its users sign in again on A;</li>
 * <li>one plain MariaDB restarted under use; the instances keep running and must recover by themselves.</li>
 * </ol>
 * Each variant runs with {@code app.metrics.rollup=inline} and {@code =refresher} side by side. After each run:
 * every rollup row equals a rebuild from the metrics rows (once the refresher settled), every report's metrics row
 * holds its stored cell, every committed save has its history row, and no acknowledged save is lost.
 *
 * <pre>
 * scripts/cluster.sh start --db-only      # 3 Galera nodes (the bench starts/stops the single MariaDB itself)
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat cp.txt) org.disclosuredesk.bench.ClusterBench
 * </pre>
 * System properties: {@code bench.seconds} (40 per run), {@code bench.editors} (212), {@code bench.siblings} (100),
 * {@code bench.readers} (8), {@code bench.thinkMs} (mean pause between an editor's saves, 1000),
 * {@code bench.variants} (healthy,onewriter,node,app,solo), {@code bench.designs} (inline,refresher), {@code bench.pool}
 * (connections per instance, 10), {@code bench.galera} (SQL ports of the nodes, 3311,3312,3313), {@code bench.solo}
 * (3319), {@code bench.cluster} (the cluster script, scripts/cluster.sh), {@code bench.failover} (false: the
 * driver's fail-over URL only in the node variant), {@code bench.appArgs} (more application properties for both
 * instances, {@code key=value;key=value}).
 */
public final class ClusterBench {

    private static final String CELL = "s3.new_received.natural_person";
    private static final String METRIC_COLUMN = "s3_new_received_natural_person";
    private static final int YEAR = Year.now().getValue() - 1;

    private final int seconds = Integer.getInteger("bench.seconds", 40);
    private final int editors = Integer.getInteger("bench.editors", 212);
    private final int siblings = Integer.getInteger("bench.siblings", 100);
    private final int readers = Integer.getInteger("bench.readers", 8);
    private final int thinkMs = Integer.getInteger("bench.thinkMs", 1000);
    private final int pool = Integer.getInteger("bench.pool", 10);
    private final List<Integer> galera = Arrays.stream(System.getProperty("bench.galera", "3311,3312,3313").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    private final int solo = Integer.getInteger("bench.solo", 3319);
    private final String script = System.getProperty("bench.cluster", "scripts/cluster.sh");
    private final List<Result> results = new ArrayList<>();

    private ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        // DevTools (on the test classpath) would restart this main method in a class loader of its own
        System.setProperty("spring.devtools.restart.enabled", "false");
        new ClusterBench().run();
        System.exit(0);
    }

    private void run() throws Exception {
        List<String> variants = List.of(System.getProperty("bench.variants", "healthy,onewriter,node,app,solo").split(","));
        List<String> designs = List.of(System.getProperty("bench.designs", "inline,refresher").split(","));
        boolean known = propertyKnown();
        System.out.printf("ClusterBench: %d editors (%d siblings under one city), %d dashboard readers, %d s per run,"
                        + " think time 0–%d ms, %d connections per instance, %d cores, report year %d%n", editors, siblings,
                readers, seconds, 2 * thinkMs, pool, Runtime.getRuntime().availableProcessors(), YEAR);
        if (!known) {
            System.out.println("NOTE: this build does not know app.metrics.rollup (the rollup redesign is not merged):"
                    + " the 'inline' and 'refresher' runs are BOTH today's inline design.");
        }
        boolean galeraRuns = variants.stream().anyMatch(v -> !v.equals("solo"));
        if (galeraRuns) {
            String url = "jdbc:mariadb://127.0.0.1:" + galera.get(0) + "/dd_cluster_bench";
            prepare(url, "galera");
        }
        for (String variant : variants) {
            if (variant.equals("solo")) {
                sh(script, "solo", "start");
                prepare("jdbc:mariadb://127.0.0.1:" + solo + "/dd_cluster_bench", "solo");
            }
            for (String design : designs) {
                results.add(runOne(variant.trim(), design.trim()));
                printTable(known);
            }
            if (variant.equals("solo")) {
                sh(script, "solo", "stop");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ set-up

    private List<Editor> team;
    private String viewer;

    /** A fresh database with the agencies, editors and one report each, made through the services as the admin. */
    private void prepare(String url, String where) throws Exception {
        long t = System.nanoTime();
        try (JdbcTemplateHolder root = JdbcTemplateHolder.of(url.substring(0, url.lastIndexOf('/')) + "/")) {
            root.jdbc.execute("DROP DATABASE IF EXISTS dd_cluster_bench");
            root.jdbc.execute("CREATE DATABASE dd_cluster_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try (Instance a = Instance.start("setup", url, "inline", pool, Map.of("app.initial-admin.password",
                "bench-admin-password"))) {
            AppUserRepository users = a.ctx.getBean(AppUserRepository.class);
            AgencyAdminService admin = a.ctx.getBean(AgencyAdminService.class);
            a.signIn("admin");
            long country = admin.root().getId();
            List<Long> cities = new ArrayList<>();
            for (int p = 1; p <= 4; p++) {
                Agency province = admin.addChild(country, "省" + p, AgencyKind.REGION);
                for (int c = 1; c <= 2; c++) {
                    cities.add(admin.addChild(province.getId(), "省" + p + "市" + c, AgencyKind.REGION).getId());
                }
            }
            List<long[]> agencies = new ArrayList<>();  // {agency, city}
            for (int i = 0; i < editors; i++) {
                long city = i < siblings ? cities.get(0) : cities.get(1 + (i - siblings) % (cities.size() - 1));
                agencies.add(new long[]{admin.addChild(city, "机关" + i, AgencyKind.AGENCY).getId(), city});
            }
            viewer = "bench-viewer";
            users.save(AppUser.create(viewer, "{noop}x", "看板读者", Role.VIEWER, country));
            team = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                String name = "bench-editor-" + i;
                users.save(AppUser.create(name, "{noop}x", "填报员" + i, Role.EDITOR, agencies.get(i)[0]));
                a.signIn(name);
                LoadedReport r = a.reports.create(agencies.get(i)[0], YEAR);
                team.add(new Editor(i, name, agencies.get(i)[0], r.report().getId()));
            }
            readerScopes = List.of(country, a.jdbc.queryForObject("SELECT parent_id FROM agency WHERE id = ?",
                    Long.class, cities.get(0)), cities.get(0));
            SecurityContextHolder.clearContext();
        }
        System.out.printf("%nPrepared %s: %d agencies, %d editors with a %d report each (%d s)%n", where,
                editors + 9, editors, YEAR, (System.nanoTime() - t) / 1_000_000_000L);
    }

    private List<Long> readerScopes;

    // ------------------------------------------------------------------------------------------------ one run

    private Result runOne(String variant, String design) throws Exception {
        boolean isSolo = variant.equals("solo");
        boolean failover = variant.equals("node") || Boolean.getBoolean("bench.failover");
        String urlA = isSolo ? soloUrl() : nodeUrl(0, failover);
        // onewriter: both instances on node 1 (what HAProxy's database port does: one writing node, others standby)
        String urlB = isSolo ? soloUrl() : nodeUrl(variant.equals("onewriter") ? 0 : 1, failover);
        System.out.printf("%n=== %s / %s: instance A → %s, B → %s%n", variant, design, urlA, urlB);
        Result res = new Result(variant, design);
        try (Instance a = Instance.start("A", urlA, design, pool, Map.of());
             Instance b = Instance.start("B", urlB, design, pool, Map.of())) {
            List<Instance> instances = List.of(a, b);
            Checker check = new Checker(a.jdbc);
            Map<Long, long[]> before = check.versions();   // report → {version, last save id}
            for (Editor e : team) {
                e.reset(instances.get(e.index % 2));
            }
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            res.start = start;
            List<Thread> threads = new ArrayList<>();
            for (Editor e : team) {
                threads.add(Thread.ofPlatform().name("editor-" + e.index).start(() -> e.work(instances, end, res)));
            }
            for (int r = 0; r < readers; r++) {
                Instance at = instances.get(r % 2);
                int n = r;
                threads.add(Thread.ofPlatform().name("reader-" + r).start(() -> read(n, at, instances, end, res)));
            }
            Thread fault = Thread.ofPlatform().name("fault").start(() -> fault(variant, b, start, res));
            for (Thread th : threads) {
                th.join();
            }
            fault.join();
            res.elapsed = (System.nanoTime() - start) / 1e9;
            // afterwards: the rollups once settled, the reports, the history
            Instance alive = a;
            long settleStart = System.nanoTime();
            res.settleSeconds = check.settle(design, 120);
            res.rollupRows = check.rollupRows();
            res.rollupDiffs = check.rollupDifferences(alive.ctx.getBean(MetricsRollupWriter.class));
            check.reports(team, before, res);
            System.out.printf("checked in %.1f s%n", (System.nanoTime() - settleStart) / 1e9);
        }
        return res;
    }

    private String nodeUrl(int node, boolean failover) {
        // the instance's own node first; with fail-over the third node as the driver's second choice
        return failover ? "jdbc:mariadb:sequential://127.0.0.1:" + galera.get(node) + ",127.0.0.1:" + galera.get(2)
                + "/dd_cluster_bench" : "jdbc:mariadb://127.0.0.1:" + galera.get(node) + "/dd_cluster_bench";
    }

    private String soloUrl() {
        return "jdbc:mariadb://127.0.0.1:" + solo + "/dd_cluster_bench";
    }

    private void fault(String variant, Instance b, long start, Result res) {
        try {
            switch (variant) {
                case "node" -> {
                    sleepUntil(start + seconds * 1_000_000_000L / 3);
                    res.faultFrom = System.nanoTime();
                    sh(script, "node-kill", "2");
                    sleepUntil(start + seconds * 1_000_000_000L / 2);
                    sh(script, "node-start", "2");
                    res.faultTo = System.nanoTime();
                }
                case "app" -> {
                    sleepUntil(start + seconds * 1_000_000_000L / 2);
                    res.faultFrom = System.nanoTime();
                    b.kill();
                    res.faultTo = System.nanoTime();
                }
                case "solo" -> {
                    sleepUntil(start + seconds * 1_000_000_000L / 3);
                    res.faultFrom = System.nanoTime();
                    sh(script, "solo", "restart");
                    res.faultTo = System.nanoTime();
                }
                default -> {
                }
            }
        } catch (Exception e) {
            System.out.println("fault injection failed: " + e);
        }
    }

    private void read(int n, Instance home, List<Instance> instances, long end, Result res) {
        Instance at = home;
        at.signIn(viewer);
        while (System.nanoTime() < end) {
            if (at.killed) {
                at = instances.get(0) == at ? instances.get(1) : instances.get(0);
                at.signIn(viewer);
            }
            long scope = readerScopes.get(ThreadLocalRandom.current().nextInt(readerScopes.size()));
            long t = System.nanoTime();
            try {
                at.dashboards.headline(scope, YEAR, ReportScope.ALL);
                res.reads.increment();
                res.readNanos.add(System.nanoTime() - t);
            } catch (RuntimeException e) {
                res.readErrors.increment();
                pause(200);
            }
            pause(ThreadLocalRandom.current().nextInt(50, 250));
        }
    }

    // ------------------------------------------------------------------------------------------------ editors

    /** One editor of one agency: opens their report, changes a figure, saves; again after a pause. */
    private final class Editor {
        final int index;
        final String username;
        final long agency;
        final long report;
        Instance at;
        LoadedReport open;
        long value;
        volatile long lastAcked;
        /** Values sent after the last acknowledged one whose outcome the editor never learnt (the save failed). */
        final Set<Long> unknown = ConcurrentHashMap.newKeySet();

        Editor(int index, String username, long agency, long report) {
            this.index = index;
            this.username = username;
            this.agency = agency;
            this.report = report;
        }

        void reset(Instance home) {
            at = home;
            open = null;
            unknown.clear();
            lastAcked = -1;
        }

        void work(List<Instance> instances, long end, Result res) {
            at.signIn(username);
            pause(ThreadLocalRandom.current().nextInt(0, 2 * thinkMs));
            while (System.nanoTime() < end) {
                if (at.killed) {       // the balancer sends them to the other instance: sign in again there
                    at = other(instances, at);
                    at.signIn(username);
                    open = null;
                    res.resignIns.increment();
                }
                long t = System.nanoTime();
                boolean inFault = res.inFault(t);
                Instance used = at;
                try {
                    if (open == null) {
                        open = at.reports.findById(report).orElseThrow();
                        value = numberOf(open) ;
                        if (lastAcked >= 0 && value < lastAcked) {
                            res.lostOnReload.increment();
                        }
                        t = System.nanoTime();
                    }
                    value++;
                    unknown.add(value);
                    LoadedReport saved = at.reports.saveContent(report, open.report().getVersion(),
                            open.content().withCell(CELL, CellValue.of(value)));
                    long took = System.nanoTime() - t;
                    open = saved;
                    lastAcked = value;
                    unknown.clear();
                    res.saves.increment();
                    res.saveNanos.add(took);
                } catch (OptimisticLockingFailureException e) {
                    res.conflicts.increment();
                    open = null;
                } catch (RuntimeException e) {
                    open = null;
                    if (used.killed) {   // the request was running on the instance when it went down
                        res.error("during the fault: in flight on the killed instance");
                    } else {
                        String kind = classify(e);
                        res.error(inFault || res.inFault(System.nanoTime()) ? "during the fault: " + kind : kind);
                    }
                }
                pause(ThreadLocalRandom.current().nextInt(0, 2 * thinkMs + 1));
            }
            SecurityContextHolder.clearContext();
        }
    }

    private static long numberOf(LoadedReport r) {
        CellValue v = r.content().cell(CELL);
        return v.isNumber() ? v.number().longValueExact() : 0;
    }

    private static Instance other(List<Instance> instances, Instance at) {
        return instances.get(0) == at ? instances.get(1) : instances.get(0);
    }

    private static String classify(Throwable e) {
        Throwable t = e;
        String sql = "";
        for (int i = 0; t != null && i < 12; i++, t = t.getCause()) {
            if (t instanceof SQLException s) {
                sql = " [" + s.getErrorCode() + "/" + s.getSQLState() + "]";
                break;
            }
        }
        // what the error was about, without the connection number: "SQL [UPDATE metrics_rollup …", "JDBC commit"
        String msg = String.valueOf(e.getMessage()).replace('\n', ' ').replaceAll("\\(conn=\\d+\\) ", "")
                .replace("PreparedStatementCallback; ", "");
        if (msg.startsWith("SQL [")) {
            msg = msg.substring(0, Math.min(msg.length(), 30)) + "…";
        } else if (msg.length() > 60) {
            msg = msg.substring(0, 60) + "…";
        }
        return e.getClass().getSimpleName() + sql + ": " + msg;
    }

    // ------------------------------------------------------------------------------------------------ checks

    /** Reads the database after a run (instance A's pool; on Galera with causal reads). */
    private record Checker(JdbcTemplate jdbc) {

        Map<Long, long[]> versions() {
            Map<Long, long[]> out = new HashMap<>();
            long lastSave = Objects.requireNonNullElse(jdbc.queryForObject("SELECT MAX(id) FROM report_save",
                    Long.class), 0L);
            jdbc.query("SELECT id, version FROM annual_report", rs -> {
                out.put(rs.getLong(1), new long[]{rs.getLong(2), lastSave});
            });
            return out;
        }

        /**
         * Waits until the rollups stop changing and no dirty mark is left (any table with "dirty" in its name), at
         * most {@code max} s. @return seconds it took (0 for a design that keeps them in the save transaction)
         */
        double settle(String design, int max) {
            long t = System.nanoTime();
            List<String> dirtyTables = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name LIKE '%dirty%'", String.class);
            String last = null;
            int stable = 0;
            while ((System.nanoTime() - t) / 1e9 < max) {
                causal();
                String sum = String.valueOf(jdbc.queryForList("CHECKSUM TABLE metrics_rollup").get(0).get("Checksum"));
                long dirty = 0;
                for (String table : dirtyTables) {
                    dirty += jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
                }
                stable = sum.equals(last) && dirty == 0 ? stable + 1 : 0;
                if (stable >= 3 || (design.equals("inline") && dirty == 0 && stable >= 1)) {
                    break;
                }
                last = sum;
                pause(1000);
            }
            return (System.nanoTime() - t) / 1e9;
        }

        int rollupRows() {
            return jdbc.queryForObject("SELECT COUNT(*) FROM metrics_rollup WHERE report_count <> 0", Integer.class);
        }

        /** Rows of metrics_rollup (numeric columns) that differ from a rebuild out of the metrics rows. */
        int rollupDifferences(MetricsRollupWriter writer) {
            List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE"
                    + " table_schema = DATABASE() AND table_name = 'metrics_rollup' AND data_type IN ('bigint', 'int',"
                    + " 'smallint', 'tinyint', 'decimal', 'varchar', 'char') ORDER BY ordinal_position", String.class);
            String select = "SELECT " + String.join(", ", columns) + " FROM metrics_rollup WHERE report_count <> 0";
            causal();
            Map<String, Integer> live = rows(select);
            writer.rebuildAll();
            Map<String, Integer> rebuilt = rows(select);
            int diffs = 0;
            for (String k : union(live.keySet(), rebuilt.keySet())) {
                diffs += Math.abs(live.getOrDefault(k, 0) - rebuilt.getOrDefault(k, 0));
            }
            if (diffs > 0) {
                System.out.printf("rollup differences: %d rows (live %d, rebuilt %d)%n", diffs, live.size(),
                        rebuilt.size());
            }
            return diffs;
        }

        private Map<String, Integer> rows(String select) {
            Map<String, Integer> out = new HashMap<>();
            jdbc.query(select, rs -> {
                StringBuilder key = new StringBuilder();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    Object v = rs.getObject(c);
                    key.append(v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v))
                            .append('|');
                }
                out.merge(key.toString(), 1, Integer::sum);
            });
            return out;
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> u = new java.util.HashSet<>(a);
            u.addAll(b);
            return u;
        }

        /** Nothing acknowledged lost; every report's metrics row holds its stored cell; one history row per save. */
        void reports(List<Editor> team, Map<Long, long[]> before, Result res) {
            causal();
            for (Editor e : team) {
                Map<String, Object> row = jdbc.queryForMap("SELECT r.version, c.num, m." + METRIC_COLUMN + " AS metric,"
                        + " (SELECT COUNT(*) FROM report_save s WHERE s.report_id = r.id AND s.id > ?) AS saves"
                        + " FROM annual_report r LEFT JOIN report_cell c ON c.report_id = r.id AND c.cell_key = ?"
                        + " LEFT JOIN report_metrics m ON m.report_id = r.id AND NOT m.prior WHERE r.id = ?",
                        before.get(e.report)[1], CELL, e.report);
                long stored = row.get("num") == null ? 0 : ((BigDecimal) row.get("num")).longValueExact();
                long metric = row.get("metric") == null ? -1 : ((Number) row.get("metric")).longValue();
                long versions = ((Number) row.get("version")).longValue() - before.get(e.report)[0];
                long saves = ((Number) row.get("saves")).longValue();
                if (e.lastAcked >= 0 && stored != e.lastAcked && !e.unknown.contains(stored)) {
                    res.lost.increment();
                    System.out.printf("  %s: stored %d, last acknowledged %d%n", e.username, stored, e.lastAcked);
                }
                if (metric != stored || versions != saves) {
                    res.halfSaved.increment();
                    System.out.printf("  %s: cell %d, metrics row %d, versions +%d, history rows +%d%n", e.username,
                            stored, metric, versions, saves);
                }
                res.committed.add(saves);
            }
        }

        private void causal() {
            try {
                jdbc.execute("SET SESSION wsrep_sync_wait = 1");
            } catch (RuntimeException notGalera) {
                // a plain MariaDB: reads see every commit anyway
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ instances

    /** One instance of the application: a Spring Boot context with its own web server and connection pool. */
    private static final class Instance implements AutoCloseable {
        final String name;
        final ConfigurableApplicationContext ctx;
        final ReportService reports;
        final DashboardService dashboards;
        final AppUserDetailsService users;
        final JdbcTemplate jdbc;
        volatile boolean killed;

        private Instance(String name, ConfigurableApplicationContext ctx) {
            this.name = name;
            this.ctx = ctx;
            this.reports = ctx.getBean(ReportService.class);
            this.dashboards = ctx.getBean(DashboardService.class);
            this.users = ctx.getBean(AppUserDetailsService.class);
            this.jdbc = ctx.getBean(JdbcTemplate.class);
        }

        static Instance start(String name, String url, String design, int pool, Map<String, String> extra) {
            long t = System.nanoTime();
            Map<String, String> p = new LinkedHashMap<>();
            p.put("spring.datasource.url", url);
            p.put("spring.datasource.username", "root");
            p.put("spring.datasource.password", "");
            p.put("spring.datasource.hikari.maximum-pool-size", String.valueOf(pool));
            p.put("spring.datasource.hikari.pool-name", "instance-" + name);
            p.put("server.port", "0");
            p.put("app.demo.enabled", "false");
            p.put("app.metrics.rollup", design);
            p.put("spring.main.banner-mode", "off");
            p.put("logging.level.root", "warn");
            p.put("logging.level.org.disclosuredesk", "warn");
            p.put("vaadin.devmode.devTools.enabled", "false");
            p.put("spring.devtools.restart.enabled", "false");
            p.putAll(extra);
            // any other application property, e.g. -Dbench.appArgs=spring.jdbc.template.fetch-size=0;app.x=y
            for (String kv : System.getProperty("bench.appArgs", "").split(";")) {
                if (kv.contains("=")) {
                    p.put(kv.substring(0, kv.indexOf('=')).trim(), kv.substring(kv.indexOf('=') + 1).trim());
                }
            }
            String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
            ConfigurableApplicationContext ctx = SpringApplication.run(Application.class, args);
            System.out.printf("instance %s started in %.1f s%n", name, (System.nanoTime() - t) / 1e9);
            return new Instance(name, ctx);
        }

        /** Sign in as {@code username} (the security context of this thread, as after a login on this instance). */
        void signIn(String username) {
            AppUserPrincipal user = (AppUserPrincipal) users.loadUserByUsername(username);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }

        /** Abruptly: the context closes (pool, beans) while its users' saves are running. */
        void kill() {
            killed = true;
            ctx.close();
        }

        @Override
        public void close() {
            if (!killed) {
                killed = true;
                ctx.close();
            }
        }
    }

    /** A one-connection JdbcTemplate for DROP/CREATE DATABASE before any instance runs. */
    private record JdbcTemplateHolder(SingleConnectionDataSource ds, JdbcTemplate jdbc) implements AutoCloseable {
        static JdbcTemplateHolder of(String url) {
            SingleConnectionDataSource ds = new SingleConnectionDataSource(url, "root", "", true);
            return new JdbcTemplateHolder(ds, new JdbcTemplate(ds));
        }

        @Override
        public void close() {
            ds.destroy();
        }
    }

    // ------------------------------------------------------------------------------------------------ results

    private static final class Result {
        final String variant;
        final String design;
        final LongAdder saves = new LongAdder();
        final LongAdder conflicts = new LongAdder();
        final LongAdder resignIns = new LongAdder();
        final LongAdder reads = new LongAdder();
        final LongAdder readErrors = new LongAdder();
        final LongAdder lost = new LongAdder();
        final LongAdder lostOnReload = new LongAdder();
        final LongAdder halfSaved = new LongAdder();
        final LongAdder committed = new LongAdder();
        final ConcurrentLinkedQueue<Long> saveNanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> readNanos = new ConcurrentLinkedQueue<>();
        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        volatile long start;
        volatile long faultFrom = Long.MAX_VALUE;
        volatile long faultTo = Long.MAX_VALUE;
        double elapsed;
        double settleSeconds;
        int rollupRows;
        int rollupDiffs;

        Result(String variant, String design) {
            this.variant = variant;
            this.design = design;
        }

        boolean inFault(long t) {
            // a fault's effects (pool reconnects, the node's rejoin) count until 5 s after it ended
            return t >= faultFrom && (faultTo == Long.MAX_VALUE || t <= faultTo + 5_000_000_000L);
        }

        void error(String kind) {
            errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }

        long errorCount(boolean fault) {
            return errors.entrySet().stream().filter(e -> e.getKey().startsWith("during the fault") == fault)
                    .mapToLong(e -> e.getValue().get()).sum();
        }
    }

    private void printTable(boolean known) {
        System.out.printf("%n%-9s %-9s %7s %7s %7s %7s %7s %6s %9s %9s %6s %7s %7s %9s %6s %6s %5s%n", "variant",
                "design", "saves", "saves/s", "p50 ms", "p95 ms", "p99 ms", "confl", "err-fault", "err-other",
                "resign", "reads/s", "rd p95", "rollups", "diffs", "settle", "lost");
        for (Result r : results) {
            double[] s = percentiles(r.saveNanos);
            double[] q = percentiles(r.readNanos);
            System.out.printf("%-9s %-9s %7d %7.1f %7.0f %7.0f %7.0f %6d %9d %9d %6d %7.1f %7.0f %9d %6d %6.1f %5d%n",
                    r.variant, r.design + (known ? "" : "*"), r.saves.sum(), r.saves.sum() / r.elapsed, s[0], s[1],
                    s[2], r.conflicts.sum(), r.errorCount(true), r.errorCount(false), r.resignIns.sum(),
                    r.reads.sum() / r.elapsed, q[1], r.rollupRows, r.rollupDiffs, r.settleSeconds,
                    r.lost.sum() + r.lostOnReload.sum());
        }
        System.out.println("(err-fault: errors shown to users while the fault lasted and 5 s after; err-other: all"
                + " others; confl: edit conflicts; resign: sign-ins again on the other instance; diffs: rollup rows"
                + " unlike a rebuild from the metrics rows; settle: s until the rollups stopped changing; lost:"
                + " acknowledged saves missing afterwards" + (known ? ")" : "; *: app.metrics.rollup not in this"
                + " build, both designs are the inline one)"));
        for (Result r : results) {
            if (!r.errors.isEmpty() || r.halfSaved.sum() > 0 || r.readErrors.sum() > 0) {
                System.out.printf("  %s/%s: half-saved reports %d, dashboard read errors %d, commits %d%n", r.variant,
                        r.design, r.halfSaved.sum(), r.readErrors.sum(), r.committed.sum());
                new TreeMap<>(r.errors).forEach((k, v) -> System.out.printf("    %5d × %s%n", v.get(), k));
            }
        }
    }

    private static double[] percentiles(ConcurrentLinkedQueue<Long> nanos) {
        long[] a = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (a.length == 0) {
            return new double[]{0, 0, 0};
        }
        return new double[]{a[(int) (a.length * 0.50)] / 1e6, a[Math.min(a.length - 1, (int) (a.length * 0.95))] / 1e6,
                a[Math.min(a.length - 1, (int) (a.length * 0.99))] / 1e6};
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Whether this build reads app.metrics.rollup (the rollup redesign's switch) at all. */
    private static boolean propertyKnown() throws IOException {
        try (InputStream in = ClusterBench.class.getResourceAsStream("/application.properties")) {
            return in != null && new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("app.metrics.rollup");
        }
    }

    private static void sh(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int rc = p.waitFor();
        for (String line : out.split("\n")) {
            if (line.startsWith("[cluster")) {
                System.out.println("  " + line);
            }
        }
        if (rc != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long ms = (nanoTime - System.nanoTime()) / 1_000_000;
        if (ms > 0) {
            pause(ms);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
