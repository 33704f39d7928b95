package org.disclosuredesk.security;

import org.disclosuredesk.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The login over real HTTP: CSRF on the form post, the throttle, disabled accounts, sessions that end. */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void users() {
        for (String name : new String[]{"http-csrf", "http-throttle", "http-disabled", "http-live"}) {
            jdbc.update("DELETE FROM app_user WHERE username = ?", name);
            jdbc.update("INSERT INTO app_user (username, password_hash, display_name, role, agency_id, enabled) "
                            + "SELECT ?, ?, ?, 'VIEWER', MIN(id), TRUE FROM agency",
                    name, passwords.encode("correct horse"), name);
        }
    }

    @Test
    void aCrossSitePostWithoutTheTokenDoesNotSignIn() {
        HttpVisitor victim = new HttpVisitor(port);
        victim.get("/login"); // a session exists, as it would in the victim's browser
        HttpResponse<String> forged = victim.postForm("/login",
                Map.of("username", "http-csrf", "password", "correct horse"));
        // refused (CSRF: 403 with the error page), not on into the application
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("Exception").doesNotContain("trace").doesNotContain("csrf");
        assertThat(victim.loggedIn()).isFalse();

        HttpVisitor user = new HttpVisitor(port);
        HttpResponse<String> real = user.login("http-csrf", "correct horse", true);
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(HttpVisitor.location(real)).doesNotContain("/login");
        assertThat(user.loggedIn()).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        HttpVisitor guesser = new HttpVisitor(port);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = guesser.login("http-throttle", "guess " + i, true);
            assertThat(HttpVisitor.location(r)).endsWith("/login?error");
        }
        HttpVisitor owner = new HttpVisitor(port);
        HttpResponse<String> refused = owner.login("http-throttle", "correct horse", true);
        assertThat(HttpVisitor.location(refused)).endsWith("/login?locked=15");
        assertThat(owner.loggedIn()).isFalse();
    }

    @Test
    void aDisabledUserLearnsItOnlyWithTheRightPassword() {
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'http-disabled'");
        HttpVisitor visitor = new HttpVisitor(port);
        assertThat(HttpVisitor.location(visitor.login("http-disabled", "wrong", true))).endsWith("/login?error");
        assertThat(HttpVisitor.location(visitor.login("http-disabled", "correct horse", true)))
                .endsWith("/login?disabled");
        assertThat(visitor.loggedIn()).isFalse();
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() {
        HttpVisitor user = new HttpVisitor(port);
        user.login("http-live", "correct horse", true);
        assertThat(user.loggedIn()).isTrue();
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'http-live'");
        HttpResponse<String> next = user.get("/reports");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(HttpVisitor.location(next)).endsWith("/login?disabled");
        jdbc.update("UPDATE app_user SET enabled = TRUE WHERE username = 'http-live'");
        assertThat(user.loggedIn()).as("the session was invalidated, not just refused once").isFalse();
    }
}
