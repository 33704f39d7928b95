package org.disclosuredesk.report;

import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.validation.Finding;

import java.util.List;

/**
 * A report with everything a view needs: the aggregate, where the agency sits, its content and
 * findings, and last year's report (null if none) for the cross-year rules.
 */
public record LoadedReport(AnnualReport report, String agencyPath, ReportContent content, List<Finding> findings,
                           ReportContent previous) {

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
