package org.disclosuredesk.e2e;

import org.disclosuredesk.AppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (the npm package, see {@link Axe}) inside Chromium on every main view, at an office screen and on a phone:
 * no violation of the WCAG 2.1 A and AA rules. Vaadin's development tools, which the production jar does not have,
 * are left out of the check; no rule is switched off.
 */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityE2E {

    private static final List<Dimension> SIZES = List.of(new Dimension(1440, 1000), new Dimension(390, 844));

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** Runs axe on the page at both sizes; collects "view @ size: violation" lines. */
    private static void check(Browser browser, String view, By ready, List<String> found) throws InterruptedException {
        for (Dimension size : SIZES) {
            browser.driver().manage().window().setSize(size);
            browser.open(view);
            browser.await(ready);
            // charts, grids and lazy parts settle
            Thread.sleep(1500);
            for (String v : Axe.violations(browser)) {
                found.add(view + " @ " + size.width + "x" + size.height + ": " + v);
            }
        }
    }

    private static void assertNone(List<String> found) {
        assertThat(found).as("WCAG 2.1 A/AA violations (axe-core " + Axe.VERSION + ", tags " + Axe.TAGS + "):\n"
                + String.join("\n", found)).isEmpty();
    }

    @Test
    void theLoginPageHasNoViolations() throws Exception {
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser("http://localhost:" + port)) {
            check(browser, "/login", By.tagName("vaadin-login-form"), found);
        }
        assertNone(found);
    }

    @Test
    void whatAViewerReadsHasNoViolations() throws Exception {
        long liwan = jdbc.queryForObject("SELECT id FROM agency WHERE name = '广州市荔湾区政务服务数据管理局'", Long.class);
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("viewer", "demo");
            check(browser, "/dashboard", By.id("figure-REQUESTS_RECEIVED"), found);
            check(browser, "/dashboard/requests", By.id("dashboard-title"), found);
            check(browser, "/reports", By.id("report-grid"), found);
            check(browser, "/reports/2020/" + liwan, By.cssSelector("[data-cell='s4.review.total']"), found);
        }
        assertNone(found);
    }

    @Test
    void whatAnEditorWorksOnHasNoViolations() throws Exception {
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("editor", "demo");
            check(browser, "/import", By.tagName("vaadin-upload"), found);
        }
        // the editor on a draft no journey submits (the editor journey submits the editor's own draft, 荔湾's), as the
        // administrator, who may edit any draft
        Map<String, Object> draft = jdbc.queryForMap("""
                SELECT r.report_year AS y, r.agency_id AS a FROM annual_report r JOIN agency g ON g.id = r.agency_id
                WHERE r.status IN ('DRAFT', 'RETURNED') AND g.name <> '广州市荔湾区政务服务数据管理局'
                ORDER BY r.id LIMIT 1""");
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("admin", "demo");
            check(browser, "/reports/" + draft.get("y") + "/" + draft.get("a") + "/edit",
                    By.cssSelector("[data-cell='s4.review.upheld'] input"), found);
        }
        assertNone(found);
    }
}
