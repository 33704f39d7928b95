package org.disclosuredesk.report;

import java.util.EnumSet;
import java.util.Set;

import static org.disclosuredesk.report.ReportAction.APPROVE;
import static org.disclosuredesk.report.ReportAction.CORRECT;
import static org.disclosuredesk.report.ReportAction.EDIT;
import static org.disclosuredesk.report.ReportAction.PUBLISH;
import static org.disclosuredesk.report.ReportAction.RETURN;
import static org.disclosuredesk.report.ReportAction.SUBMIT;

/**
 * Workflow: DRAFT → SUBMITTED → APPROVED → PUBLISHED, and RETURNED (with a reason) back to the editor; a
 * published report reopens as a new revision's DRAFT. The transitions live here and nowhere else.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED;

    /** The actions this status allows, whoever the user. */
    public Set<ReportAction> actions() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(EDIT, SUBMIT);
            case SUBMITTED -> EnumSet.of(APPROVE, RETURN);
            case APPROVED -> EnumSet.of(RETURN, PUBLISH);
            case PUBLISHED -> EnumSet.of(CORRECT);
        };
    }

    public boolean allows(ReportAction action) {
        return actions().contains(action);
    }

    /** The status after taking the action from this one; {@code IllegalStateException} if it does not allow it. */
    public ReportStatus after(ReportAction action) {
        if (!allows(action)) {
            throw new IllegalStateException(action + " is not allowed from " + this);
        }
        return switch (action) {
            case EDIT -> this;
            case SUBMIT -> SUBMITTED;
            case APPROVE -> APPROVED;
            case RETURN -> RETURNED;
            case PUBLISH -> PUBLISHED;
            case CORRECT -> DRAFT;
        };
    }

    /** Editors may change the figures and texts only in these states. */
    public boolean editable() {
        return allows(EDIT);
    }
}
