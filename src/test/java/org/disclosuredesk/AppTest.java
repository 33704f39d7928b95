package org.disclosuredesk;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The application on a real MariaDB (DB_URL when set, else embedded), cleaned and migrated once per
 * test JVM and then filled with the demo data. Every Spring test uses this one configuration so that they
 * share one context; the over-HTTP tests add a web server and so a second context, which must not wipe the
 * database under the first one (hence once per JVM, not once per context).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@ActiveProfiles("test")
@Import(AppTest.CleanDatabase.class)
public @interface AppTest {

    @TestConfiguration
    class CleanDatabase {
        private static final AtomicBoolean CLEANED = new AtomicBoolean();

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                if (CLEANED.compareAndSet(false, true)) {
                    flyway.clean();
                }
                flyway.migrate();
            };
        }
    }
}
