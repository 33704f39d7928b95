package org.disclosuredesk.report;

import org.disclosuredesk.security.AccessPolicy;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may take which workflow step: the one place for it. {@link ReportWorkflow} enforces it on every
 * step and offers the report page exactly the steps it allows.
 * <p>
 * With separation of duties (on by default, {@code app.workflow.separation-of-duties}, decision 013): whoever
 * submitted a report last may not approve or return it, and only reviewers and administrators reopen a
 * published report for correction. Without it, the original rules hold: editors (and admins) submit and
 * correct, reviewers (and admins) approve, return and publish, each within their agency scope.
 */
@Component
public class ReportDuties {

    private final AccessPolicy access;
    private volatile boolean separated;

    public ReportDuties(AccessPolicy access,
                        @Value("${app.workflow.separation-of-duties:true}") boolean separated) {
        this.access = access;
        this.separated = separated;
    }

    public boolean separated() {
        return separated;
    }

    /** For tests that prove the behaviour with the setting off, without a second application context. */
    void separate(boolean on) {
        this.separated = on;
    }

    /**
     * Why separation of duties refuses the user this step, as an i18n message key; null when it does not.
     *
     * @param lastSubmitter who submitted the report last (null: never submitted)
     */
    String refusal(AppUserPrincipal user, WorkflowStep step, String lastSubmitter) {
        if (!separated) {
            return null;
        }
        if ((step == WorkflowStep.APPROVE || step == WorkflowStep.RETURN) && user.username().equals(lastSubmitter)) {
            return "report.error.ownSubmission";
        }
        if (step == WorkflowStep.CORRECT && user.role() != Role.REVIEWER && user.role() != Role.ADMIN) {
            return "report.error.correctionNeedsReviewer";
        }
        return null;
    }

    /** Whether the user may take the step on a report of this agency (its status aside). */
    boolean may(AppUserPrincipal user, WorkflowStep step, long agencyId, String lastSubmitter) {
        return refusal(user, step, lastSubmitter) == null
                && (byReviewer(step) ? access.mayReview(user, agencyId) : access.mayEdit(user, agencyId));
    }

    /**
     * The check every step runs. A report outside the user's subtree, or a role that may not take the step:
     * {@link AccessDeniedException} (logged). A refusal by separation of duties
     * on a report the user can see: {@link ReportException} with its message key, so the user learns why.
     */
    AppUserPrincipal require(WorkflowStep step, long agencyId, String lastSubmitter) {
        AppUserPrincipal user = access.requireRead(agencyId);
        String refusal = refusal(user, step, lastSubmitter);
        if (refusal != null) {
            throw new ReportException(refusal);
        }
        return byReviewer(step) ? access.requireReview(agencyId) : access.requireEdit(agencyId);
    }

    /** Submitting is the editor's; correcting is the editor's only without separation of duties. */
    private boolean byReviewer(WorkflowStep step) {
        return step != WorkflowStep.SUBMIT && (step != WorkflowStep.CORRECT || separated);
    }
}
