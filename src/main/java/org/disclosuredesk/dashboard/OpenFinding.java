package org.disclosuredesk.dashboard;

import org.disclosuredesk.report.ReportStatus;

/**
 * A counted report of a subtree with findings still in it: rule errors (its sums do not hold) or warnings. For a
 * published report under correction it is the published revision, as the figures count it.
 */
public record OpenFinding(long reportId, String agencyName, int year, ReportStatus status, int errors, int warnings) {
}
