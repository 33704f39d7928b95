package org.disclosuredesk.report;

import org.disclosuredesk.audit.AuditAction;
import org.disclosuredesk.audit.AuditLog;
import org.disclosuredesk.database.RetryOnTransientError;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.security.CurrentUser;
import org.disclosuredesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.Collection;

/**
 * The workflow DRAFT → SUBMITTED → APPROVED → PUBLISHED, with RETURNED (reason required) back to the
 * editor, and corrections of published reports as new revisions. Each step checks who may take it
 * ({@link ReportPermissions}: role, agency scope, separation of duties, status), the current status and the version the
 * user saw, and is recorded in the history and the audit trail.
 */
@Service
public class ReportWorkflow {

    public static final int MAX_REASON = 2000;

    private static final Map<ReportAction, AuditAction> AUDITED = Map.of(
            ReportAction.SUBMIT, AuditAction.REPORT_SUBMITTED, ReportAction.APPROVE, AuditAction.REPORT_APPROVED,
            ReportAction.RETURN, AuditAction.REPORT_RETURNED, ReportAction.PUBLISH, AuditAction.REPORT_PUBLISHED,
            ReportAction.CORRECT, AuditAction.REPORT_CORRECTION_STARTED);

    private final ReportStore store;
    private final ReportHistory history;
    private final ReportPermissions permissions;
    private final AuditLog audit;

    public ReportWorkflow(ReportStore store, ReportHistory history, ReportPermissions permissions, AuditLog audit) {
        this.store = store;
        this.history = history;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** Of these reports, the ones the current user submitted last: the review queue marks them as not theirs to approve. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> awaitingAnotherReviewer(Collection<Long> reportIds) {
        AppUserPrincipal user = CurrentUser.require();
        // only someone who approves at all waits for another reviewer (an editor just waits for review)
        if (!permissions.separated() || !permissions.approvesOwnAgency(user)) {
            return Set.of();
        }
        return history.submittedLastBy(user.username(), reportIds);
    }

    /** Editor: hand a draft in for review; refused while any error-severity finding stands. */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetryOnTransientError
    public LoadedReport submit(long reportId, long expectedVersion) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = permissions.require(ReportAction.SUBMIT, report);
        LoadedReport current = current(report, expectedVersion);
        if (current.hasErrors()) {
            throw new ReportException("report.error.submitWithErrors",
                    current.findings().stream().filter(f -> f.isError()).count());
        }
        return move(report, current, user, ReportAction.SUBMIT, null);
    }

    /** Reviewer: approve a submitted report (not one they submitted themselves, with separation of duties). */
    @PreAuthorize("hasAnyRole('" + Roles.REVIEWER + "','" + Roles.ADMIN + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetryOnTransientError
    public LoadedReport approve(long reportId, long expectedVersion) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = permissions.require(ReportAction.APPROVE, report);
        LoadedReport current = current(report, expectedVersion);
        return move(report, current, user, ReportAction.APPROVE, null);
    }

    /** Reviewer: send back to the editor with a reason the editor will see. */
    @PreAuthorize("hasAnyRole('" + Roles.REVIEWER + "','" + Roles.ADMIN + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetryOnTransientError
    public LoadedReport returnToEditor(long reportId, long expectedVersion, String reason) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = permissions.require(ReportAction.RETURN, report);
        String why = requireReason(reason);
        LoadedReport current = current(report, expectedVersion);
        report.setReturnReason(why);
        return move(report, current, user, ReportAction.RETURN, why);
    }

    @PreAuthorize("hasAnyRole('" + Roles.REVIEWER + "','" + Roles.ADMIN + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetryOnTransientError
    public LoadedReport publish(long reportId, long expectedVersion) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = permissions.require(ReportAction.PUBLISH, report);
        LoadedReport current = current(report, expectedVersion);
        if (report.getPublishedOn() == null) {
            report.setPublishedOn(LocalDate.now());
        }
        return move(report, current, user, ReportAction.PUBLISH, null);
    }

    /**
     * Reopen a published report as a new revision; the reason is kept with the history. Reviewers and admins
     * with separation of duties, editors and admins without (EDITOR stays in the annotation so that an editor
     * learns why instead of a bare refusal).
     */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.REVIEWER + "','" + Roles.ADMIN + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetryOnTransientError
    public LoadedReport startCorrection(long reportId, long expectedVersion, String reason) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = permissions.require(ReportAction.CORRECT, report);
        String why = requireReason(reason);
        LoadedReport current = current(report, expectedVersion);
        report.setRevision(report.getRevision() + 1);
        report.setReturnReason(null);
        return move(report, current, user, ReportAction.CORRECT, why);
    }

    private LoadedReport current(AnnualReport report, long expectedVersion) {
        ReportService.checkVersion(report, expectedVersion);
        return store.load(report);
    }

    private LoadedReport move(AnnualReport report, LoadedReport current, AppUserPrincipal user, ReportAction step,
                              String reason) {
        ReportStatus from = report.getStatus();
        report.setStatus(from.after(step));
        LoadedReport after = store.persist(report, user.username(), step.name(), from, reason, current.content());
        audit.record(user.username(), AUDITED.get(step),
                "reports/" + report.getReportYear() + "/" + report.getAgencyId() + " r" + report.getRevision(),
                reason, report.getAgencyId());
        return after;
    }

    private static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ReportException("report.error.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new ReportException("report.error.reasonTooLong", MAX_REASON);
        }
        return why;
    }
}
