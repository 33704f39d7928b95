package org.disclosuredesk.dashboard;

import org.disclosuredesk.report.ReportStatus;

import java.time.LocalDate;

/**
 * One agency of the submission tracker: its report for the year (if any) and where it stands.
 *
 * @param correcting a published report reopened for correction: it stays published for the tracker
 */
public record TrackerRow(long agencyId, String agencyName, String parentName, int year, ReportStatus status,
                         LocalDate publishedOn, Integer errorCount, boolean correcting) {

    public SubmissionState state() {
        return SubmissionState.of(correcting ? ReportStatus.PUBLISHED : status, publishedOn, year);
    }

    public boolean overdue(LocalDate today) {
        return state().overdue(year, today);
    }
}
