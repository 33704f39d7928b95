package org.disclosuredesk.report;

import java.util.Set;

/** The steps of the report workflow, each with the states it starts from. */
public enum WorkflowStep {
    SUBMIT(ReportStatus.DRAFT, ReportStatus.RETURNED),
    APPROVE(ReportStatus.SUBMITTED),
    RETURN(ReportStatus.SUBMITTED, ReportStatus.APPROVED),
    PUBLISH(ReportStatus.APPROVED),
    CORRECT(ReportStatus.PUBLISHED);

    private final Set<ReportStatus> from;

    WorkflowStep(ReportStatus... from) {
        this.from = Set.of(from);
    }

    public Set<ReportStatus> from() {
        return from;
    }
}
