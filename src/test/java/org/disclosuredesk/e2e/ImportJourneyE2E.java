package org.disclosuredesk.e2e;

import org.disclosuredesk.AppTest;
import org.disclosuredesk.importing.ImportFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** In real headless Chromium: an editor uploads a report, reviews it against its text, saves it as a draft. */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportJourneyE2E {

    private static final int YEAR = 2015;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private long liwan() {
        return jdbc.queryForObject("SELECT id FROM agency WHERE name = ?", Long.class, ImportFixtures.LIWAN_AGENCY);
    }

    @AfterEach
    void removeDraft() {
        ImportFixtures.deleteReport(jdbc, liwan(), YEAR);
    }

    /**
     * The upload's file input (inside the web component) takes file paths, as the OS file dialog would.
     * ChromeDriver adds to the files chosen before, so the input is emptied first: a new choice.
     */
    private static void chooseFiles(Browser browser, Path... files) {
        WebElement input = (WebElement) ((JavascriptExecutor) browser.driver()).executeScript(
                "const u = document.querySelector('vaadin-upload');"
                        + "const i = u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');"
                        + "i.value = ''; return i;");
        input.sendKeys(Stream.of(files).map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\n")));
    }

    private static void waitUntil(Browser browser, String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!(" + script + ")")));
    }

    /** Scrolls the cell to the middle of its scroll pane (clear of the sticky status line), then clicks it. */
    private static WebElement clickCell(Browser browser, String key) throws InterruptedException {
        WebElement cell = browser.await(By.cssSelector("[data-cell='" + key + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        Thread.sleep(200);
        cell.click();
        return cell;
    }

    private static void typeInto(Browser browser, String fieldId, String text) {
        WebElement input = browser.await(By.cssSelector("#" + fieldId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
    }

    @Test
    void editorUploadsASampleReviewsItAgainstTheTextAndSavesADraft(@TempDir Path dir) throws Exception {
        Path sample = Files.write(dir.resolve("liwan-2020.txt"), ImportFixtures.liwanWithUnreadProcurement());
        Path second = Files.write(dir.resolve("huaian-2024.txt"),
                ImportFixtures.sample("huaian-2024-city-pdftotext-layout.txt"));
        Path broken = Files.write(dir.resolve("scan.pdf"), ImportFixtures.garbage());
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("editor", "demo");
            browser.open("/import");
            browser.awaitText(By.id("import-summary"), "尚未上传文件");
            browser.screenshot("10-import-empty");

            // a batch: every file gets its row, the bad one its message
            chooseFiles(browser, second, broken);
            browser.awaitText(By.id("import-summary"), "共 2 个文件：1 个已读取，1 个失败");
            browser.awaitText(By.id("import-results"), "淮安市人民政府");
            Thread.sleep(500);
            browser.screenshot("11-import-batch");
            assertThat(browser.driver().findElement(By.id("import-results")).getText())
                    .contains("scan.pdf").contains("失败");

            // one file opens its review
            chooseFiles(browser, sample);
            try {
                browser.awaitText(By.id("review-title"), "liwan-2020.txt");
            } finally {
                browser.screenshot("12-import-review");
            }
            WebElement received = browser.await(By.cssSelector("[data-cell='s3.new_received.natural_person']"));
            assertThat(received.getText()).isEqualTo("21");
            assertThat(browser.await(By.cssSelector("[data-cell='s2.procurement.count']")).getAttribute("class"))
                    .contains("unresolved");

            clickCell(browser, "s3.new_received.natural_person");
            waitUntil(browser, "document.querySelector('#source-text mark.provenance')");
            assertThat(browser.driver().findElement(By.cssSelector("#source-text mark.provenance")).getText())
                    .isEqualTo("21");
            browser.awaitText(By.id("cell-status"), "原文第");
            Thread.sleep(400);
            browser.screenshot("13-import-review-provenance");

            clickCell(browser, "s2.procurement.count");
            typeInto(browser, "cell-editor", "abc");
            browser.awaitText(By.id("review-tables"), "请输入数字");
            Thread.sleep(300);
            browser.screenshot("14-import-review-bad-input");
            typeInto(browser, "cell-editor", "11");
            waitUntil(browser, "document.querySelector(\"[data-cell='s2.procurement.count'].edited\")");
            browser.awaitText(By.id("cell-status"), "已由您修改");
            typeInto(browser, "review-year", String.valueOf(YEAR));
            Thread.sleep(500);
            browser.screenshot("15-import-review-fixed");

            // the file is the 2020 report: saving it as another year needs the explicit confirmation
            browser.awaitText(By.id("review-mismatch"), "将保存为 " + YEAR + " 年度报告");
            browser.await(By.id("review-mismatch-confirm")).click();
            browser.await(By.id("save-draft")).click();
            browser.awaitText(By.id("report-title"), "广州市荔湾区政务服务数据管理局");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/reports/" + YEAR + "/" + liwan());
            assertThat(browser.await(By.cssSelector("[data-cell='s2.procurement.count']")).getText()).isEqualTo("11");
            browser.screenshot("16-import-saved-report");
        }
        assertThat(jdbc.queryForObject("SELECT status FROM annual_report WHERE agency_id = ? AND report_year = ?",
                String.class, liwan(), YEAR)).isEqualTo("DRAFT");
    }
}
