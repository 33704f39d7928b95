package org.disclosuredesk.report;

import org.disclosuredesk.agency.AgencyService;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Loads a report with its findings, and persists it together with its metrics row and history in
 * the caller's transaction: the aggregate save is version-checked, so a stale save fails as a whole.
 */
@Component
class ReportStore {

    private final AnnualReportRepository reports;
    private final AgencyService agencies;
    private final ReportMetricsWriter metrics;
    private final ReportHistory history;

    ReportStore(AnnualReportRepository reports, AgencyService agencies, ReportMetricsWriter metrics,
                ReportHistory history) {
        this.reports = reports;
        this.agencies = agencies;
        this.metrics = metrics;
        this.history = history;
    }

    AnnualReport get(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new ReportException("report.error.notFound", reportId));
    }

    LoadedReport load(AnnualReport report) {
        String name = agencies.get(report.getAgencyId()).getName();
        ReportContent content = report.toContent(name);
        ReportContent previous = previous(report, name);
        return new LoadedReport(report, agencies.pathLabel(report.getAgencyId()), content,
                Validator.validate(content, previous), previous);
    }

    /** The same agency's report for the year before (the cross-year rules' input), or null. */
    ReportContent previous(AnnualReport report, String agencyName) {
        return reports.findByAgencyIdAndReportYear(report.getAgencyId(), report.getReportYear() - 1)
                .map(p -> p.toContent(agencyName)).orElse(null);
    }

    LoadedReport persist(AnnualReport report, String username, String action, ReportStatus from, String reason,
                         ReportContent before) {
        report.touch(username);
        AnnualReport saved = reports.save(report);
        LoadedReport loaded = load(saved);
        metrics.write(saved, loaded.content(), loaded.findings());
        history.record(saved, username, action, from, reason, before, loaded.content());
        return loaded;
    }
}
