package org.disclosuredesk.e2e;

import org.disclosuredesk.AppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 1366×768, the most common office laptop: the editor's and the report page's official tables show their
 * last column (其他, 总计) without scrolling sideways, beside the findings panel. On a phone (390×844) the report
 * reads in one column, its findings below, and the header keeps to one line.
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
}
