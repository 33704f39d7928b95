package org.disclosuredesk.importing;

import org.disclosuredesk.importer.ImportResult;
import org.disclosuredesk.importer.PrintFindings;
import org.disclosuredesk.importer.Provenance;
import org.disclosuredesk.template.CellDef;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.validation.Finding;
import org.disclosuredesk.validation.Validator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An import under review: the figures and texts as read, the user's corrections on top, and what is
 * still unread. A cell the user has set (even to blank) no longer counts as unread: they looked at it.
 * Findings are recomputed from the current content, as the report page would show them after saving.
 */
public final class ReviewDraft {

    private final ImportResult result;
    private ReportContent content;
    private final Set<String> unresolved;
    private final Set<String> edited = new LinkedHashSet<>();
    private List<Finding> findings;
    /** What the import found about the print (misprinted labels): stays while the figures are corrected. */
    private final List<Finding> aboutPrint;

    public ReviewDraft(ImportResult result) {
        this.result = result;
        this.content = result.report();
        this.unresolved = new LinkedHashSet<>(result.unresolved());
        this.findings = result.findings();
        this.aboutPrint = result.findings().stream().filter(PrintFindings::isAboutPrint).toList();
    }

    private void revalidate() {
        List<Finding> now = new ArrayList<>(Validator.validate(content));
        now.addAll(aboutPrint);
        findings = List.copyOf(now);
    }

    public ImportResult result() {
        return result;
    }

    public ReportContent content() {
        return content;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Cells still unread: neither the importer nor the user gave them a value. */
    public Set<String> unresolved() {
        return Set.copyOf(unresolved);
    }

    public boolean isUnresolved(String key) {
        return unresolved.contains(key);
    }

    public boolean isEdited(String key) {
        return edited.contains(key);
    }

    public Optional<Provenance> provenance(String key) {
        return Optional.ofNullable(result.provenance().get(key));
    }

    /**
     * True when the cell holds a value the importer worked out rather than read as printed (placed by order,
     * split by the rules or by the running text) and the user has not set it since.
     */
    public boolean isInferred(String key) {
        Provenance p = result.provenance().get(key);
        return p != null && p.inferred() && !edited.contains(key) && !content.cell(key).isBlank();
    }

    /** Cells still holding a value worked out rather than read as printed: the ones to check first. */
    public List<String> inferred() {
        return content.template().cellKeys().stream().filter(this::isInferred).toList();
    }

    public Optional<CellDef> cell(String key) {
        return content.template().cell(key);
    }

    /** Applies what the user typed into a cell, if it is a valid value for it; else changes nothing. */
    public CellInput.Result type(String key, String typed) {
        CellDef def = content.template().cellOrThrow(key);
        CellInput.Result parsed = CellInput.parse(typed, def.kind());
        if (parsed.ok()) {
            content = content.withCell(key, parsed.value());
            unresolved.remove(key);
            edited.add(key);
            revalidate();
        }
        return parsed;
    }

    public void setNarrative(NarrativePart part, String text) {
        content = content.withNarrative(part, text == null ? "" : text);
        revalidate();
    }

    /** The report year, as detected or as the user corrected it; the edition stays the one the text follows. */
    public void setYear(int year) {
        content = new ReportContent(content.agencyName(), year, content.edition(), content.cells(),
                content.narratives(), content.publishedOn());
        revalidate();
    }
}
