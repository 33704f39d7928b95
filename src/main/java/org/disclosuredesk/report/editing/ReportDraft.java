package org.disclosuredesk.report.editing;

import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportDiff;
import org.disclosuredesk.template.CellDef;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;
import org.disclosuredesk.template.Totals;
import org.disclosuredesk.validation.Finding;
import org.disclosuredesk.validation.Validator;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A report being edited, without any UI: the stored version it started from, the cells and texts as
 * typed, the texts that are not values (kept apart so a bad text never replaces a good value), whether
 * anything is unsaved, and the totals and findings of what is typed now. The editor view renders this
 * and forwards the user's input to it.
 */
public final class ReportDraft {

    private LoadedReport loaded;
    private final Map<String, CellValue> cells = new LinkedHashMap<>();
    private final Map<NarrativePart, String> texts = new EnumMap<>(NarrativePart.class);
    private final Map<String, CellInput.Problem> invalid = new LinkedHashMap<>();
    private List<Finding> findings = List.of();
    private boolean dirty;

    public ReportDraft(LoadedReport report) {
        loaded = report;
        cells.putAll(report.content().cells());
        texts.putAll(report.content().narratives());
        revalidate();
    }

    /** The stored version the edits apply to: its id and version are what a save must name. */
    public LoadedReport loaded() {
        return loaded;
    }

    public Template template() {
        return loaded.content().template();
    }

    /** What is typed now, as report content; texts that are not values are left out. */
    public ReportContent current() {
        ReportContent base = loaded.content();
        return new ReportContent(base.agencyName(), base.year(), base.edition(), cells, texts, base.publishedOn());
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Cells whose text is not a value, with the reason; a save is refused while there are any. */
    public Map<String, CellInput.Problem> invalidInputs() {
        return Collections.unmodifiableMap(invalid);
    }

    public boolean isDirty() {
        return dirty;
    }

    /** Whether the user types into this cell: a cell of the template that is not a computed total. */
    public boolean isEnterable(String key) {
        return template().cell(key).map(d -> !d.computed()).orElse(false);
    }

    /** A cell's text changed: read it for the cell's kind; a bad text is remembered as a problem, not taken. */
    public CellInput.Result type(String key, String text) {
        if (!isEnterable(key)) {
            throw new IllegalArgumentException("Not an enterable cell: " + key);
        }
        CellInput.Result r = CellInput.parse(text, template().cellOrThrow(key).kind());
        if (r.ok()) {
            invalid.remove(key);
            cells.put(key, r.value());
        } else {
            invalid.put(key, r.problem());
        }
        dirty = true;
        revalidate();
        return r;
    }

    /** A narrative text changed. */
    public void write(NarrativePart part, String text) {
        texts.put(part, text);
        dirty = true;
        revalidate();
    }

    /**
     * Text pasted at a cell, as Excel or WPS copy a block: rows end with a newline, cells are separated by
     * tabs. Lands like {@link #paste(String, List)}.
     */
    public Map<String, String> paste(String startKey, String clipboardText) {
        return paste(startKey, PastedBlock.rows(clipboardText));
    }

    /**
     * A block pasted at a cell: rows and columns land on the cells at the same offsets in the start
     * cell's table; computed totals and whatever runs past the table's edge are skipped.
     *
     * @return the cells that took a text, each with the text to show in it
     */
    public Map<String, String> paste(String startKey, List<List<String>> block) {
        CellDef start = template().cellOrThrow(startKey);
        TemplateTable table = start.table();
        int r0 = table.rows().indexOf(start.row());
        int c0 = table.columns().indexOf(start.column());
        Map<String, String> shown = new LinkedHashMap<>();
        for (int i = 0; i < block.size() && r0 + i < table.rows().size(); i++) {
            List<String> values = block.get(i);
            for (int j = 0; j < values.size() && c0 + j < table.columns().size(); j++) {
                String key = table.cellKey(table.rows().get(r0 + i), table.columns().get(c0 + j));
                if (isEnterable(key)) {
                    shown.put(key, values.get(j).strip());
                    type(key, values.get(j));
                }
            }
        }
        return shown;
    }

    /** The save went through: the stored totals and raw texts are now the ones to edit on. */
    public void saved(LoadedReport stored) {
        loaded = stored;
        dirty = false;
        cells.clear();
        cells.putAll(stored.content().cells());
        revalidate();
    }

    /** The user chose to leave without saving: nothing here is worth asking about any more. */
    public void discard() {
        dirty = false;
    }

    /** Someone else saved {@code latest} first: what each side changed since the version edited here. */
    public EditConflict conflictWith(LoadedReport latest) {
        ReportContent base = loaded.content();
        ReportContent mine = current();
        return new EditConflict(latest, mine, keys(ReportDiff.between(base, mine)),
                keys(ReportDiff.between(base, latest.content())));
    }

    /**
     * Goes on from the newer version with only this user's changes re-applied on top of it; theirs stay.
     * Still unsaved afterwards.
     */
    public void reapply(EditConflict conflict) {
        ReportContent merged = conflict.latest().content();
        for (String key : conflict.mine()) {
            Optional<NarrativePart> part = narrativePart(key);
            merged = part.isPresent() ? merged.withNarrative(part.get(), conflict.myContent().narrative(part.get()))
                    : merged.withCell(key, conflict.myContent().cell(key));
        }
        loaded = conflict.latest();
        cells.clear();
        cells.putAll(merged.cells());
        texts.clear();
        texts.putAll(merged.narratives());
        dirty = true;
        revalidate();
    }

    /** A cell's label, or a narrative part's heading, for a key as {@link ReportDiff} names them. */
    public String label(String key, boolean chinese) {
        return template().cell(key).map(d -> d.label(chinese))
                .orElseGet(() -> narrativePart(key).map(p -> p.heading(chinese)).orElse(key));
    }

    /** Totals and findings from what is typed now. */
    private void revalidate() {
        Totals.compute(template(), cells);
        findings = Validator.validate(current(), loaded.previous());
    }

    private static Optional<NarrativePart> narrativePart(String key) {
        return Arrays.stream(NarrativePart.values()).filter(p -> p.key().equals(key)).findFirst();
    }

    private static Set<String> keys(List<ReportDiff.Change> changes) {
        Set<String> keys = new LinkedHashSet<>();
        changes.forEach(c -> keys.add(c.key()));
        return keys;
    }
}
