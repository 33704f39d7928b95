package org.disclosuredesk.database;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded MariaDB of the run command is closed: loopback only, passwords checked, the password file private. */
class EmbeddedMariaDbTest {

    private static Path dir;
    private static EmbeddedMariaDb db;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("embedded-db-test");
        db = EmbeddedMariaDb.start(dir.resolve("mariadb"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theApplicationAccountSignsInWithItsGeneratedPassword() throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT @@bind_address, CURRENT_USER()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            assertThat(rs.getString(2)).isEqualTo("disclosure_desk@127.0.0.1");
        }
        assertThat(db.password()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void aWrongPasswordAndRootWithoutPasswordAreRefused() {
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.username(), "wrong").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "root", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "nobody", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    @Test
    void theServerIsNotReachableOnANonLoopbackAddress() throws Exception {
        List<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> !isLoopback(nic))
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
        // Where the machine has other addresses, none of them accepts a connection on the database port.
        for (InetAddress address : external) {
            assertThatThrownBy(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(address, db.port()), 2000);
                }
            }).as("database port on %s", address).isInstanceOf(java.io.IOException.class);
        }
        // And loopback does (so the refusals above are about the address, not a dead server).
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(Inet4Address.getByName("127.0.0.1"), db.port()), 2000);
            assertThat(s.isConnected()).isTrue();
        }
    }

    @Test
    void thePasswordIsKeptBesideTheDataReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("mariadb.credentials");
        assertThat(Files.readString(file).strip()).isEqualTo(db.password());
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    private static boolean isLoopback(NetworkInterface nic) {
        try {
            return nic.isLoopback() || !nic.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }
}
