package org.disclosuredesk.e2e;

import org.disclosuredesk.AppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Reviewer and administrator screens in real headless Chromium: queue, return dialog, history, admin views. */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewAndAdminScreensE2E {

    @LocalServerPort
    int port;

    @Test
    void reviewerWorksTheQueueAndAdminManagesUsersAndAgencies() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("reviewer", "demo");
            browser.open("/review");
            browser.awaitText(By.id("review-count"), "待审核");
            Thread.sleep(500);
            browser.screenshot("20-review-queue");
            browser.await(By.cssSelector("#review-grid vaadin-grid-cell-content"));
            browser.driver().findElements(By.cssSelector("#review-grid vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().contains("淮安")).findFirst().orElseThrow().click();
            browser.await(By.id("action-approve"));
            browser.screenshot("21-review-report-actions");
            browser.driver().findElement(By.id("action-return")).click();
            browser.await(By.id("reason-ok")).click();
            Thread.sleep(400);
            browser.screenshot("22-return-needs-reason");
            assertThat(browser.driver().findElement(By.id("reason")).getAttribute("invalid")).isNotNull();
            browser.driver().findElement(By.id("reason")).findElement(By.tagName("textarea"))
                    .sendKeys("行政复议数据与司法局统计不一致，请核对");
            browser.driver().findElement(By.id("reason-ok")).click();
            browser.awaitText(By.className("report-meta"), "已退回");
            browser.await(By.id("action-history")).click();
            browser.await(By.id("history-grid"));
            Thread.sleep(600);
            browser.screenshot("23-history");
        }
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("admin", "demo");
            browser.open("/admin/users");
            browser.await(By.id("user-grid"));
            Thread.sleep(500);
            browser.screenshot("24-admin-users");
            browser.open("/admin/agencies");
            browser.await(By.id("agency-tree"));
            Thread.sleep(800);
            browser.screenshot("25-admin-agencies");
        }
    }
}
