package org.disclosuredesk.demo;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.agency.FirstAdministrator;
import org.disclosuredesk.security.AppUser;
import org.disclosuredesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Demo data and its published password only where someone asked for them: the embedded default of the run command,
 * or DEMO_DATA=true. An external database (production) never gets them by default, and a production start that
 * still has a demo password refuses to run.
 */
class DemoOnlyWhereAskedTest extends SpringTestBase {

    private static final String EXTERNAL = "jdbc:mariadb://db.internal:3306/disclosure_desk";

    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TransactionTemplate tx;

    private static MockEnvironment env(String demoData, String datasourceUrl) {
        MockEnvironment env = new MockEnvironment();
        if (demoData != null) {
            env.setProperty(DemoMode.PROPERTY, demoData);
        }
        if (datasourceUrl != null) {
            env.setProperty("spring.datasource.url", datasourceUrl);
        }
        return env;
    }

    @Test
    void autoMeansTheEmbeddedDefaultOnly() {
        assertThat(DemoMode.isOn(env(null, null))).isTrue();
        assertThat(DemoMode.isOn(env("auto", ""))).isTrue();
        assertThat(DemoMode.isOn(env(null, EXTERNAL))).as("external database, nothing said").isFalse();
        assertThat(DemoMode.isOn(env("auto", EXTERNAL))).isFalse();
        assertThat(DemoMode.isOn(env("true", EXTERNAL))).as("asked for on purpose").isTrue();
        assertThat(DemoMode.isOn(env("false", null))).isFalse();
        assertThat(DemoMode.isOn(env("yes please", null))).as("anything unclear is no").isFalse();
    }

    @Test
    void aProductionStartWithTheDemoPasswordRefusesToRun() {
        // this test context holds the demo users with the password "demo"
        DemoPasswordGuard production = new DemoPasswordGuard(users, passwords, env(null, EXTERNAL));
        assertThatThrownBy(() -> production.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start").hasMessageContaining("admin");
        DemoPasswordGuard demo = new DemoPasswordGuard(users, passwords, env("true", EXTERNAL));
        demo.run(new DefaultApplicationArguments()); // says so loudly in the log, and runs
        // other tests may reset a demo user's password; the administrator keeps "demo"
        assertThat(demo.accountsWithTheDemoPassword()).contains("admin").isSubsetOf(DemoDataLoader.DEMO_USERS);
    }

    @Test
    void anEmptyProductionDatabaseGetsItsFirstAdministratorFromTheEnvironmentOnly() {
        long before = users.count();
        tx.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM app_user");
            new FirstAdministrator(users, null, passwords, tx, "").run(new DefaultApplicationArguments());
            assertThat(users.count()).as("no password given: no account").isZero();
            assertThatThrownBy(() -> new FirstAdministrator(users, null, passwords, tx, "short")
                    .run(new DefaultApplicationArguments())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("at least 12");
            new FirstAdministrator(users, agencies, passwords, tx, "a long enough secret").run(new DefaultApplicationArguments());
            AppUser admin = users.findByUsername("admin").orElseThrow();
            assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            assertThat(admin.getAgencyId()).isEqualTo(agencies.children(null).getFirst().getId());
            assertThat(passwords.matches("a long enough secret", admin.getPasswordHash())).isTrue();
            assertThat(passwords.matches(DemoDataLoader.DEMO_PASSWORD, admin.getPasswordHash())).isFalse();
            assertThat(users.count()).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(users.count()).as("all rolled back").isEqualTo(before);
    }
}
