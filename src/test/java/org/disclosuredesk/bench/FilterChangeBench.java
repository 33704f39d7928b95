package org.disclosuredesk.bench;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * A dashboard filter change as a director makes it: headless Chromium, signed in, on {@code /dashboard/requests}
 * (seven charts, all depending on the year), opens the year field and clicks another year, N times, and prints
 * p50/p95 from the click (the click event's time stamp) until every chart on the page has been drawn with the new
 * figures ({@code <dd-chart>}'s {@code drawnAt}, set by Chart.js's afterRender; charts do not animate, so that is
 * when they stand still). Also the parts: click until Vaadin's request leaves, the request until its answer has
 * arrived, and the answer until the last chart is drawn.
 * <pre>
 * ./mvnw -q -Pbench test-compile exec:java@bench -Dbench.main=org.disclosuredesk.bench.FilterChangeBench -Dbench.base=http://localhost:8080
 * </pre>
 * against a running production jar with the demo data ({@code scripts/figures.sh} starts one). System properties:
 * {@code bench.base}, {@code bench.runs} (40), {@code bench.user} (viewer), {@code bench.view} (dashboard/requests),
 * {@code bench.years} (2024,2023: the two years clicked in turn). Goal (issue 11): p95 ≤ 150 ms.
 */
public final class FilterChangeBench {

    private FilterChangeBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.base", "http://localhost:8080");
        int runs = Integer.getInteger("bench.runs", 40);
        String user = System.getProperty("bench.user", "viewer");
        String view = System.getProperty("bench.view", "dashboard/requests");
        String[] years = System.getProperty("bench.years", "2024,2023").split(",");
        try (BenchBrowser b = new BenchBrowser(base)) {
            b.login(user, "demo");
            b.driver().get(base + "/" + view + "?year=" + years[0]);
            b.await(By.cssSelector("dd-chart"));
            b.js("document.addEventListener('click', (e) => { window.__clickAt = e.timeStamp; }, true);");
            int warmup = 5;
            double[] total = new double[runs];
            double[] toRequest = new double[runs];
            double[] answer = new double[runs];
            double[] draw = new double[runs];
            int charts = 0;
            for (int i = -warmup; i < runs; i++) {
                String year = years[(i + warmup + 1) % years.length];
                List<?> t = change(b, year);
                if (i < 0) {
                    continue;
                }
                double click = ((Number) t.get(0)).doubleValue();
                double sent = ((Number) t.get(1)).doubleValue();
                double received = ((Number) t.get(2)).doubleValue();
                double drawn = ((Number) t.get(3)).doubleValue();
                charts = ((Number) t.get(4)).intValue();
                total[i] = drawn - click;
                toRequest[i] = sent - click;
                answer[i] = received - sent;
                draw[i] = drawn - received;
            }
            System.out.printf("Filter change on /%s, another year clicked %d times (%d charts redrawn), ms%n", view,
                    runs, charts);
            row("click → charts drawn", total);
            row("  click → request sent", toRequest);
            row("  request → answer", answer);
            row("  answer → charts drawn", draw);
            System.out.printf("figure: filter change: p50 %.0f ms, p95 %.0f ms%n", BenchBrowser.percentile(total, 50),
                    BenchBrowser.percentile(total, 95));
        }
        System.exit(0);
    }

    private static void row(String label, double[] values) {
        System.out.printf("  %-26s p50 %6.0f   p95 %6.0f   max %6.0f%n", label, BenchBrowser.percentile(values, 50),
                BenchBrowser.percentile(values, 95), BenchBrowser.percentile(values, 100));
    }

    /** Opens the year field, clicks the year, waits for every chart to be drawn; the times (performance.now()). */
    private static List<?> change(BenchBrowser b, String year) throws InterruptedException {
        WebElement field = b.await(By.id("dashboard-year"));
        field.click();
        WebElement item = new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> (WebElement) b.js("""
                for (const item of document.querySelectorAll('vaadin-select-item')) {
                  if (item.textContent.trim() === arguments[0] && item.checkVisibility()) return item;
                }
                return null;
                """, year));
        // let the overlay finish opening, as a person would before clicking
        Thread.sleep(300);
        b.js("window.__clickAt = null; performance.clearResourceTimings();");
        item.click();
        List<?> times = (List<?>) b.asyncJs("""
                const done = arguments[arguments.length - 1];
                const year = arguments[0];
                const started = performance.now();
                function check() {
                  const click = window.__clickAt;
                  const charts = [...document.querySelectorAll('dd-chart')].filter((c) => c.isConnected);
                  const drawn = click !== null && location.search.includes('year=' + year) && charts.length > 0
                      && charts.every((c) => c.drawnAt > click);
                  if (drawn) {
                    const uidl = performance.getEntriesByType('resource')
                        .filter((r) => r.name.includes('v-r=uidl') && r.startTime >= click);
                    const first = uidl[0];
                    done([click, first ? first.startTime : NaN, first ? first.responseEnd : NaN,
                          Math.max(...charts.map((c) => c.drawnAt)), charts.length]);
                  } else if (performance.now() - started > 20000) {
                    done(null);
                  } else {
                    requestAnimationFrame(check);
                  }
                }
                check();
                """, year);
        if (times == null) {
            throw new IllegalStateException("the charts were not redrawn for " + year + " within 20 s");
        }
        // what else the change asks (property updates) settles before the next click
        Thread.sleep(400);
        return times;
    }
}
