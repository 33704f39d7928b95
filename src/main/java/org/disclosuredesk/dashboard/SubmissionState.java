package org.disclosuredesk.dashboard;

import org.disclosuredesk.report.ReportStatus;

import java.time.LocalDate;

/**
 * Where an agency stands with its report for a year, against the legal deadline (Art. 49: published
 * by 31 January of the following year).
 */
public enum SubmissionState {
    /** No report started. */
    MISSING,
    /** Draft, or returned by the reviewer. */
    NOT_SUBMITTED,
    /** Submitted or approved, not yet published. */
    IN_REVIEW,
    PUBLISHED_ON_TIME,
    PUBLISHED_LATE;

    public static LocalDate deadline(int reportYear) {
        return LocalDate.of(reportYear + 1, 1, 31);
    }

    public static SubmissionState of(ReportStatus status, LocalDate publishedOn, int reportYear) {
        if (status == null) {
            return MISSING;
        }
        return switch (status) {
            case DRAFT, RETURNED -> NOT_SUBMITTED;
            case SUBMITTED, APPROVED -> IN_REVIEW;
            case PUBLISHED -> publishedOn != null && publishedOn.isAfter(deadline(reportYear))
                    ? PUBLISHED_LATE : PUBLISHED_ON_TIME;
        };
    }

    /** Not published although the deadline has passed. */
    public boolean overdue(int reportYear, LocalDate today) {
        return (this == MISSING || this == NOT_SUBMITTED || this == IN_REVIEW) && today.isAfter(deadline(reportYear));
    }
}
