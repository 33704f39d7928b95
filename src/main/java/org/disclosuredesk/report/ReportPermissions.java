package org.disclosuredesk.report;

import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.security.AccessPolicy;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.security.CurrentUser;
import org.disclosuredesk.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one answer to "what may this user do to this report now": the report's status
 * ({@link ReportStatus#actions()}), the user's role and agency scope ({@link AccessPolicy}) and separation of
 * duties. The report page renders {@link #actions}; every service method that changes a report calls
 * {@link #require} with the same rules, so a button shown on a stale page is still refused.
 * <p>
 * With separation of duties (on by default, {@code app.workflow.separation-of-duties}, decision 013): whoever
 * submitted a report last may not approve or return it, and only reviewers and administrators reopen a
 * published report for correction. Without it, the original rules hold: editors (and admins) edit, submit and
 * correct, reviewers (and admins) approve, return and publish, each within their agency scope.
 */
@Service
public class ReportPermissions {

    private final AccessPolicy access;
    private final ReportHistory history;
    private volatile boolean separated;

    public ReportPermissions(AccessPolicy access, ReportHistory history,
                             @Value("${app.workflow.separation-of-duties:true}") boolean separated) {
        this.access = access;
        this.history = history;
        this.separated = separated;
    }

    /** The actions the current user may take on this report now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<ReportAction> actions(AnnualReport report) {
        AppUserPrincipal user = CurrentUser.require();
        String submitter = history.lastSubmitter(report.getId());
        Set<ReportAction> allowed = EnumSet.noneOf(ReportAction.class);
        for (ReportAction action : report.getStatus().actions()) {
            if (may(user, action, report.getAgencyId(), submitter)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * Why the current user may not edit this report, for the page that refuses it; null when they may. The
     * same rules as {@link #actions}, in the order a user would want to hear them: their role, the report's
     * status, whose report it is.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Message whyNotEditable(AnnualReport report) {
        if (actions(report).contains(ReportAction.EDIT)) {
            return null;
        }
        Role role = CurrentUser.require().role();
        if (role != Role.EDITOR && role != Role.ADMIN) {
            return Message.of("editor.notEditable.role", Message.of("role." + role.name()));
        }
        if (!report.getStatus().editable()) {
            return Message.of("editor.notEditable.status", Message.of("status." + report.getStatus().name()));
        }
        return Message.of("editor.notEditable.agency");
    }

    boolean separated() {
        return separated;
    }

    /** For tests that prove the behaviour with the setting off, without a second application context. */
    void separate(boolean on) {
        this.separated = on;
    }

    /**
     * The check every change runs. A report outside the user's subtree, or a role that may not take the
     * action: {@link AccessDeniedException} (logged). A refusal by separation of duties on a report the user
     * can see, or a status that does not allow the action: {@link ReportException} with its message key, so
     * the user learns why.
     */
    AppUserPrincipal require(ReportAction action, AnnualReport report) {
        AppUserPrincipal user = access.requireRead(report.getAgencyId());
        String refusal = refusal(user, action, history.lastSubmitter(report.getId()));
        if (refusal != null) {
            throw new ReportException(refusal);
        }
        if (byReviewer(action)) {
            access.requireReview(report.getAgencyId());
        } else {
            access.requireEdit(report.getAgencyId());
        }
        if (!report.getStatus().allows(action)) {
            Message status = Message.of("status." + report.getStatus().name());
            throw action == ReportAction.EDIT
                    ? new ReportException("report.error.notEditable", status)
                    : new ReportException("report.error.badTransition", status);
        }
        return user;
    }

    /** Whether the user may approve reports of their own agency at all (so could be waiting for another reviewer). */
    boolean approvesOwnAgency(AppUserPrincipal user) {
        return may(user, ReportAction.APPROVE, user.agencyId(), null);
    }

    /** Whether the user may take the action on a report of this agency (its status aside). */
    private boolean may(AppUserPrincipal user, ReportAction action, long agencyId, String lastSubmitter) {
        return refusal(user, action, lastSubmitter) == null
                && (byReviewer(action) ? access.mayReview(user, agencyId) : access.mayEdit(user, agencyId));
    }

    /** Why separation of duties refuses the user this action, as an i18n message key; null when it does not. */
    private String refusal(AppUserPrincipal user, ReportAction action, String lastSubmitter) {
        if (!separated) {
            return null;
        }
        if ((action == ReportAction.APPROVE || action == ReportAction.RETURN) && user.username().equals(lastSubmitter)) {
            return "report.error.ownSubmission";
        }
        if (action == ReportAction.CORRECT && user.role() != Role.REVIEWER && user.role() != Role.ADMIN) {
            return "report.error.correctionNeedsReviewer";
        }
        return null;
    }

    /** Editing and submitting are the editor's; correcting is the editor's only without separation of duties. */
    private boolean byReviewer(ReportAction action) {
        return switch (action) {
            case EDIT, SUBMIT -> false;
            case CORRECT -> separated;
            case APPROVE, RETURN, PUBLISH -> true;
        };
    }
}
