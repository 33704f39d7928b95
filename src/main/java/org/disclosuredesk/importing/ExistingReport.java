package org.disclosuredesk.importing;

import org.disclosuredesk.report.ReportStatus;

import java.time.Instant;

/** The report already stored for the agency and year an import is about to go into. */
public record ExistingReport(ReportStatus status, Instant updatedAt, String updatedBy) {

    /** Only a draft (or a returned report) may be replaced by an import, and only after the user confirmed. */
    public boolean replaceable() {
        return status.editable();
    }
}
