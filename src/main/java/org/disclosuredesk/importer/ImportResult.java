package org.disclosuredesk.importer;

import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.validation.Finding;

import java.util.List;
import java.util.Map;

/**
 * What an import produced. Cells that could not be read for sure are blank in {@link #report()} and
 * listed in {@link #unresolved()}; the source's own arithmetic errors are kept and appear in
 * {@link #findings()}.
 *
 * @param provenance where each read cell came from in {@link #sourceText()}, by cell key
 * @param sourceText the text extracted from the file, which provenance offsets point into
 */
public record ImportResult(ReportContent report, List<String> unresolved, Map<String, Provenance> provenance,
                           List<Finding> findings, String sourceText, SourceFormat format, List<ImportNote> notes) {

    public ImportResult {
        unresolved = List.copyOf(unresolved);
        provenance = Map.copyOf(provenance);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }
}
