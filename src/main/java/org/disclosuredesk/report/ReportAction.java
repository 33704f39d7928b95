package org.disclosuredesk.report;

/**
 * What a user may do to a report: change its figures and texts, or take a workflow step. Which actions a
 * status allows, and where each step leads, is {@link ReportStatus}'s to say; who may take them is
 * {@link ReportPermissions}'.
 */
public enum ReportAction {
    EDIT, SUBMIT, APPROVE, RETURN, PUBLISH, CORRECT;

    /** Whether this action moves the report to another status (every action but editing). */
    public boolean isStep() {
        return this != EDIT;
    }
}
