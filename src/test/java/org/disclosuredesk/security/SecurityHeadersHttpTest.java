package org.disclosuredesk.security;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.spring.SpringServlet;
import org.disclosuredesk.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Security headers on the login page and on a page of the application; HSTS and Secure only behind TLS. */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    private static void assertHardened(HttpHeaders h) {
        assertThat(h.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                        "script-src 'self' 'unsafe-inline' 'unsafe-eval'"));
        assertThat(h.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(h.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(h.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(h.firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void loginPageAndApplicationPagesCarryTheHeaders() {
        HttpVisitor visitor = new HttpVisitor(port);
        HttpResponse<String> login = visitor.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertHardened(login.headers());
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure"));

        visitor.login("viewer", "demo", true);
        HttpResponse<String> page = visitor.get("/reports");
        assertThat(page.statusCode()).isEqualTo(200);
        assertHardened(page.headers());
    }

    @Test
    void theErrorPageIsReachableWithoutASessionAndSaysNothingOfTheCause() throws Exception {
        HttpResponse<String> error = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/error/5xx.html")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(error.statusCode()).as("not a redirect to the login").isEqualTo(200);
        assertThat(error.body()).contains("系统暂时无法使用").contains("temporarily unavailable")
                .doesNotContain("Exception");
        assertHardened(error.headers());
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/error/4xx.html")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.body()).contains("请求未被接受").contains("The request was refused");
    }

    @Test
    void behindATlsProxyHstsAndSecureCookiesAreSent() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "198.51.100.4").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v ->
                assertThat(v).contains("max-age=31536000"));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").contains("Secure"));
    }

    @Test
    void idleSessionsCloseAndHeartbeatsAreFiveMinutesApart() {
        new HttpVisitor(port).get("/login"); // the Vaadin servlet is initialised by its first request
        SpringServlet vaadin = servlets.stream().map(ServletRegistrationBean::getServlet)
                .filter(SpringServlet.class::isInstance).map(SpringServlet.class::cast).findFirst().orElseThrow();
        DeploymentConfiguration config = vaadin.getService().getDeploymentConfiguration();
        assertThat(config.isCloseIdleSessions()).isTrue();
        assertThat(config.getHeartbeatInterval()).isEqualTo(300);
    }
}
