package org.disclosuredesk.report;

import org.disclosuredesk.database.RetryOnLockConflict;
import org.disclosuredesk.security.AccessPolicy;
import org.disclosuredesk.security.AppUserPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Set;

/**
 * The workflow DRAFT → SUBMITTED → APPROVED → PUBLISHED, with RETURNED (reason required) back to the
 * editor, and corrections of published reports as new revisions. Each step checks role, agency scope,
 * the current status and the version the user saw, and is recorded in the history.
 */
@Service
public class ReportWorkflow {

    public static final int MAX_REASON = 2000;

    private final AccessPolicy access;
    private final ReportStore store;

    public ReportWorkflow(AccessPolicy access, ReportStore store) {
        this.access = access;
        this.store = store;
    }

    /** Editor: hand a draft in for review; refused while any error-severity finding stands. */
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    @Transactional
    @RetryOnLockConflict
    public LoadedReport submit(long reportId, long expectedVersion) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = access.requireEdit(report.getAgencyId());
        LoadedReport current = require(report, expectedVersion, Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED));
        if (current.hasErrors()) {
            throw new ReportException("report.error.submitWithErrors",
                    current.findings().stream().filter(f -> f.isError()).count());
        }
        return move(report, current, user, "SUBMIT", ReportStatus.SUBMITTED, null);
    }

    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    @Transactional
    @RetryOnLockConflict
    public LoadedReport approve(long reportId, long expectedVersion) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = access.requireReview(report.getAgencyId());
        LoadedReport current = require(report, expectedVersion, Set.of(ReportStatus.SUBMITTED));
        return move(report, current, user, "APPROVE", ReportStatus.APPROVED, null);
    }

    /** Reviewer: send back to the editor with a reason the editor will see. */
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    @Transactional
    @RetryOnLockConflict
    public LoadedReport returnToEditor(long reportId, long expectedVersion, String reason) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = access.requireReview(report.getAgencyId());
        String why = requireReason(reason);
        LoadedReport current = require(report, expectedVersion, Set.of(ReportStatus.SUBMITTED, ReportStatus.APPROVED));
        report.setReturnReason(why);
        return move(report, current, user, "RETURN", ReportStatus.RETURNED, why);
    }

    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    @Transactional
    @RetryOnLockConflict
    public LoadedReport publish(long reportId, long expectedVersion) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = access.requireReview(report.getAgencyId());
        LoadedReport current = require(report, expectedVersion, Set.of(ReportStatus.APPROVED));
        if (report.getPublishedOn() == null) {
            report.setPublishedOn(LocalDate.now());
        }
        return move(report, current, user, "PUBLISH", ReportStatus.PUBLISHED, null);
    }

    /** Editor: reopen a published report as a new revision; the reason is kept with the history. */
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    @Transactional
    @RetryOnLockConflict
    public LoadedReport startCorrection(long reportId, long expectedVersion, String reason) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = access.requireEdit(report.getAgencyId());
        String why = requireReason(reason);
        LoadedReport current = require(report, expectedVersion, Set.of(ReportStatus.PUBLISHED));
        report.setRevision(report.getRevision() + 1);
        report.setReturnReason(null);
        return move(report, current, user, "CORRECT", ReportStatus.DRAFT, why);
    }

    private LoadedReport require(AnnualReport report, long expectedVersion, Set<ReportStatus> allowed) {
        ReportService.checkVersion(report, expectedVersion);
        if (!allowed.contains(report.getStatus())) {
            throw new ReportException("report.error.badTransition", report.getStatus());
        }
        return store.load(report);
    }

    private LoadedReport move(AnnualReport report, LoadedReport current, AppUserPrincipal user, String action,
                              ReportStatus to, String reason) {
        ReportStatus from = report.getStatus();
        report.setStatus(to);
        return store.persist(report, user.username(), action, from, reason, current.content());
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
