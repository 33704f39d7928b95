package org.disclosuredesk.bench;

import com.vaadin.flow.spring.SpringServlet;
import org.disclosuredesk.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap per signed-in session: starts the application in this JVM on the configured database (DB_URL, … with the
 * demo data), then for each view signs N visitors in over HTTP and has each open the view the way the browser does
 * (Vaadin's init request, which makes the UI, then the client router's ui-navigate event, which builds the view, then
 * the client's next request), and prints the growth of the heap after a full GC divided by N. The sessions stay open
 * while the next view is measured, as a user's would. Then the method: N sessions each opening three dashboard
 * views (tabs, one UI), and the same as three pages whose UIs all stay open. (Before 2026-12-02 evening the bench sent
 * only the init request, which does not build the view: its 41–73 KB per view were the UI without the view.)
 *
 * <pre>
 * DB_URL=... DEMO_DATA=true ./mvnw -Pbench test-compile exec:java@bench -Dbench.main=org.disclosuredesk.bench.SessionMemoryBench
 * </pre>
 * Production mode as users run it: add {@code -Dvaadin.productionMode=true} after a production build
 * ({@code -Pproduction}) has put the bundle into target/classes. System properties: {@code bench.sessions} (30),
 * {@code bench.user} (viewer), {@code bench.views} (dashboard,dashboard/requests,dashboard/appeals,
 * dashboard/comparison,reports,report,editor:edit — each {@code [user:]view}; {@code report} is the report page and
 * {@code edit} the editor of the latest report nearest the user's own agency), {@code bench.dashboardViews}
 * (dashboard,dashboard/requests,dashboard/appeals), {@code bench.followUp} (true).
 */
public final class SessionMemoryBench {

    /** Whether each view is followed by the browser's next request (bench.followUp, default true). */
    private static final boolean FOLLOW_UP = Boolean.parseBoolean(System.getProperty("bench.followUp", "true"));
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    /** Whether to print which classes the sessions' heap is made of (bench.histogram, default false). */
    private static final boolean HISTOGRAM = Boolean.getBoolean("bench.histogram");

    private SessionMemoryBench() {
    }

    /** The JVM's class histogram of live objects (after a full GC): class name → {instances, bytes}. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[]{new String[0]}, new String[]{String[].class.getName()});
        Map<String, long[]> out = new java.util.HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                out.put(f[3], new long[]{Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return out;
    }

    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        System.out.println("    per session, by class (the 25 that grew most):");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[]{
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
                .forEach(e -> System.out.printf("    %8.1f KB %7.0f objects  %s%n", e.getValue()[1] / 1024.0 / sessions,
                        (double) e.getValue()[0] / sessions, e.getKey()));
    }

    public static void main(String[] args) throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 30);
        String user = System.getProperty("bench.user", "viewer");
        String[] views = System.getProperty("bench.views",
                "dashboard,dashboard/requests,dashboard/appeals,dashboard/comparison,reports,report,editor:edit")
                .split(",");
        // DevTools (on the test class path) would restart the app in a class loader of its own
        System.setProperty("spring.devtools.restart.enabled", "false");
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0");
        int status = 0;
        try {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<View> measured = Arrays.stream(views).map(v -> View.of(v, user, jdbc)).toList();
            // warm-up: classes, caches and pools that the first sessions would otherwise be charged for
            for (int i = 0; i < 3; i++) {
                for (View view : measured) {
                    Visitor warm = new Visitor(port);
                    warm.login(view.user());
                    warm.open(view.path());
                    warm.close();
                }
            }
            boolean production = app.getBeansOfType(ServletRegistrationBean.class).values().stream()
                    .map(ServletRegistrationBean::getServlet).filter(SpringServlet.class::isInstance)
                    .map(SpringServlet.class::cast).findFirst().orElseThrow()
                    .getService().getDeploymentConfiguration().isProductionMode();
            // the server keeps each session until it times out; the bench's own HTTP clients (a selector thread, buffers
            // and a cookie store each, in this same JVM) are closed and dropped, so that only the server's heap counts
            int open = 0;
            // development mode keeps where each component was created (the component tracker): more heap per view
            System.out.printf("Heap per session, %d sessions of '%s' per view, Vaadin in %s mode%s%n",
                    sessions, user, production ? "production" : "development",
                    FOLLOW_UP ? "" : ", without the browser's follow-up request");
            for (View view : measured) {
                long before = usedHeapAfterGc();
                for (int i = 0; i < sessions; i++) {
                    Visitor visitor = new Visitor(port);
                    visitor.login(view.user());
                    visitor.open(view.path());
                    visitor.close();
                    open++;
                }
                long after = usedHeapAfterGc();
                System.out.printf("  %-24s %6d KB per session%n", view.label(), (after - before) / sessions / 1024);
            }
            // the method: a director's session opens the dashboard and goes through three of its views (tabs,
            // one UI); then the same as three pages opened by their links, whose UIs all stay open
            String[] tabs = System.getProperty("bench.dashboardViews", "dashboard,dashboard/requests,dashboard/appeals")
                    .split(",");
            Map<String, long[]> histogramBefore = HISTOGRAM ? histogram() : Map.of();
            long before = usedHeapAfterGc();
            for (int i = 0; i < sessions; i++) {
                Visitor visitor = new Visitor(port);
                visitor.login(user);
                visitor.open(tabs[0]);
                for (int t = 1; t < tabs.length; t++) {
                    visitor.navigate(tabs[t]);
                }
                visitor.close();
                open++;
            }
            long perSession = (usedHeapAfterGc() - before) / sessions / 1024;
            System.out.printf("  %-24s %6d KB per session%n", tabs.length + " dashboard views, one UI", perSession);
            if (HISTOGRAM) {
                printGrowth(histogramBefore, histogram(), sessions);
            }
            before = usedHeapAfterGc();
            for (int i = 0; i < sessions; i++) {
                Visitor visitor = new Visitor(port);
                visitor.login(user);
                for (String tab : tabs) {
                    visitor.open(tab);
                }
                visitor.close();
                open++;
            }
            long perSessionPages = (usedHeapAfterGc() - before) / sessions / 1024;
            System.out.printf("  %-24s %6d KB per session%n", tabs.length + " pages, " + tabs.length + " UIs open",
                    perSessionPages);
            System.out.printf("figure: session memory, %d dashboard views per session: %d KB in one UI, %d KB as %d pages%n",
                    tabs.length, perSession, perSessionPages, tabs.length);
            System.out.printf("  (%d sessions open at the end, heap used %d MB)%n", open,
                    usedHeapAfterGc() / 1024 / 1024);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            app.close();
        }
        System.exit(status);
    }

    /** A view measured for a user; {@code report} and {@code edit} name the page of a report the user may open. */
    private record View(String user, String path, String label) {

        static View of(String spec, String defaultUser, JdbcTemplate jdbc) {
            int colon = spec.indexOf(':');
            String user = colon < 0 ? defaultUser : spec.substring(0, colon);
            String view = spec.substring(colon + 1);
            if (!view.equals("report") && !view.equals("edit")) {
                return new View(user, view, "/" + view + (user.equals(defaultUser) ? "" : " (" + user + ")"));
            }
            // the latest report of the user's own agency, else of the nearest agency below it
            Map<String, Object> r = jdbc.queryForMap("SELECT r.report_year, r.agency_id FROM annual_report r"
                    + " JOIN agency_closure c ON c.descendant_id = r.agency_id"
                    + " JOIN app_user u ON u.agency_id = c.ancestor_id"
                    + " WHERE u.username = ? ORDER BY c.distance, r.report_year DESC, r.id LIMIT 1", user);
            String page = "reports/" + r.get("report_year") + "/" + r.get("agency_id");
            return view.equals("report") ? new View(user, page, "report page (" + user + ")")
                    : new View(user, page + "/edit", "editor (" + user + ")");
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** One browser: its own cookies (so its own session), the login form's CSRF token, Vaadin's init request. */
    private static final class Visitor {
        private final String base;
        private String uiId;
        private String csrf;
        private int syncId;
        private int clientId;
        long bytes;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Visitor(int port) {
            this.base = "http://localhost:" + port;
        }

        void close() {
            client.close();
        }

        void login(String user) {
            String page = get("/login").body();
            Matcher m = META.matcher(page);
            String token = null;
            String parameter = null;
            while (m.find()) {
                if (m.group(1).equals("_csrf")) {
                    token = m.group(2);
                } else {
                    parameter = m.group(2);
                }
            }
            if (token == null || parameter == null) {
                throw new IllegalStateException("no CSRF token in the login page");
            }
            String form = enc(parameter) + "=" + enc(token) + "&username=" + enc(user) + "&password=demo";
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || location.contains("error") || location.contains("/login")) {
                throw new IllegalStateException("login of " + user + " failed: " + r.statusCode() + " " + location);
            }
        }

        /**
         * What the browser asks when it loads a page: the page, Vaadin's init request (which makes the UI, without the
         * view), then the client router's {@code ui-navigate} event, whose answer builds the view on the server.
         */
        void open(String view) {
            if (get("/" + view).statusCode() != 200) {
                throw new IllegalStateException("/" + view + " is not served to this session");
            }
            HttpResponse<String> init = get("/?v-r=init&location=" + enc(view) + "&query="
                    + "&v-sh=1000&v-sw=1440&v-wh=1000&v-ww=1440&v-bh=1000&v-bw=1440&v-curdate="
                    + System.currentTimeMillis() + "&v-tzo=-480&v-dstd=0&v-rtzo=-480&v-dston=false"
                    + "&v-tzid=Asia%2FShanghai&v-wn=" + UUID.randomUUID());
            Matcher ui = UI_ID.matcher(init.body());
            Matcher key = SECURITY_KEY.matcher(init.body());
            if (init.statusCode() != 200 || !ui.find() || !key.find() || init.body().contains("vaadin-login")) {
                throw new IllegalStateException("the init request for /" + view + " made no UI: "
                        + init.statusCode() + " " + init.body().substring(0, Math.min(200, init.body().length())));
            }
            uiId = ui.group(1);
            csrf = key.group(1);
            syncId = 0;
            clientId = 0;
            navigate(view);
        }

        /** A click on a link inside the page (a dashboard tab): the same UI builds the next view. */
        void navigate(String view) {
            String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + view + "\",\"query\":\"\","
                    + "\"appShellTitle\":\"\",\"historyState\":null,\"trigger\":\"\"}}],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            Matcher sync = SYNC_ID.matcher(r.body());
            // a built dashboard view or report list is tens of KB of changes; a refusal or a resync is a few hundred bytes
            if (r.statusCode() != 200 || !sync.find() || r.body().length() < 5_000) {
                throw new IllegalStateException("navigating to /" + view + " built no view: " + r.statusCode() + " "
                        + r.body().substring(0, Math.min(300, r.body().length())));
            }
            syncId = Integer.parseInt(sync.group(1));
            clientId++;
            bytes += r.body().length();
            if (FOLLOW_UP) {
                // The browser's next request: having applied the view, the client always sends one (the app layout's
                // and side navigation's property changes; FirstPaintBench -Dbench.verbose=true shows two or three per
                // page). Vaadin keeps each UI's last answer for a resend (UIInternals' lastRequestResponse): without
                // this request every UI would keep the whole view's JSON, ~65 KB of text, which a browser never leaves.
                String empty = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":"
                        + clientId + "}";
                HttpResponse<String> next = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(empty)).build());
                Matcher nextSync = SYNC_ID.matcher(next.body());
                if (next.statusCode() != 200 || !nextSync.find()) {
                    throw new IllegalStateException("the follow-up request after /" + view + " failed: "
                            + next.statusCode() + " " + next.body().substring(0, Math.min(300, next.body().length())));
                }
                syncId = Integer.parseInt(nextSync.group(1));
                clientId++;
            }
        }

        private HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
