package org.disclosuredesk.e2e;

import org.disclosuredesk.AppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium: every dashboard view draws its charts (pixels on the canvas), and a click
 * on a bar leads to the filtered report list and from there to the report with the cell highlighted.
 */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardJourneyE2E {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** Painted (non-transparent) pixels of a chart's canvas inside its shadow root. */
    private static long paintedPixels(Browser b, String chartId) {
        Object n = ((JavascriptExecutor) b.driver()).executeScript("""
                const el = document.getElementById(arguments[0]);
                if (!el || !el.shadowRoot) return -1;
                const c = el.shadowRoot.querySelector('canvas');
                if (!c.width || !c.height) return 0;
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
                return n;""", chartId);
        return ((Number) n).longValue();
    }

    private static void awaitChart(Browser b, String chartId) {
        b.await(By.id(chartId));
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> paintedPixels(b, chartId) > 2000);
    }

    /** Clicks the centre of bar {@code index} of dataset {@code dataset} with a real mouse click. */
    @SuppressWarnings("unchecked")
    private static void clickBar(Browser b, String chartId, int dataset, int index) {
        WebElement chart = b.driver().findElement(By.id(chartId));
        Map<String, Object> p = (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeScript("""
                const el = document.getElementById(arguments[0]);
                const bar = el._chart.getDatasetMeta(arguments[1]).data[arguments[2]];
                const r = el.getBoundingClientRect();
                const c = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
                return {x: c.left - r.left + bar.x - r.width / 2, y: c.top - r.top + (bar.y + bar.base) / 2 - r.height / 2};""",
                chartId, dataset, index);
        new Actions(b.driver()).moveToElement(chart, (int) Math.round(((Number) p.get("x")).doubleValue()),
                (int) Math.round(((Number) p.get("y")).doubleValue())).click().perform();
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }

    /**
     * The brief follows the link as a browser does — a request of its own, outside the UI's round trips — and is
     * still worded in the reader's language (it once came out in English, the server's default).
     */
    @Test
    void theBriefLinkGivesAPdfInTheReadersLanguage() throws Exception {
        long huaian = jdbc.queryForObject("SELECT id FROM agency WHERE name = '淮安市'", Long.class);
        try (Browser b = new Browser("http://localhost:" + port)) {
            b.login("viewer", "demo");
            b.open("/dashboard?agency=" + huaian + "&year=2024&from=2019&to=2024");
            WebElement link = b.await(By.id("dashboard-brief"));
            assertThat(link.getAttribute("download")).isNotNull();
            b.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            String base64 = (String) ((JavascriptExecutor) b.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer()).then(buf => {
                      let s = ''; const bytes = new Uint8Array(buf);
                      for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
                      done(btoa(s));
                    }).catch(e => done('ERROR ' + e));""", link.getAttribute("href"));
            assertThat(base64).doesNotStartWith("ERROR");
            try (var doc = org.apache.pdfbox.Loader.loadPDF(java.util.Base64.getDecoder().decode(base64))) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                assertThat(text).contains("淮安市政府信息公开工作简报（2024 年度）").contains("2024 年度待处理事项")
                        .doesNotContain("brief");
            }
        }
    }

    @Test
    void chartsDrawAndABarDrillsDownToTheListAndTheHighlightedCell() throws Exception {
        long huaian = jdbc.queryForObject("SELECT id FROM agency WHERE name = '淮安市'", Long.class);
        String q = "?agency=" + huaian + "&year=2024&from=2019&to=2025";
        try (Browser b = new Browser("http://localhost:" + port)) {
            b.login("viewer", "demo");

            b.open("/dashboard" + q);
            awaitChart(b, "chart-requests-by-year-chart");
            awaitChart(b, "chart-rates-by-year-chart");
            b.awaitText(By.id("headline-figures"), "收到申请");
            pause(500);
            b.screenshot("dash-01-overview");

            b.open("/dashboard/procurement" + q.replace("year=2024", "year=2020"));
            awaitChart(b, "chart-procurement-amount-chart");
            awaitChart(b, "chart-procurement-top-chart");
            pause(500);
            b.screenshot("dash-02-procurement-2020");
            b.open("/dashboard/procurement" + q);
            awaitChart(b, "chart-procurement-amount-chart");
            b.await(By.id("procurement-top-not-applicable"));
            b.driver().findElement(By.id("chart-procurement-amount-toggle")).click();
            b.awaitText(By.id("chart-procurement-amount-table"), "本版模板无此项");
            pause(300);
            b.screenshot("dash-03-procurement-2024-table");

            b.open("/dashboard/requests" + q);
            for (String id : List.of("chart-outcomes-by-year", "chart-outcomes-split", "chart-reasons-0",
                    "chart-reasons-1", "chart-reasons-2", "chart-applicants")) {
                awaitChart(b, id + "-chart");
            }
            pause(500);
            b.screenshot("dash-04-requests");
            ((JavascriptExecutor) b.driver()).executeScript("document.getElementById('chart-reasons-0').scrollIntoView()");
            pause(300);
            b.screenshot("dash-04b-requests-reasons");

            b.open("/dashboard/appeals" + q);
            for (String id : List.of("chart-appeals-review", "chart-appeals-litigation_direct",
                    "chart-appeals-litigation_after_review", "chart-correction-rate")) {
                awaitChart(b, id + "-chart");
            }
            pause(500);
            b.screenshot("dash-05-appeals");

            b.open("/dashboard/comparison" + q);
            b.awaitText(By.id("comparison-grid"), "淮安市教育局");
            pause(500);
            b.screenshot("dash-06-comparison");

            b.open("/dashboard/submissions" + q.replace("year=2024", "year=2025"));
            b.awaitText(By.id("submission-grid"), "淮安市");
            pause(500);
            b.screenshot("dash-07-submissions");

            // drill-down: the 2024 bar of "requests received" → filtered list → report with the cell highlighted
            b.open("/dashboard" + q);
            awaitChart(b, "chart-requests-by-year-chart");
            pause(600); // the bars' entry animation
            clickBar(b, "chart-requests-by-year-chart", 0, 5);
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/reports?"));
            assertThat(b.driver().getCurrentUrl()).contains("year=2024").contains("subtree=" + huaian)
                    .contains("cell=s3.new_received.total");
            b.awaitText(By.id("report-grid"), "淮安");
            pause(500);
            b.screenshot("dash-08-drill-list");
            WebElement firstRow = new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d ->
                    d.findElements(By.cssSelector("#report-grid vaadin-grid-cell-content")).stream()
                            .filter(e -> e.getText().contains("淮安")).findFirst().orElse(null));
            firstRow.click();
            WebElement cell = b.await(By.cssSelector("[data-cell='s3.new_received.total']"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d ->
                    cell.getAttribute("class").contains("highlight"));
            assertThat(b.driver().getCurrentUrl()).contains("/reports/2024/").contains("cell=s3.new_received.total");
            pause(500);
            b.screenshot("dash-09-drill-report-highlight");

            // English, from the same bookmarkable URL
            b.open("/dashboard" + q);
            awaitChart(b, "chart-requests-by-year-chart");
            b.driver().findElement(By.id("language-switch")).click();
            b.awaitText(By.id("headline-figures"), "Requests received");
            awaitChart(b, "chart-requests-by-year-chart");
            pause(500);
            b.screenshot("dash-10-overview-english");
            b.open("/dashboard/requests" + q);
            awaitChart(b, "chart-outcomes-by-year-chart");
            pause(500);
            b.screenshot("dash-11-requests-english");
        }
    }
}
