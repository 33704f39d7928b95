package org.disclosuredesk.audit;

/** What the audit view filters by; null or blank = any. The actor matches from its start. */
public record AuditFilter(String actor, AuditAction action) {

    public static AuditFilter none() {
        return new AuditFilter(null, null);
    }

    String actorPrefix() {
        return actor == null || actor.isBlank() ? null : actor.strip();
    }
}
