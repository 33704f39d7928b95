package org.disclosuredesk.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events. MANDATORY: an event is written only inside the transaction of the change it
 * records, so a change and its record commit or roll back together; a caller without a transaction
 * fails at once instead of silently auditing a change that may not happen.
 */
@Component
public class AuditLog {

    static final int MAX_TARGET = 300;
    static final int MAX_DETAIL = 2000;

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param agencyId the agency the target belongs to (a user's agency, the agency itself, a report's agency):
     *                 it decides which administrators see the event
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, AuditAction action, String target, String detail, long agencyId) {
        jdbc.update("INSERT INTO audit_event (actor, action, target, detail, agency_id) VALUES (?, ?, ?, ?, ?)",
                actor, action.name(), cut(target, MAX_TARGET), detail == null ? null : cut(detail, MAX_DETAIL),
                agencyId);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
