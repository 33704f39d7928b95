package org.disclosuredesk.audit;

import java.time.Instant;

/** One audit record as the audit view shows it. */
public record AuditEvent(long id, Instant at, String actor, AuditAction action, String target, String detail) {
}
