package org.disclosuredesk.importing;

import org.disclosuredesk.report.ReportStatus;

import java.time.Instant;

/**
 * The report already stored for the agency and year an import is about to go into.
 *
 * @param version the version the user is shown; replacing it carries this back, so a save in between is noticed
 */
public record ExistingReport(ReportStatus status, Instant updatedAt, String updatedBy, long version) {

    /** Only a draft (or a returned report) may be replaced by an import, and only after the user confirmed. */
    public boolean replaceable() {
        return status.editable();
    }
}
