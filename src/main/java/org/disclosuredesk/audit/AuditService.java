package org.disclosuredesk.audit;

import org.disclosuredesk.security.CurrentUser;
import org.disclosuredesk.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading the audit trail, for administrators only, newest first and a page at a time. An administrator
 * sees the events whose agency lies in their subtree; the root administrator's subtree is everything.
 */
@Service
public class AuditService {

    private static final RowMapper<AuditEvent> ROW = (rs, i) -> new AuditEvent(rs.getLong(1),
            rs.getTimestamp(2).toInstant(), rs.getString(3), AuditAction.valueOf(rs.getString(4)), rs.getString(5),
            rs.getString(6));

    private final JdbcTemplate jdbc;

    public AuditService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT e.id, e.at, e.actor, e.action, e.target, e.detail FROM audit_event e" + where
                + " ORDER BY e.id DESC LIMIT ? OFFSET ?", ROW, args.toArray());
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public int count(AuditFilter filter) {
        List<Object> args = new ArrayList<>();
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event e" + where(filter, args), Integer.class,
                args.toArray());
        return n == null ? 0 : n;
    }

    private static String where(AuditFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder(" JOIN agency_closure c ON c.descendant_id = e.agency_id"
                + " WHERE c.ancestor_id = ?");
        args.add(CurrentUser.require().agencyId());
        if (filter.actorPrefix() != null) {
            sql.append(" AND e.actor LIKE ?");
            args.add(filter.actorPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.action() != null) {
            sql.append(" AND e.action = ?");
            args.add(filter.action().name());
        }
        return sql.toString();
    }
}
