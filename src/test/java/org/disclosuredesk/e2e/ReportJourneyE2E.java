package org.disclosuredesk.e2e;

import org.disclosuredesk.AppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** In real headless Chromium: log in, find a report in the list, read it with its rule findings. */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportJourneyE2E {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private static void scrollTo(Browser browser, String table) throws InterruptedException {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector(\"[data-table='\" + arguments[0] + \"']\").scrollIntoView({block: 'start'})",
                table);
        Thread.sleep(300);
    }

    @Test
    void viewerLogsInFiltersTheListAndReadsAReportWithItsFindings() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/login");
            browser.await(By.tagName("vaadin-login-form"));
            browser.screenshot("01-login");
            browser.login("viewer", "demo");

            browser.open("/reports?errors=1");
            browser.awaitText(By.id("report-count"), "1 份报告");
            browser.awaitText(By.id("report-grid"), "平潭综合实验区");
            browser.screenshot("02-report-list-errors");

            browser.open("/reports?year=2025");
            browser.await(By.id("report-grid"));
            Thread.sleep(500);
            browser.screenshot("03-report-list-2025");

            long pingtan = jdbc.queryForObject("SELECT id FROM agency WHERE name = '平潭综合实验区'", Long.class);
            browser.open("/reports/2020/" + pingtan);
            browser.awaitText(By.id("report-title"), "平潭综合实验区");
            WebElement total = browser.await(By.cssSelector("[data-cell='s3.total_processed.natural_person']"));
            assertThat(total.getAttribute("textContent")).isEqualTo("20");
            assertThat(total.getAttribute("class")).contains("has-error");
            assertThat(browser.driver().findElement(By.id("findings-panel")).getText()).contains("R3.2");
            Thread.sleep(300);
            assertThat(Files.size(browser.screenshot("04-report-page-pingtan"))).isGreaterThan(10_000);
            scrollTo(browser, "s3");
            browser.screenshot("04b-report-page-pingtan-part3");
            scrollTo(browser, "s4");
            browser.screenshot("04c-report-page-pingtan-part4");

            long liwan = jdbc.queryForObject("SELECT id FROM agency WHERE name = '广州市荔湾区政务服务数据管理局'",
                    Long.class);
            browser.open("/reports/2020/" + liwan + "?cell=s2.procurement.amount");
            WebElement amount = browser.await(By.cssSelector("[data-cell='s2.procurement.amount']"));
            browser.awaitText(By.id("findings-summary"), "未发现问题");
            Thread.sleep(500);
            assertThat(amount.getAttribute("class")).contains("highlight");
            browser.screenshot("05-report-page-liwan-highlight");

            browser.driver().findElement(By.id("language-switch")).click();
            browser.awaitText(By.id("report-title"), "annual report");
            browser.screenshot("06-report-page-english");
        }
    }
}
