package org.disclosuredesk.database;

import com.zaxxer.hikari.HikariDataSource;
import org.disclosuredesk.SpringTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * scripts/backup.sh and scripts/restore.sh against this test's real MariaDB: a backup restored into an empty
 * database holds every table exactly as before (reports, their cells and history, users, agencies, the read model,
 * the migration history), so the application started on it shows the same; a restore never overwrites a database
 * that holds data unless told to.
 */
class BackupRestoreTest extends SpringTestBase {

    @Autowired
    DataSource dataSource;

    private String restored;

    private HikariDataSource unwrap() {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int run(String script, String url, String... args) throws Exception {
        HikariDataSource ds = unwrap();
        List<String> command = new ArrayList<>(List.of("bash", "scripts/" + script));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DB_URL", url);
        pb.environment().put("DB_USER", ds.getUsername());
        pb.environment().put("DB_PASSWORD", ds.getPassword() == null ? "" : ds.getPassword());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.println(script + ": " + out.strip());
        return p.exitValue();
    }

    /**
     * Row count and a hash of every row's values, column by column: what the table holds, whatever its physical
     * layout (CHECKSUM TABLE differs between a table altered in place and the same table created afresh).
     */
    private Map<String, Object> contentOf(String schema, String table) {
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position", String.class, schema, table);
        String row = "CONCAT_WS('#', " + String.join(", ", columns.stream()
                .map(c -> "IFNULL(CAST(`" + c + "` AS CHAR), '-null-')").toList()) + ")";
        return jdbc.queryForMap("SELECT COUNT(*) AS n, COALESCE(SUM(CRC32(" + row + ")), 0) AS sum_crc,"
                + " COALESCE(BIT_XOR(CRC32(" + row + ")), 0) AS xor_crc FROM `" + schema + "`.`" + table + "`");
    }

    @AfterEach
    void dropRestored() {
        if (restored != null) {
            jdbc.execute("DROP DATABASE IF EXISTS `" + restored + "`");
        }
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEverythingAsBefore() throws Exception {
        assumeTrue(new File("/usr/bin/mariadb-dump").canExecute() || new File("/usr/bin/mysqldump").canExecute(),
                "the MariaDB client tools (Debian's mariadb-client) are not installed");
        HikariDataSource ds = unwrap();
        String source = jdbc.queryForObject("SELECT DATABASE()", String.class);
        restored = source + "_restored";
        String base = ds.getJdbcUrl().substring(0, ds.getJdbcUrl().indexOf('/', "jdbc:mariadb://".length()) + 1);
        Path file = Files.createTempFile("dd-backup", ".sql.gz");
        try {
            assertThat(run("backup.sh", ds.getJdbcUrl(), file.toString())).isZero();
            assertThat(Files.size(file)).isGreaterThan(10_000);
            jdbc.execute("DROP DATABASE IF EXISTS `" + restored + "`");
            assertThat(run("restore.sh", base + restored, file.toString())).isZero();

            List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY 1", String.class, source);
            assertThat(tables).contains("annual_report", "report_cell", "report_save", "app_user", "agency",
                    "report_metrics", "metrics_rollup", "flyway_schema_history");
            for (String t : tables) {
                assertThat(contentOf(restored, t)).as(t).isEqualTo(contentOf(source, t));
            }
            // the checksums compare rows, not just counts; the counts show there was something to compare
            for (String t : List.of("annual_report", "report_cell", "app_user", "agency", "metrics_rollup")) {
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM `" + restored + "`.`" + t + "`", Integer.class))
                        .as(t).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM `" + t + "`", Integer.class))
                        .isPositive();
            }

            // a second restore into the now full database is refused and leaves it as it is
            jdbc.execute("INSERT INTO `" + restored + "`.audit_event (actor, action, target, agency_id)"
                    + " SELECT 'marker', 'USER_CREATED', 'restore-test', MIN(id) FROM `" + restored + "`.agency");
            assertThat(run("restore.sh", base + restored, file.toString())).isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM `" + restored + "`.audit_event WHERE actor = 'marker'",
                    Integer.class)).isEqualTo(1);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
