package org.disclosuredesk.report;

/** One line of the report list (a read-side record, not the aggregate). */
public record ReportListRow(long reportId, long agencyId, String agencyName, int year, String edition,
                            ReportStatus status, int errorCount, int warningCount) {
}
