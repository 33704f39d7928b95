package org.disclosuredesk.bench;

import org.openqa.selenium.logging.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * First paint as a signed-in user sees it: headless Chromium loads each page N times with a warm HTTP cache (a
 * returning user: the hashed bundle files are kept, the pages are asked again) and N times with an empty one (a first
 * visit), and prints p50/p95 of
 * <ul>
 *   <li><b>LCP</b>, largest contentful paint (the browser's own {@code largest-contentful-paint} entry), and</li>
 *   <li><b>network idle</b>: from the page's request until the last request of the load ended, counted once nothing
 *   has been on the wire for 500 ms (Chromium's network events, as Playwright's {@code networkidle}).</li>
 * </ul>
 * It measures a running application, which should be the production jar (what users run):
 * <pre>
 * java -jar target/disclosure-desk-*.jar &amp;   # production build, on a database with the demo data
 * ./mvnw -q -Pbench test-compile exec:java@bench -Dbench.main=org.disclosuredesk.bench.FirstPaintBench -Dbench.base=http://localhost:8080
 * </pre>
 * ({@code scripts/figures.sh} does both.) System properties: {@code bench.base} (http://localhost:8080),
 * {@code bench.runs} (20 per page and cache state), {@code bench.user} (viewer; password demo), {@code bench.pages}
 * (/dashboard,/reports,report: the report page of 洪泽区人民政府's latest report (demo data; else any), found through DB_URL, or a path).
 * Goal (issue 11): LCP ≤ 0.5 s, network idle ≤ 0.8 s.
 */
public final class FirstPaintBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long QUIET_MS = 500;

    private FirstPaintBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.base", "http://localhost:8080");
        int runs = Integer.getInteger("bench.runs", 20);
        String user = System.getProperty("bench.user", "viewer");
        List<String> pages = new ArrayList<>();
        for (String p : System.getProperty("bench.pages", "/dashboard,/reports,report").split(",")) {
            pages.add("report".equals(p) ? reportPage() : p);
        }
        Map<String, double[]> worst = new LinkedHashMap<>();
        try (BenchBrowser b = new BenchBrowser(base)) {
            b.login(user, "demo");
            System.out.printf("First paint, production app at %s, user %s, %d loads per page and cache state, ms%n",
                    base, user, runs);
            System.out.printf("%-28s %-6s %8s %8s %8s %10s %10s  %s%n", "page", "cache", "LCP p50", "LCP p95",
                    "LCP max", "idle p50", "idle p95", "LCP element, requests");
            for (String page : pages) {
                // warm-up: the server's first renders of the view, the browser's cache
                for (int i = 0; i < 3; i++) {
                    load(b, page);
                }
                for (boolean cold : new boolean[] {false, true}) {
                    double[] lcp = new double[runs];
                    double[] idle = new double[runs];
                    String element = "";
                    int requests = 0;
                    for (int i = 0; i < runs; i++) {
                        if (cold) {
                            b.clearHttpCache();
                        }
                        Load l = load(b, page);
                        lcp[i] = l.lcp;
                        idle[i] = l.idle;
                        element = l.lcpElement;
                        requests = l.requests;
                    }
                    double lcp95 = BenchBrowser.percentile(lcp, 95);
                    double idle95 = BenchBrowser.percentile(idle, 95);
                    System.out.printf("%-28s %-6s %8.0f %8.0f %8.0f %10.0f %10.0f  %s, %d requests%n",
                            label(page), cold ? "cold" : "warm", BenchBrowser.percentile(lcp, 50), lcp95,
                            BenchBrowser.percentile(lcp, 100), BenchBrowser.percentile(idle, 50), idle95,
                            element, requests);
                    String key = cold ? "cold" : "warm";
                    double[] w = worst.computeIfAbsent(key, k -> new double[2]);
                    w[0] = Math.max(w[0], lcp95);
                    w[1] = Math.max(w[1], idle95);
                }
            }
        }
        for (Map.Entry<String, double[]> e : worst.entrySet()) {
            System.out.printf("figure: first-paint %s: LCP p95 ≤ %.0f ms, network idle p95 ≤ %.0f ms%n", e.getKey(),
                    e.getValue()[0], e.getValue()[1]);
        }
        System.exit(0);
    }

    private static String label(String page) {
        return page.matches("/reports/\\d+/\\d+") ? "/reports/<year>/<agency>" : page;
    }

    record Load(double lcp, double idle, String lcpElement, int requests) {
    }

    /** One page load from about:blank: waits for network idle, then reads the LCP entry. */
    private static Load load(BenchBrowser b, String page) throws InterruptedException {
        b.driver().get("about:blank");
        b.drainLog();
        b.driver().get(b.baseUrl() + page);
        Map<String, Double> started = new HashMap<>();
        Map<String, Double> ended = new HashMap<>();
        Map<String, String> urls = new HashMap<>();
        Map<String, String> cached = new HashMap<>();
        Double documentStart = null;
        long lastEvent = System.nanoTime();
        while (true) {
            boolean any = false;
            for (LogEntry entry : b.takeLog()) {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                String method = message.path("method").asString("");
                JsonNode params = message.path("params");
                String id = params.path("requestId").asString("");
                double t = params.path("timestamp").asDouble() * 1000;
                switch (method) {
                    case "Network.requestWillBeSent" -> {
                        if (params.path("request").path("url").asString("").startsWith("data:")) {
                            continue;
                        }
                        started.putIfAbsent(id, t);
                        urls.putIfAbsent(id, params.path("request").path("url").asString("")
                                + (Boolean.getBoolean("bench.verbose") ? " " + params.path("request")
                                .path("postData").asString("") : ""));
                        if (documentStart == null && "Document".equals(params.path("type").asString(""))) {
                            documentStart = t;
                        }
                        any = true;
                    }
                    case "Network.requestServedFromCache" -> cached.put(id, "cache");
                    case "Network.responseReceived" -> cached.merge(id, params.path("response").path("status")
                            .asString("") + (params.path("response").path("fromDiskCache").asBoolean() ? " disk"
                            : ""), (a, c) -> a + " " + c);
                    case "Network.loadingFinished", "Network.loadingFailed" -> {
                        ended.put(id, t);
                        any = true;
                    }
                    default -> {
                    }
                }
            }
            if (any) {
                lastEvent = System.nanoTime();
            }
            boolean pending = started.keySet().stream().anyMatch(id -> !ended.containsKey(id));
            if (!pending && documentStart != null && (System.nanoTime() - lastEvent) / 1_000_000 >= QUIET_MS) {
                break;
            }
            if ((System.nanoTime() - lastEvent) / 1_000_000 > 30_000) {
                throw new IllegalStateException(page + ": requests still open after 30 s");
            }
            Thread.sleep(50);
        }
        double lastEnd = 0;
        for (Map.Entry<String, Double> e : ended.entrySet()) {
            if (started.containsKey(e.getKey())) {
                lastEnd = Math.max(lastEnd, e.getValue());
            }
        }
        if (Boolean.getBoolean("bench.verbose")) {
            double t0 = documentStart;
            started.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> System.out.printf(
                    "    %7.0f %7.0f  %-12s %s%n", e.getValue() - t0, ended.getOrDefault(e.getKey(), Double.NaN) - t0,
                    cached.getOrDefault(e.getKey(), ""), urls.get(e.getKey())));
        }
        @SuppressWarnings("unchecked")
        List<Object> lcp = (List<Object>) b.asyncJs("""
                const done = arguments[arguments.length - 1];
                let last = null;
                new PerformanceObserver((list) => {
                  const e = list.getEntries();
                  last = e[e.length - 1];
                  if (arguments[0]) console.warn(e.map((x) => Math.round(x.startTime) + ' ' + x.size + ' '
                      + (x.element ? x.element.localName + ' ' + (x.element.textContent || '').slice(0, 40) : '-')).join(' | '));
                }).observe({ type: 'largest-contentful-paint', buffered: true });
                const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                if (arguments[0]) console.warn('FCP ' + (fcp ? Math.round(fcp.startTime) : '-'));
                setTimeout(() => {
                  if (!last) { done(null); return; }
                  const el = last.element;
                  const name = el ? el.localName + (el.id ? '#' + el.id : '') : '(removed)';
                  done([last.startTime, name]);
                }, 50);
                """, Boolean.getBoolean("bench.verbose"));
        if (Boolean.getBoolean("bench.verbose")) {
            b.driver().manage().logs().get("browser").getAll().forEach(e -> System.out.println("    " + e.getMessage()));
        }
        if (lcp == null) {
            throw new IllegalStateException(page + ": the browser recorded no largest contentful paint");
        }
        return new Load(((Number) lcp.get(0)).doubleValue(), lastEnd - documentStart, (String) lcp.get(1),
                started.size());
    }

    /** The report page of 洪泽区人民政府's latest report (demo data; else any) in the database the application uses (DB_URL). */
    private static String reportPage() throws SQLException {
        String url = System.getenv("DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("set DB_URL (the application's database) or give -Dbench.pages with a "
                    + "report path such as /reports/2024/123");
        }
        String user = System.getenv().getOrDefault("DB_USER", "root");
        String password = System.getenv().getOrDefault("DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT r.report_year, r.agency_id FROM annual_report r JOIN agency a ON a.id = r.agency_id"
                     + " ORDER BY a.name = '洪泽区人民政府' DESC, r.report_year DESC, r.id LIMIT 1")) {
            if (!r.next()) {
                throw new IllegalStateException("no report in " + url + " (demo data?)");
            }
            return "/reports/" + r.getInt(1) + "/" + r.getLong(2);
        }
    }
}
