package org.disclosuredesk.opendata;

import org.disclosuredesk.metrics.ReportScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class ApiTokenStore {

    private static final RowMapper<ApiToken> TOKEN = (rs, i) -> new ApiToken(rs.getLong("id"), rs.getString("name"),
            rs.getLong("agency_id"), rs.getString("agency_name"), ReportScope.valueOf(rs.getString("report_scope")),
            rs.getString("created_by"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
            instant(rs.getTimestamp("revoked_at")));

    private final JdbcTemplate jdbc;

    ApiTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String hash, long agencyId, ReportScope scope, String createdBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("INSERT INTO api_token (name, token_hash, agency_id, report_scope,"
                    + " created_by) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, name);
            ps.setString(2, hash);
            ps.setLong(3, agencyId);
            ps.setString(4, scope.name());
            ps.setString(5, createdBy);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** The tokens of agencies in the subtree, newest first. */
    List<ApiToken> inSubtree(long agencyId) {
        return jdbc.query("""
                SELECT t.*, a.name AS agency_name FROM api_token t JOIN agency a ON a.id = t.agency_id
                JOIN agency_closure c ON c.descendant_id = t.agency_id AND c.ancestor_id = ?
                ORDER BY t.id DESC""", TOKEN, agencyId);
    }

    Optional<ApiToken> find(long id) {
        return jdbc.query("SELECT t.*, a.name AS agency_name FROM api_token t JOIN agency a ON a.id = t.agency_id"
                + " WHERE t.id = ?", TOKEN, id).stream().findFirst();
    }

    Optional<ApiToken> findActive(String hash) {
        return jdbc.query("SELECT t.*, a.name AS agency_name FROM api_token t JOIN agency a ON a.id = t.agency_id"
                + " WHERE t.token_hash = ? AND t.revoked_at IS NULL", TOKEN, hash).stream().findFirst();
    }

    void revoke(long id) {
        jdbc.update("UPDATE api_token SET revoked_at = CURRENT_TIMESTAMP WHERE id = ? AND revoked_at IS NULL", id);
    }

    void touch(long id) {
        jdbc.update("UPDATE api_token SET last_used_at = CURRENT_TIMESTAMP WHERE id = ?", id);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
