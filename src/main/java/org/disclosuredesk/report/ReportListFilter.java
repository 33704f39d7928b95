package org.disclosuredesk.report;

/** Filters of the report list; null means "any". */
public record ReportListFilter(String agencyText, Integer year, String edition, ReportStatus status,
                               Boolean withErrors, Long subtreeOf) {

    public static ReportListFilter none() {
        return new ReportListFilter(null, null, null, null, null, null);
    }
}
