package org.disclosuredesk.e2e;

import org.disclosuredesk.AppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real login form under the Content-Security-Policy in headless Chromium: it posts its CSRF token, the
 * application loads without a single policy violation, and a violation would indeed be noticed.
 */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginSecurityE2E {

    @LocalServerPort
    int port;

    @Test
    void theLoginFormWorksUnderThePolicyAndViolationsAreCaught() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/login");
            browser.await(By.cssSelector("input[name='username']")).sendKeys("viewer");
            browser.driver().findElement(By.cssSelector("input[name='password']")).sendKeys("not the password");
            browser.driver().findElement(By.tagName("vaadin-login-form"))
                    .findElement(By.cssSelector("vaadin-button[slot='submit'], button[type='submit']")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("error"));
            browser.login("viewer", "demo"); // the form's post carries the CSRF token, or this would not get in
            browser.await(By.id("current-user"));
            assertThat(browser.takePolicyErrors()).isEmpty();

            // control: a request to another origin is refused by the policy and shows up as a violation
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "const i = new Image(); i.src = 'http://192.0.2.1/pixel.png'; document.body.append(i);");
            Thread.sleep(1000);
            assertThat(browser.takePolicyErrors()).anySatisfy(v -> assertThat(v).contains("img-src"));
        }
    }
}
