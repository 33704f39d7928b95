package org.disclosuredesk.report;

import org.disclosuredesk.metrics.ReportScope;

/**
 * Filters of the report list; null means "any". {@code scope} keeps the reports a dashboard figure counts (a
 * drill-down): for a report under correction that is its published revision, so it stays in the list.
 */
public record ReportListFilter(String agencyText, Integer year, String edition, ReportStatus status,
                               Boolean withErrors, Long subtreeOf, ReportScope scope) {

    public ReportListFilter(String agencyText, Integer year, String edition, ReportStatus status, Boolean withErrors,
                            Long subtreeOf) {
        this(agencyText, year, edition, status, withErrors, subtreeOf, null);
    }

    public static ReportListFilter none() {
        return new ReportListFilter(null, null, null, null, null, null, null);
    }
}
