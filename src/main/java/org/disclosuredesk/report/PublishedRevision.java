package org.disclosuredesk.report;

import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.validation.Finding;

import java.time.LocalDate;
import java.util.List;

/**
 * The revision of a report that readers see while a correction of it is under way: the report as it was
 * when it was last published.
 */
public record PublishedRevision(int revision, LocalDate publishedOn, ReportContent content, List<Finding> findings) {

    public PublishedRevision {
        findings = List.copyOf(findings);
    }
}
