package org.disclosuredesk.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The fields of an account that decide what its sessions may do, read by primary key on every request. */
@Component
class AccountStates {

    private final JdbcTemplate jdbc;

    public AccountStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountState> find(long userId) {
        return jdbc.query("SELECT username, display_name, role, agency_id, enabled FROM app_user WHERE id = ?",
                (rs, n) -> new AccountState(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getLong(4), rs.getBoolean(5)), userId).stream().findFirst();
    }

    public record AccountState(String username, String displayName, Role role, long agencyId, boolean enabled) {

        /** Whether a session logged in as {@code p} still has exactly this account's rights and name. */
        boolean matches(AppUserPrincipal p) {
            return p.enabled() == enabled && p.role() == role && p.agencyId() == agencyId
                    && p.username().equals(username) && p.displayName().equals(displayName);
        }

        AppUserPrincipal applyTo(AppUserPrincipal p) {
            return new AppUserPrincipal(p.userId(), username, p.passwordHash(), displayName, role, agencyId, enabled);
        }
    }
}
