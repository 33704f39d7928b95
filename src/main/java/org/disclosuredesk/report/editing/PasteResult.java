package org.disclosuredesk.report.editing;

import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Row;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a block pasted from a spreadsheet did, so nothing happens without the user being told: the
 * cells it filled, the labels copied with the figures and left out, figures that landed on computed
 * totals and disagree with them — or, when the block does not fit from the cell it was pasted at,
 * why nothing was pasted.
 *
 * @param shown          the cells that took a text, each with the text to show in it
 * @param skippedLabels  labels copied in front of the figures (row, group or section headings), not pasted
 * @param otherRows      labels naming another row of the table than the one the figures landed on
 * @param totalsNotTaken figures that landed on a computed total and differ from what it adds up to
 * @param misfit         why nothing was pasted, or null when the block was pasted
 */
public record PasteResult(Map<String, String> shown, List<String> skippedLabels, List<LabelMismatch> otherRows,
                          List<TotalNotTaken> totalsNotTaken, Misfit misfit) {

    public PasteResult {
        shown = Collections.unmodifiableMap(new LinkedHashMap<>(shown));
        skippedLabels = List.copyOf(skippedLabels);
        otherRows = List.copyOf(otherRows);
        totalsNotTaken = List.copyOf(totalsNotTaken);
    }

    static PasteResult refused(Misfit misfit) {
        return new PasteResult(Map.of(), List.of(), List.of(), List.of(), misfit);
    }

    /** True when the block did not fit and nothing was pasted. */
    public boolean refused() {
        return misfit != null;
    }

    /** The block is {@code rows} × {@code columns}; from the start cell there is room for {@code roomRows} × {@code roomColumns}. */
    public record Misfit(int rows, int columns, int roomRows, int roomColumns) {
    }

    /** A pasted row labelled {@code pasted} (the label of another row) whose figures landed on {@code landedOn}. */
    public record LabelMismatch(String pasted, Row landedOn) {
    }

    /** The figure {@code pasted} landed on the computed total {@code key}, which adds up to {@code computed}. */
    public record TotalNotTaken(String key, String pasted, CellValue computed) {
    }
}
