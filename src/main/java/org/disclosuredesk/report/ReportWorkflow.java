package org.disclosuredesk.report;

import org.disclosuredesk.audit.AuditAction;
import org.disclosuredesk.audit.AuditLog;
import org.disclosuredesk.database.RetryOnLockConflict;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.security.CurrentUser;
import org.disclosuredesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.Collection;

/**
 * The workflow DRAFT → SUBMITTED → APPROVED → PUBLISHED, with RETURNED (reason required) back to the
 * editor, and corrections of published reports as new revisions. Each step checks who may take it
 * ({@link ReportDuties}: role, agency scope, separation of duties), the current status and the version the
 * user saw, and is recorded in the history and the audit trail.
 */
@Service
public class ReportWorkflow {

    public static final int MAX_REASON = 2000;

    private static final Map<WorkflowStep, AuditAction> AUDITED = Map.of(
            WorkflowStep.SUBMIT, AuditAction.REPORT_SUBMITTED, WorkflowStep.APPROVE, AuditAction.REPORT_APPROVED,
            WorkflowStep.RETURN, AuditAction.REPORT_RETURNED, WorkflowStep.PUBLISH, AuditAction.REPORT_PUBLISHED,
            WorkflowStep.CORRECT, AuditAction.REPORT_CORRECTION_STARTED);

    private final ReportStore store;
    private final ReportHistory history;
    private final ReportDuties duties;
    private final AuditLog audit;

    public ReportWorkflow(ReportStore store, ReportHistory history, ReportDuties duties, AuditLog audit) {
        this.store = store;
        this.history = history;
        this.duties = duties;
        this.audit = audit;
    }

    /**
     * The steps the current user may take on this report now: what the report page offers. Each step method
     * checks the same rules again, so a button shown on a stale page is still refused.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<WorkflowStep> allowedSteps(AnnualReport report) {
        AppUserPrincipal user = CurrentUser.require();
        String submitter = history.lastSubmitter(report.getId());
        Set<WorkflowStep> steps = EnumSet.noneOf(WorkflowStep.class);
        for (WorkflowStep step : WorkflowStep.values()) {
            if (step.from().contains(report.getStatus()) && duties.may(user, step, report.getAgencyId(), submitter)) {
                steps.add(step);
            }
        }
        return steps;
    }

    /** Of these reports, the ones the current user submitted last: the review queue marks them as not theirs to approve. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> awaitingAnotherReviewer(Collection<Long> reportIds) {
        AppUserPrincipal user = CurrentUser.require();
        // only someone who approves at all waits for another reviewer (an editor just waits for review)
        if (!duties.separated() || !duties.may(user, WorkflowStep.APPROVE, user.agencyId(), null)) {
            return Set.of();
        }
        return history.submittedLastBy(user.username(), reportIds);
    }

    /** Editor: hand a draft in for review; refused while any error-severity finding stands. */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    @Transactional
    @RetryOnLockConflict
    public LoadedReport submit(long reportId, long expectedVersion) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = authorize(report, WorkflowStep.SUBMIT);
        LoadedReport current = require(report, expectedVersion, WorkflowStep.SUBMIT);
        if (current.hasErrors()) {
            throw new ReportException("report.error.submitWithErrors",
                    current.findings().stream().filter(f -> f.isError()).count());
        }
        return move(report, current, user, WorkflowStep.SUBMIT, ReportStatus.SUBMITTED, null);
    }

    /** Reviewer: approve a submitted report (not one they submitted themselves, with separation of duties). */
    @PreAuthorize("hasAnyRole('" + Roles.REVIEWER + "','" + Roles.ADMIN + "')")
    @Transactional
    @RetryOnLockConflict
    public LoadedReport approve(long reportId, long expectedVersion) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = authorize(report, WorkflowStep.APPROVE);
        LoadedReport current = require(report, expectedVersion, WorkflowStep.APPROVE);
        return move(report, current, user, WorkflowStep.APPROVE, ReportStatus.APPROVED, null);
    }

    /** Reviewer: send back to the editor with a reason the editor will see. */
    @PreAuthorize("hasAnyRole('" + Roles.REVIEWER + "','" + Roles.ADMIN + "')")
    @Transactional
    @RetryOnLockConflict
    public LoadedReport returnToEditor(long reportId, long expectedVersion, String reason) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = authorize(report, WorkflowStep.RETURN);
        String why = requireReason(reason);
        LoadedReport current = require(report, expectedVersion, WorkflowStep.RETURN);
        report.setReturnReason(why);
        return move(report, current, user, WorkflowStep.RETURN, ReportStatus.RETURNED, why);
    }

    @PreAuthorize("hasAnyRole('" + Roles.REVIEWER + "','" + Roles.ADMIN + "')")
    @Transactional
    @RetryOnLockConflict
    public LoadedReport publish(long reportId, long expectedVersion) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = authorize(report, WorkflowStep.PUBLISH);
        LoadedReport current = require(report, expectedVersion, WorkflowStep.PUBLISH);
        if (report.getPublishedOn() == null) {
            report.setPublishedOn(LocalDate.now());
        }
        return move(report, current, user, WorkflowStep.PUBLISH, ReportStatus.PUBLISHED, null);
    }

    /**
     * Reopen a published report as a new revision; the reason is kept with the history. Reviewers and admins
     * with separation of duties, editors and admins without (EDITOR stays in the annotation so that an editor
     * learns why instead of a bare refusal).
     */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.REVIEWER + "','" + Roles.ADMIN + "')")
    @Transactional
    @RetryOnLockConflict
    public LoadedReport startCorrection(long reportId, long expectedVersion, String reason) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = authorize(report, WorkflowStep.CORRECT);
        String why = requireReason(reason);
        LoadedReport current = require(report, expectedVersion, WorkflowStep.CORRECT);
        report.setRevision(report.getRevision() + 1);
        report.setReturnReason(null);
        return move(report, current, user, WorkflowStep.CORRECT, ReportStatus.DRAFT, why);
    }

    private AppUserPrincipal authorize(AnnualReport report, WorkflowStep step) {
        return duties.require(step, report.getAgencyId(), history.lastSubmitter(report.getId()));
    }

    private LoadedReport require(AnnualReport report, long expectedVersion, WorkflowStep step) {
        ReportService.checkVersion(report, expectedVersion);
        if (!step.from().contains(report.getStatus())) {
            throw new ReportException("report.error.badTransition", report.getStatus());
        }
        return store.load(report);
    }

    private LoadedReport move(AnnualReport report, LoadedReport current, AppUserPrincipal user, WorkflowStep step,
                              ReportStatus to, String reason) {
        ReportStatus from = report.getStatus();
        report.setStatus(to);
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
