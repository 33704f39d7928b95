package org.disclosuredesk.importing;

import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The agencies a user may put an imported draft into: an editor their own agency, an admin every agency
 * of their subtree (which may be all of China, so the list is filtered and paged in SQL). The same rule
 * as {@code AccessPolicy.requireEdit}, which the save checks again.
 */
@Component
class EditableAgencies {

    private static final String SUBTREE = """
            FROM agency a JOIN agency_closure c ON c.descendant_id = a.id
            WHERE c.ancestor_id = ? AND a.name LIKE ?""";

    private final JdbcTemplate jdbc;

    EditableAgencies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AgencyOption> find(AppUserPrincipal user, String filter, int offset, int limit) {
        if (user.role() == Role.EDITOR) {
            List<AgencyOption> own = List.of(own(user));
            return matches(own.getFirst(), filter) && offset == 0 ? own : List.of();
        }
        if (user.role() != Role.ADMIN) {
            return List.of();
        }
        return jdbc.query("SELECT a.id, a.name " + SUBTREE + " ORDER BY c.distance, a.sort_order, a.name LIMIT ? OFFSET ?",
                (rs, i) -> new AgencyOption(rs.getLong(1), rs.getString(2)), user.agencyId(), like(filter), limit,
                offset);
    }

    int count(AppUserPrincipal user, String filter) {
        if (user.role() == Role.EDITOR) {
            return matches(own(user), filter) ? 1 : 0;
        }
        if (user.role() != Role.ADMIN) {
            return 0;
        }
        Integer n = jdbc.queryForObject("SELECT COUNT(*) " + SUBTREE, Integer.class, user.agencyId(), like(filter));
        return n == null ? 0 : n;
    }

    AgencyOption own(AppUserPrincipal user) {
        return jdbc.queryForObject("SELECT id, name FROM agency WHERE id = ?",
                (rs, i) -> new AgencyOption(rs.getLong(1), rs.getString(2)), user.agencyId());
    }

    /** The editable agency whose name is exactly this one, if there is exactly one. */
    Optional<AgencyOption> named(AppUserPrincipal user, String name) {
        if (user.role() == Role.EDITOR) {
            AgencyOption own = own(user);
            return own.name().equals(name) ? Optional.of(own) : Optional.empty();
        }
        if (user.role() != Role.ADMIN) {
            return Optional.empty();
        }
        List<AgencyOption> found = jdbc.query("SELECT a.id, a.name FROM agency a JOIN agency_closure c "
                        + "ON c.descendant_id = a.id WHERE c.ancestor_id = ? AND a.name = ? LIMIT 2",
                (rs, i) -> new AgencyOption(rs.getLong(1), rs.getString(2)), user.agencyId(), name);
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    private static boolean matches(AgencyOption option, String filter) {
        return filter == null || filter.isBlank() || option.name().contains(filter.strip());
    }

    private static String like(String filter) {
        String f = filter == null ? "" : filter.strip();
        return "%" + f.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
