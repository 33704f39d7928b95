package org.disclosuredesk.audit;

/** What an audit event records. Stored by name: never rename a constant, add new ones. */
public enum AuditAction {
    USER_CREATED, USER_DISABLED, USER_ENABLED, ROLE_CHANGED, AGENCY_CHANGED, PASSWORD_RESET,
    AGENCY_ADDED, AGENCY_RENAMED,
    REPORT_SUBMITTED, REPORT_APPROVED, REPORT_RETURNED, REPORT_PUBLISHED, REPORT_CORRECTION_STARTED,
    API_TOKEN_ISSUED, API_TOKEN_REVOKED
}
