package org.disclosuredesk.report;

import org.disclosuredesk.agency.AgencyService;
import org.disclosuredesk.security.AccessPolicy;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.security.CurrentUser;
import org.disclosuredesk.template.CellDef;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.validation.Finding;
import org.disclosuredesk.validation.Validator;
import org.disclosuredesk.validation.ValueProblems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading and saving annual reports. Every method checks role and agency scope on the server;
 * saves run in one transaction with the metrics row, so a failed save leaves everything as it was.
 */
@Service
public class ReportService {

    private final AnnualReportRepository reports;
    private final AgencyService agencies;
    private final AccessPolicy access;
    private final ReportMetricsWriter metrics;
    private final ReportListQuery listQuery;

    public ReportService(AnnualReportRepository reports, AgencyService agencies, AccessPolicy access,
                         ReportMetricsWriter metrics, ReportListQuery listQuery) {
        this.reports = reports;
        this.agencies = agencies;
        this.access = access;
        this.metrics = metrics;
        this.listQuery = listQuery;
    }

    /** A report with everything a view needs to show it. */
    public record LoadedReport(AnnualReport report, String agencyPath, ReportContent content,
                               List<Finding> findings) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LoadedReport> find(long agencyId, int year) {
        access.requireRead(agencyId);
        return reports.findByAgencyIdAndReportYear(agencyId, year).map(this::load);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LoadedReport> findById(long reportId) {
        Optional<AnnualReport> report = reports.findById(reportId);
        report.ifPresent(r -> access.requireRead(r.getAgencyId()));
        return report.map(this::load);
    }

    @PreAuthorize("isAuthenticated()")
    public List<ReportListRow> list(ReportListFilter filter, String sort, boolean ascending, int offset, int limit) {
        AppUserPrincipal user = CurrentUser.require();
        return listQuery.page(user.agencyId(), filter, sort, ascending, offset, limit);
    }

    @PreAuthorize("isAuthenticated()")
    public int count(ReportListFilter filter) {
        return listQuery.count(CurrentUser.require().agencyId(), filter);
    }

    /**
     * Saves new figures and texts of an editable report. Refuses values that break R0.1 (naming the
     * row and column) and a stale version ({@link org.springframework.dao.OptimisticLockingFailureException}).
     */
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    @Transactional
    public LoadedReport saveContent(long reportId, long expectedVersion, ReportContent content) {
        AnnualReport report = reports.findById(reportId)
                .orElseThrow(() -> new ReportException("report.error.notFound", reportId));
        AppUserPrincipal user = access.requireEdit(report.getAgencyId());
        if (!report.getStatus().editable()) {
            throw new ReportException("report.error.notEditable", report.getStatus());
        }
        if (report.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Report " + reportId + " was saved by someone else (version " + report.getVersion() + ")");
        }
        if (content.year() != report.getReportYear()) {
            throw new ReportException("report.error.yearChanged", report.getReportYear());
        }
        rejectBadInput(content);
        report.applyContent(content);
        report.touch(user.username());
        return persist(report);
    }

    /** Saves the aggregate (version-checked) and its metrics row in the caller's transaction. */
    private LoadedReport persist(AnnualReport report) {
        AnnualReport saved = reports.save(report);
        LoadedReport loaded = load(saved);
        metrics.write(saved, loaded.content(), loaded.findings());
        return loaded;
    }

    /** Bad input never reaches storage: a value that is not a valid figure for its cell is refused. */
    static void rejectBadInput(ReportContent content) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (CellDef def : content.template().cells().values()) {
            CellValue v = content.cell(def.key());
            if (v.isNumber()) {
                String problem = ValueProblems.problem(def.kind(), v.number());
                if (problem != null) {
                    zh.add(def.label(true) + "：" + v.display() + " " + ValueProblems.zh(problem));
                    en.add(def.label(false) + ": " + v.display() + " " + ValueProblems.en(problem));
                }
            }
        }
        for (NarrativePart p : NarrativePart.values()) {
            if (content.narrative(p).length() > NarrativePart.MAX_LENGTH) {
                zh.add(p.heading(true) + "：超过 " + NarrativePart.MAX_LENGTH + " 字");
                en.add(p.heading(false) + ": longer than " + NarrativePart.MAX_LENGTH + " characters");
            }
        }
        if (!zh.isEmpty()) {
            throw new ReportException("report.error.badInput", String.join("；", zh), String.join("; ", en));
        }
    }

    LoadedReport load(AnnualReport report) {
        String path = agencies.pathLabel(report.getAgencyId());
        String name = agencies.get(report.getAgencyId()).getName();
        ReportContent content = report.toContent(name);
        ReportContent previous = reports.findByAgencyIdAndReportYear(report.getAgencyId(), report.getReportYear() - 1)
                .map(p -> p.toContent(name)).orElse(null);
        return new LoadedReport(report, path, content, Validator.validate(content, previous));
    }
}
