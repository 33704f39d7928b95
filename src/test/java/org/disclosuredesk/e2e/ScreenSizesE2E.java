package org.disclosuredesk.e2e;

import org.disclosuredesk.AppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
 * At 1366×768, the most common office laptop: the editor's and the report page's official tables show their
 * last column (其他, 总计) without scrolling sideways, beside the findings panel. On a phone (390×844) the report
 * reads in one column, its findings below, and the header keeps to one line. The dashboard and the report list fit
 * both without scrolling sideways; on the phone the dashboard's first figure is on the first screen, its filters
 * folded behind one button. On a projector the dashboard's charts flow into more columns, and presentation mode
 * hides the navigation and enlarges the type.
 */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreenSizesE2E {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** Per official table: its right edge, and the right edge of the report column holding it. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tables(Browser browser) {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const doc = document.getElementById('report-document').getBoundingClientRect();
                return [...document.querySelectorAll('table.official-table')].map(t => ({
                  table: t.getAttribute('data-table') || '',
                  right: Math.round(t.getBoundingClientRect().right),
                  column: Math.round(doc.right),
                  window: window.innerWidth }));""");
    }

    private static void assertAllVisible(Browser browser) {
        List<Map<String, Object>> tables = tables(browser);
        assertThat(tables).hasSizeGreaterThanOrEqualTo(5);
        for (Map<String, Object> t : tables) {
            long right = ((Number) t.get("right")).longValue();
            assertThat(right).as(t.toString()).isLessThanOrEqualTo(((Number) t.get("column")).longValue());
            assertThat(right).as(t.toString()).isLessThanOrEqualTo(((Number) t.get("window")).longValue());
        }
        // the last column of part 三 is the total
        assertThat(browser.driver().findElement(By.cssSelector("[data-cell='s3.granted.total']")).isDisplayed()).isTrue();
    }

    @Test
    void theOfficialTablesFitALaptopScreenInTheEditorAndOnTheReportPage() throws Exception {
        // a draft another journey does not submit (the editor journey submits 荔湾's), opened by the administrator
        Map<String, Object> draft = jdbc.queryForMap("""
                SELECT r.report_year AS y, r.agency_id AS a FROM annual_report r JOIN agency g ON g.id = r.agency_id
                WHERE r.status IN ('DRAFT', 'RETURNED') AND g.name <> '广州市荔湾区政务服务数据管理局'
                ORDER BY r.id LIMIT 1""");
        String report = "/reports/" + draft.get("y") + "/" + draft.get("a");
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
            browser.open("/login");
            browser.await(By.tagName("vaadin-login-form"));
            browser.login("admin", "demo");
            browser.await(By.id("current-user"));

            browser.open(report + "/edit");
            browser.await(By.cssSelector("[data-cell='s4.review.total']"));
            Thread.sleep(800);
            assertAllVisible(browser);
            // the side navigation folded away to make room; its toggle brings it back
            assertThat(browser.driver().findElement(By.tagName("vaadin-app-layout")).getAttribute("drawer-opened"))
                    .isNull();
            browser.screenshot("30-editor-1366x768");

            browser.open(report);
            browser.await(By.cssSelector("[data-cell='s4.review.total']"));
            Thread.sleep(800);
            assertAllVisible(browser);
            browser.screenshot("31-report-1366x768");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneTheReportReadsInOneColumnWithItsFindingsBelow() throws Exception {
        long liwan = jdbc.queryForObject("SELECT id FROM agency WHERE name = '广州市荔湾区政务服务数据管理局'", Long.class);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("/login");
            browser.await(By.tagName("vaadin-login-form"));
            browser.login("viewer", "demo");
            browser.await(By.id("current-user"));
            browser.open("/reports/2020/" + liwan);
            browser.await(By.id("report-title"));
            Thread.sleep(800);
            Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                    const d = document.getElementById('report-document').getBoundingClientRect();
                    const f = document.getElementById('findings-panel').getBoundingClientRect();
                    const t = document.querySelector('.app-title').getBoundingClientRect();
                    return {docWidth: Math.round(d.width), docBottom: Math.round(d.bottom), findingsTop: Math.round(f.top),
                            window: window.innerWidth, titleHeight: Math.round(t.height)};""");
            browser.screenshot("32-report-phone");
            long window = ((Number) m.get("window")).longValue();
            // the report takes the width; the findings come after it, not squeezed beside it
            assertThat(((Number) m.get("docWidth")).longValue()).as(m.toString()).isGreaterThanOrEqualTo(window - 40);
            assertThat(((Number) m.get("findingsTop")).longValue()).as(m.toString())
                    .isGreaterThanOrEqualTo(((Number) m.get("docBottom")).longValue() - 1);
            // the app's name on one line, not one character per line
            assertThat(((Number) m.get("titleHeight")).longValue()).as(m.toString()).isLessThan(40);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> js(Browser browser, String script) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private static long n(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }

    /** The page does not scroll sideways: nothing is wider than the window. */
    private static void assertNoSidewaysScroll(Browser browser, String what) {
        Map<String, Object> m = js(browser, """
                return {scroll: document.scrollingElement.scrollWidth, window: window.innerWidth};""");
        assertThat(n(m, "scroll")).as(what + " " + m).isLessThanOrEqualTo(n(m, "window"));
    }

    private static boolean shown(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).isDisplayed();
    }

    @Test
    void theDashboardAndTheReportListFitALaptopWithTheirFiltersOpen() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
            browser.login("viewer", "demo");
            browser.open("/dashboard");
            browser.await(By.id("figure-REQUESTS_RECEIVED"));
            Thread.sleep(1500);
            assertNoSidewaysScroll(browser, "dashboard");
            // a wide screen has room for the filters: open, no fold button
            assertThat(shown(browser, "dashboard-filters")).isTrue();
            assertThat(shown(browser, "dashboard-scope")).isTrue();
            assertThat(shown(browser, "dashboard-filter-toggle")).isFalse();
            assertThat(shown(browser, "current-user")).isTrue();
            assertThat(shown(browser, "user-menu")).isFalse();
            browser.screenshot("33-dashboard-1366x768");

            browser.open("/reports");
            browser.await(By.id("report-grid"));
            Thread.sleep(1000);
            assertNoSidewaysScroll(browser, "report list");
            assertThat(shown(browser, "report-filters")).isTrue();
            assertThat(shown(browser, "report-filter-toggle")).isFalse();
            browser.screenshot("34-reports-1366x768");
        }
    }

    @Test
    void onAPhoneTheDashboardShowsItsFiguresFirstAndFoldsItsFilters() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.login("viewer", "demo");
            browser.open("/dashboard");
            browser.await(By.id("figure-REQUESTS_RECEIVED"));
            Thread.sleep(1500);
            assertNoSidewaysScroll(browser, "dashboard on a phone");
            Map<String, Object> m = js(browser, """
                    const v = document.querySelector('#figure-REQUESTS_RECEIVED .figure-value').getBoundingClientRect();
                    const c = document.querySelector('.chart-card').getBoundingClientRect();
                    const content = document.querySelector('.dashboard-content').getBoundingClientRect();
                    return {valueBottom: Math.round(v.bottom), height: window.innerHeight,
                            chartWidth: Math.round(c.width), contentWidth: Math.round(content.width)};""");
            browser.screenshot("35-dashboard-phone");
            // the first headline figure is on the first screen, the filters behind their button
            assertThat(n(m, "valueBottom")).as(m.toString()).isLessThanOrEqualTo(n(m, "height"));
            assertThat(shown(browser, "dashboard-filters")).isFalse();
            assertThat(shown(browser, "dashboard-filter-toggle")).isTrue();
            // a chart takes the width
            assertThat(n(m, "chartWidth")).as(m.toString()).isGreaterThanOrEqualTo(n(m, "contentWidth") - 2);
            // the header: the short title, one user menu
            assertThat(shown(browser, "user-menu")).isTrue();
            assertThat(shown(browser, "logout")).isFalse();
            assertThat(shown(browser, "current-user")).isFalse();

            browser.driver().findElement(By.id("dashboard-filter-toggle")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("dashboard-scope")).isDisplayed());
            assertThat(browser.driver().findElement(By.id("dashboard-filter-toggle")).getAttribute("aria-expanded"))
                    .isEqualTo("true");
            assertNoSidewaysScroll(browser, "dashboard on a phone, filters open");
            browser.screenshot("36-dashboard-phone-filters");

            browser.open("/reports");
            browser.await(By.id("report-grid"));
            Thread.sleep(1500);
            assertNoSidewaysScroll(browser, "report list on a phone");
            assertThat(shown(browser, "report-filters")).isFalse();
            assertThat(shown(browser, "report-filter-toggle")).isTrue();
            // fewer columns: agency, year, status, errors
            Object columns = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return [...document.querySelectorAll('#report-grid vaadin-grid-column')].filter(c => !c.hidden).length");
            assertThat(((Number) columns).intValue()).isEqualTo(4);
            Map<String, Object> g = js(browser, """
                    const grid = document.getElementById('report-grid');
                    const r = grid.getBoundingClientRect();
                    const table = grid.shadowRoot.querySelector('#table');
                    return {top: Math.round(r.top), right: Math.round(r.right), window: window.innerWidth,
                            gridScroll: table.scrollWidth, gridWidth: table.clientWidth};""");
            assertThat(n(g, "right")).as(g.toString()).isLessThanOrEqualTo(n(g, "window"));
            assertThat(n(g, "top")).as(g.toString()).isLessThan(300);
            // nor does the grid scroll sideways inside
            assertThat(n(g, "gridScroll")).as(g.toString()).isLessThanOrEqualTo(n(g, "gridWidth"));
            browser.screenshot("37-reports-phone");
        }
    }

    @Test
    void onAProjectorTheDashboardUsesTheWidthAndPresents() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.driver().manage().window().setSize(new Dimension(2560, 1440));
            browser.login("viewer", "demo");
            browser.open("/dashboard/requests");
            browser.await(By.id("dashboard-title"));
            Thread.sleep(2000);
            assertNoSidewaysScroll(browser, "requests at 2560");
            Map<String, Object> m = js(browser, """
                    const tops = [...document.querySelectorAll('.chart-card')].map(c => Math.round(c.getBoundingClientRect().top));
                    const widest = Math.max(...tops.map(t => tops.filter(u => u === t).length));
                    return {chartsInWidestRow: widest, charts: tops.length};""");
            browser.screenshot("38-requests-2560x1440");
            // the charts flow into more than the two columns a laptop shows
            assertThat(n(m, "chartsInWidestRow")).as(m.toString()).isGreaterThanOrEqualTo(3);

            browser.driver().manage().window().setSize(new Dimension(1920, 1080));
            browser.open("/dashboard");
            browser.await(By.id("figure-REQUESTS_RECEIVED"));
            Thread.sleep(1000);
            String normal = browser.driver().findElement(By.cssSelector("#figure-REQUESTS_RECEIVED .figure-value"))
                    .getCssValue("font-size");
            browser.driver().findElement(By.id("dashboard-present")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElement(By.id("current-user")).isDisplayed());
            Thread.sleep(800);
            Map<String, Object> p = js(browser, """
                    const v = document.querySelector('.dashboard-view').getBoundingClientRect();
                    return {left: Math.round(v.left), top: Math.round(v.top),
                            value: parseFloat(getComputedStyle(document.querySelector('#figure-REQUESTS_RECEIVED .figure-value')).fontSize)};""");
            browser.screenshot("39-dashboard-presenting-1920x1080");
            // the navigation is gone, the dashboard takes the screen, its figures in larger type
            assertThat(n(p, "left")).as(p.toString()).isLessThanOrEqualTo(1);
            assertThat(n(p, "top")).as(p.toString()).isLessThanOrEqualTo(1);
            assertThat(((Number) p.get("value")).doubleValue()).as(p + " vs " + normal)
                    .isGreaterThan(Double.parseDouble(normal.replace("px", "")) * 1.3);
            assertNoSidewaysScroll(browser, "presenting at 1920");

            // and it ends: the header is back
            browser.driver().findElement(By.id("dashboard-present")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("current-user")).isDisplayed());
        }
    }
}
