package org.disclosuredesk.report.editing;

import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportDiff;
import org.disclosuredesk.template.CellDef;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.LabelVariants;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.TableLayout;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;
import org.disclosuredesk.template.Totals;
import org.disclosuredesk.validation.Finding;
import org.disclosuredesk.validation.Validator;

import java.util.ArrayList;
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
    public PasteResult paste(String startKey, String clipboardText) {
        return paste(startKey, PastedBlock.rows(clipboardText));
    }

    /**
     * A block pasted at a cell. Labels copied in front of a row's figures are left out. The figures
     * land on the cells at the same offsets from the start cell in the table as it is printed: part 四
     * is one printed row across 行政复议 and both 行政诉讼 groups, so a copied row of 15 figures fills
     * all three groups; a block shaped like the template's rows and columns (part 四 as three rows)
     * lands that way when it does not fit the printed row. Figures landing on computed totals are not
     * taken (those that disagree are reported). A block that does not fit from the start cell — more
     * rows or columns than there are — is refused whole: nothing is pasted, nothing is dropped.
     */
    public PasteResult paste(String startKey, List<List<String>> block) {
        CellDef start = template().cellOrThrow(startKey);
        TemplateTable table = start.table();
        List<PastedBlock.Line> used = PastedBlock.lines(block);
        List<List<String>> printed = printedGrid(table);
        List<List<String>> grid = fits(printed, startKey, used) ? printed
                : fits(templateGrid(table), startKey, used) ? templateGrid(table) : null;
        if (grid == null) {
            int r0 = rowOf(printed, startKey);
            int c0 = printed.get(r0).indexOf(startKey);
            int height = used.size();
            while (height > 1 && used.get(height - 1).width() == 0) {
                height--;
            }
            int width = used.stream().mapToInt(PastedBlock.Line::width).max().orElse(0);
            return PasteResult.refused(new PasteResult.Misfit(height, width, printed.size() - r0,
                    printed.get(r0).size() - c0));
        }
        int r0 = rowOf(grid, startKey);
        int c0 = grid.get(r0).indexOf(startKey);
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, String> onTotals = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        List<PasteResult.LabelMismatch> otherRows = new ArrayList<>();
        for (int i = 0; i < used.size() && r0 + i < grid.size(); i++) {
            List<String> keys = grid.get(r0 + i);
            PastedBlock.Line line = used.get(i);
            line.labels().forEach(l -> {
                if (!labels.contains(l)) {
                    labels.add(l);
                }
            });
            if (!line.labels().isEmpty() && !line.values().isEmpty() && c0 < keys.size()) {
                Row landedOn = template().cellOrThrow(keys.get(c0)).row();
                String label = line.labels().getLast();
                // a heading, or the row's own label, is fine; another row's label means the figures may be off by a row
                if (!namesRow(landedOn, label) && table.rows().stream().anyMatch(r -> namesRow(r, label))) {
                    otherRows.add(new PasteResult.LabelMismatch(label, landedOn));
                }
            }
            for (int j = 0; j < line.values().size() && c0 + j < keys.size(); j++) {
                String key = keys.get(c0 + j);
                String text = line.values().get(j);
                if (isEnterable(key)) {
                    shown.put(key, text.strip());
                    type(key, text);
                } else if (!text.isBlank()) {
                    onTotals.put(key, text.strip());
                }
            }
        }
        List<PasteResult.TotalNotTaken> totals = new ArrayList<>();
        onTotals.forEach((key, text) -> {
            CellInput.Result pasted = CellInput.parse(text, template().cellOrThrow(key).kind());
            CellValue computed = current().cell(key);
            if (!pasted.ok() || !pasted.value().isNumber() || !computed.isNumber()
                    || pasted.value().number().compareTo(computed.number()) != 0) {
                if (pasted.ok() && pasted.value().isNotApplicable() && computed.isNotApplicable()) {
                    return;
                }
                totals.add(new PasteResult.TotalNotTaken(key, text, computed));
            }
        });
        return new PasteResult(shown, labels, otherRows, totals, null);
    }

    /** Whether a pasted label is this row's label (spaces aside, or a known variant of it). */
    private boolean namesRow(Row row, String label) {
        String l = label.replaceAll("\\s", "");
        return l.equals(row.labelZh().replaceAll("\\s", "")) || l.equalsIgnoreCase(row.labelEn().replaceAll("\\s", ""))
                || LabelVariants.of(template().edition(), row.key()).contains(l);
    }

    /** The value cells of a table as printed: one list of cell keys per printed row. */
    private static List<List<String>> printedGrid(TemplateTable table) {
        return TableLayout.of(table, true).body().stream()
                .map(r -> r.cells().stream().filter(c -> c.kind() == TableLayout.Kind.VALUE)
                        .map(TableLayout.Cell::key).toList())
                .toList();
    }

    /** The cells of a table as the template has them: one list per template row, in column order. */
    private static List<List<String>> templateGrid(TemplateTable table) {
        return table.rows().stream().map(r -> table.columns().stream().map(c -> table.cellKey(r, c)).toList()).toList();
    }

    private static int rowOf(List<List<String>> grid, String key) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.get(i).contains(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Not in the table: " + key);
    }

    /**
     * Whether every row of the block has a row, and every figure a cell, from the start cell on; empty
     * cells and rows past the edge carry nothing and do not count.
     */
    private static boolean fits(List<List<String>> grid, String startKey, List<PastedBlock.Line> lines) {
        int r0 = rowOf(grid, startKey);
        int c0 = grid.get(r0).indexOf(startKey);
        for (int i = 0; i < lines.size(); i++) {
            int width = lines.get(i).width();
            if (r0 + i >= grid.size() ? width > 0 : c0 + width > grid.get(r0 + i).size()) {
                return false;
            }
        }
        return true;
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
