package org.disclosuredesk.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One series of a chart. A null value is drawn as a gap, never as 0; {@code notes} (same length as
 * the values, entries may be null) say why, e.g. "not in this edition's template", in tooltip and table.
 *
 * @param colors one colour per value (doughnut slices), or null to use {@code color} for all
 */
public record ChartDataset(String label, List<BigDecimal> values, String color, List<String> colors,
                           List<String> notes) {

    public ChartDataset {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        colors = colors == null ? null : List.copyOf(colors);
        notes = notes == null ? null : Collections.unmodifiableList(new ArrayList<>(notes));
    }

    public static ChartDataset of(String label, List<BigDecimal> values, String color) {
        return new ChartDataset(label, values, color, null, null);
    }

    public ChartDataset withNotes(List<String> notes) {
        return new ChartDataset(label, values, color, colors, notes);
    }

    public ChartDataset withColors(List<String> colors) {
        return new ChartDataset(label, values, color, colors, notes);
    }

    public String note(int index) {
        return notes == null || index >= notes.size() ? null : notes.get(index);
    }
}
