package org.disclosuredesk.e2e;

import org.disclosuredesk.AppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The clerk's journey in real headless Chromium: log in, open the seed report, break a figure, fix it, save, submit. */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorJourneyE2E {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void editorBreaksATotalSeesTheErrorFixesItSavesAndSubmits() throws Exception {
        long liwan = jdbc.queryForObject("SELECT id FROM agency WHERE name = '广州市荔湾区政务服务数据管理局'", Long.class);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("editor", "demo");
            browser.open("/reports/2020/" + liwan);
            browser.await(By.id("action-edit")).click();
            browser.awaitText(By.id("report-title"), "编辑");
            WebElement granted = browser.await(By.cssSelector("td[data-cell='s3.granted.natural_person'] input"));
            scrollTo(browser, granted);
            granted.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12");
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
            By received = By.cssSelector("td[data-cell='s3.new_received.natural_person']");
            wait.until(d -> d.findElement(received).getAttribute("class").contains("has-error"));
            assertThat(browser.driver().findElement(By.cssSelector("td[data-cell='s3.total_processed.natural_person']"))
                    .getText()).isEqualTo("22");
            assertThat(browser.driver().findElement(By.id("findings-panel")).getText()).contains("R3.1");
            browser.screenshot("10-editor-error-at-cell");

            // Enter moves down the column, as in a spreadsheet
            granted.sendKeys(Keys.ENTER);
            WebElement below = browser.driver().switchTo().activeElement();
            assertThat(below.getAttribute("data-cell")).isEqualTo("s3.partially_granted.natural_person");

            // a block pasted from a spreadsheet spreads over the cells from the one pasted into (same values,
            // typed full-width, so the rest of the journey is unchanged)
            WebElement upheld = browser.await(By.cssSelector("td[data-cell='s4.review.upheld'] input"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                    const data = new DataTransfer();
                    data.setData('text/plain', arguments[1]);
                    arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,
                        cancelable: true}));""", upheld, "１\t０\r\n");
            By corrected = By.cssSelector("td[data-cell='s4.review.corrected'] input");
            wait.until(d -> "０".equals(d.findElement(corrected).getDomProperty("value")));
            assertThat(upheld.getDomProperty("value")).isEqualTo("１");

            // a letter is refused at the cell
            below.sendKeys(Keys.chord(Keys.CONTROL, "a"), "x");
            By partially = By.cssSelector("td[data-cell='s3.partially_granted.natural_person']");
            wait.until(d -> d.findElement(partially).getAttribute("class").contains("invalid"));
            browser.screenshot("11-editor-invalid-input");
            below.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0");
            wait.until(d -> !d.findElement(partially).getAttribute("class").contains("invalid"));

            granted.sendKeys(Keys.chord(Keys.CONTROL, "a"), "11");
            wait.until(d -> !d.findElement(received).getAttribute("class").contains("has-error"));
            browser.driver().findElement(By.id("save")).click();
            browser.awaitText(By.tagName("vaadin-notification-card"), "已保存");
            browser.screenshot("12-editor-saved");

            browser.driver().findElement(By.id("submit")).click();
            // submitting asks first, saying what will happen
            browser.await(By.id("confirm-consequence"));
            browser.screenshot("13-submit-confirmation");
            browser.driver().findElement(By.id("confirm-ok")).click();
            browser.awaitText(By.className("report-meta"), "已提交");
            browser.screenshot("14-report-submitted");
        }
        assertThat(jdbc.queryForObject("""
                SELECT status FROM annual_report WHERE agency_id = ? AND report_year = 2020""", String.class, liwan))
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM report_save s JOIN annual_report r ON r.id = s.report_id
                WHERE r.agency_id = ? AND r.report_year = 2020 AND s.action IN ('SAVE', 'SUBMIT')""",
                Integer.class, liwan)).isEqualTo(2);
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
