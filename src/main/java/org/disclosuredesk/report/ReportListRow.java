package org.disclosuredesk.report;

/**
 * One line of the report list (a read-side record, not the aggregate).
 *
 * @param quality the quality score 0–100 ({@link QualityScore}), null before the report is scored
 */
public record ReportListRow(long reportId, long agencyId, String agencyName, int year, String edition,
                            ReportStatus status, int errorCount, int warningCount, Integer quality) {
}
