package org.disclosuredesk.report;

import org.disclosuredesk.agency.AgencyService;
import org.disclosuredesk.database.RetryOnTransientError;
import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.security.AccessPolicy;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.security.CurrentUser;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.template.CellDef;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.CellKeys;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.ReportYears;
import org.disclosuredesk.template.TemplateTable;
import org.disclosuredesk.template.Totals;
import org.disclosuredesk.validation.Validator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading, creating and saving annual reports. Every method checks role and agency scope on the
 * server; writes run in one transaction with the metrics row and the history, so a failed save
 * leaves everything as it was.
 */
@Service
public class ReportService {

    private final AnnualReportRepository reports;
    private final AccessPolicy access;
    private final ReportListQuery listQuery;
    private final ReportStore store;
    private final ReportHistory history;
    private final ReportPermissions permissions;
    private final AgencyService agencies;

    public ReportService(AnnualReportRepository reports, AccessPolicy access, ReportListQuery listQuery,
                         ReportStore store, ReportHistory history, ReportPermissions permissions,
                         AgencyService agencies) {
        this.agencies = agencies;
        this.permissions = permissions;
        this.reports = reports;
        this.access = access;
        this.listQuery = listQuery;
        this.store = store;
        this.history = history;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LoadedReport> find(long agencyId, int year) {
        access.requireRead(agencyId);
        return reports.findByAgencyIdAndReportYear(agencyId, year).map(store::load);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LoadedReport> findById(long reportId) {
        Optional<AnnualReport> report = reports.findById(reportId);
        report.ifPresent(r -> access.requireRead(r.getAgencyId()));
        return report.map(store::load);
    }

    /**
     * While a published report is being corrected (a later revision not yet published): the revision readers
     * keep seeing. Empty when the report stands published, or was never published.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PublishedRevision> publishedWhileCorrecting(long reportId) {
        AnnualReport report = store.get(reportId);
        access.requireRead(report.getAgencyId());
        if (report.getStatus() == ReportStatus.PUBLISHED) {
            return Optional.empty();
        }
        return history.lastPublished(reportId).map(p -> new PublishedRevision(p.revision(), report.getPublishedOn(),
                p.content(), Validator.validate(p.content(), store.previous(report, p.content().agencyName()))));
    }

    @PreAuthorize("isAuthenticated()")
    public List<ReportListRow> list(ReportListFilter filter, String sort, boolean ascending, int offset, int limit) {
        return listQuery.page(CurrentUser.require().agencyId(), filter, sort, ascending, offset, limit);
    }

    @PreAuthorize("isAuthenticated()")
    public int count(ReportListFilter filter) {
        return listQuery.count(CurrentUser.require().agencyId(), filter);
    }

    /**
     * Saves new figures and texts of an editable report. Refuses values that break R0.1 (naming the
     * row and column) and a stale version ({@link OptimisticLockingFailureException}).
     */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetryOnTransientError
    public LoadedReport saveContent(long reportId, long expectedVersion, ReportContent content) {
        AnnualReport report = store.get(reportId);
        AppUserPrincipal user = permissions.require(ReportAction.EDIT, report);
        checkVersion(report, expectedVersion);
        if (content.year() != report.getReportYear() || content.edition() != report.getEdition()) {
            throw new ReportException("report.error.yearChanged", report.getReportYear());
        }
        rejectBadInput(content);
        ReportContent before = store.load(report).content();
        report.applyContent(withTotals(content));
        return store.persist(report, user.username(), "SAVE", report.getStatus(), null, before);
    }

    /**
     * A new draft for the agency and year: the edition the year prescribes, and 上年结转 taken from
     * last year's 结转下年度继续办理 when that report exists.
     */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetryOnTransientError
    public LoadedReport create(long agencyId, int year) {
        AppUserPrincipal user = access.requireEdit(agencyId);
        if (!ReportYears.isPossible(year)) {
            throw new ReportException("report.error.badYear", year);
        }
        if (reports.findByAgencyIdAndReportYear(agencyId, year).isPresent()) {
            throw new ReportException("report.error.exists", year);
        }
        agencies.reportsAtLeastFrom(agencyId, year);
        AnnualReport draft = AnnualReport.newDraft(agencyId, year);
        Map<String, CellValue> cells = new LinkedHashMap<>();
        reports.findByAgencyIdAndReportYear(agencyId, year - 1).ifPresent(previous -> {
            ReportContent last = previous.toContent(null);
            TemplateTable s3 = draft.toContent(null).template().table("s3");
            for (Column c : s3.columns()) {
                CellValue forward = last.cell(CellKeys.of("s3", "carried_forward", c.key()));
                if (forward.isNumber()) {
                    cells.put(CellKeys.of("s3", "carried_over", c.key()), CellValue.of(forward.number()));
                }
            }
        });
        ReportContent empty = draft.toContent(null);
        draft.applyContent(withTotals(new ReportContent(null, year, empty.edition(), cells, Map.of(), null)));
        return store.persist(draft, user.username(), "CREATE", null, null, null);
    }

    /**
     * Stores imported figures as the draft of the agency and year. An existing draft is replaced only
     * when {@code replaceVersion} is its current version (the user confirmed replacing what they saw);
     * {@code report.error.importStale} if it changed since. A submitted, approved or published report is
     * never replaced.
     */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetryOnTransientError
    public LoadedReport importDraft(long agencyId, ReportContent content, Long replaceVersion) {
        AppUserPrincipal user = access.requireEdit(agencyId);
        rejectBadInput(content);
        Optional<AnnualReport> existing = reports.findByAgencyIdAndReportYear(agencyId, content.year());
        if (existing.isPresent()) {
            AnnualReport report = existing.get();
            if (!report.getStatus().editable()) {
                throw new ReportException("report.error.importLocked", content.year(),
                        Message.of("status." + report.getStatus().name()));
            }
            if (replaceVersion == null) {
                throw new ReportException("report.error.exists", content.year());
            }
            if (!replaceVersion.equals(report.getVersion())) {
                throw new ReportException("report.error.importStale");
            }
            ReportContent before = store.load(report).content();
            report.applyContent(content);
            return store.persist(report, user.username(), "IMPORT", report.getStatus(), null, before);
        }
        agencies.reportsAtLeastFrom(agencyId, content.year());
        AnnualReport draft = AnnualReport.newDraft(agencyId, content.year());
        draft.applyContent(content);
        return store.persist(draft, user.username(), "IMPORT", null, null, null);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportHistory.Save> history(long reportId) {
        access.requireRead(store.get(reportId).getAgencyId());
        return history.saves(reportId);
    }

    /** The differences between the report after one save and after another (older first). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportDiff.Change> compare(long reportId, long olderSaveId, long newerSaveId) {
        access.requireRead(store.get(reportId).getAgencyId());
        return ReportDiff.between(history.snapshot(reportId, olderSaveId), history.snapshot(reportId, newerSaveId));
    }

    static void checkVersion(AnnualReport report, long expectedVersion) {
        if (report.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException(
                    "Report " + report.getId() + " was saved by someone else (version " + report.getVersion() + ")");
        }
    }

    private static ReportContent withTotals(ReportContent content) {
        Map<String, CellValue> cells = new LinkedHashMap<>(content.cells());
        Totals.compute(content.template(), cells);
        return new ReportContent(content.agencyName(), content.year(), content.edition(), cells,
                content.narratives(), content.publishedOn());
    }

    /** Bad input never reaches storage: a value that is not a valid figure for its cell is refused. */
    static void rejectBadInput(ReportContent content) {
        List<Message> problems = new ArrayList<>();
        for (CellDef def : content.template().cells().values()) {
            CellValue v = content.cell(def.key());
            if (v.isNumber()) {
                CellInput.Problem problem = CellInput.problemOf(def.kind(), v);
                if (problem != null) {
                    problems.add(Validator.cellProblem(content.edition(), def.key(), v, problem));
                }
            }
        }
        for (NarrativePart p : NarrativePart.values()) {
            if (content.narrative(p).length() > NarrativePart.MAX_LENGTH) {
                problems.add(Message.of("report.error.narrativeTooLong", p, String.valueOf(NarrativePart.MAX_LENGTH)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReportException("report.error.badInput", Message.Joined.clauses(problems));
        }
    }
}
