package org.disclosuredesk.report;

/** Workflow: DRAFT → SUBMITTED → APPROVED → PUBLISHED, and RETURNED (with a reason) back to the editor. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED;

    /** Editors may change the figures and texts only in these states. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
