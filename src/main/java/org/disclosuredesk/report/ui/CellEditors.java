package org.disclosuredesk.report.ui;

import org.disclosuredesk.ui.OfficialTables;
import com.vaadin.flow.dom.Element;
import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.i18n.Messages;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.TemplateTable;
import org.disclosuredesk.template.ValueKind;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The value cells of the editor: an {@code <input>} per enterable cell (data-table, data-r, data-c
 * give its grid position for Enter and paste), plain text for computed totals. Keeps the elements by
 * cell key so values and marks can be updated without redrawing.
 */
final class CellEditors implements OfficialTables.ValueCells {

    private final Map<String, CellValue> values;
    private final BiConsumer<String, String> onInput;
    private final Map<String, Element> cells = new LinkedHashMap<>();
    private final Map<String, Element> inputs = new LinkedHashMap<>();

    /** @param onInput called with (cell key, text) as the user types, debounced */
    CellEditors(Map<String, CellValue> values, BiConsumer<String, String> onInput) {
        this.values = values;
        this.onInput = onInput;
    }

    @Override
    public Element create(TemplateTable table, Row row, Column column, String key) {
        Element td = OfficialTables.valueTd(table, row, column, key);
        cells.put(key, td);
        if (table.isComputed(row, column)) {
            td.setText(textOf(values.getOrDefault(key, CellValue.BLANK)));
            return td;
        }
        Element input = new Element("input");
        input.setAttribute("type", "text");
        input.setAttribute("inputmode", "decimal");
        input.setAttribute("autocomplete", "off");
        input.setAttribute("data-cell", key);
        input.setAttribute("data-table", table.id());
        input.setAttribute("data-r", String.valueOf(table.rows().indexOf(row)));
        input.setAttribute("data-c", String.valueOf(table.columns().indexOf(column)));
        input.setAttribute("aria-label", row.labelZh() + " " + column.labelZh());
        if (column.kind() == ValueKind.AMOUNT_WAN_YUAN) {
            input.getClassList().add("amount");
        }
        input.setProperty("value", textOf(values.getOrDefault(key, CellValue.BLANK)));
        input.addPropertyChangeListener("value", "input", e -> {
            if (e.isUserOriginated()) {
                onInput.accept(key, String.valueOf(e.getValue() == null ? "" : e.getValue()));
            }
        }).debounce(300);
        td.appendChild(input);
        inputs.put(key, input);
        return td;
    }

    /**
     * The text shown for a value: what was typed or printed when there is one, "/" for not applicable. A number
     * stored with an empty printed text (an empty source cell read as 0 by older imports) shows its number, as
     * the report page and the exports do: never blank for a 0.
     */
    static String textOf(CellValue v) {
        if (v.isNumber() && v.raw() != null && !v.raw().isBlank()) {
            return v.raw();
        }
        return v.display();
    }

    Map<String, Element> cells() {
        return cells;
    }

    /** Shows a value the server changed (paste, recomputed total, conflict merge). */
    void show(String key, CellValue value) {
        Element input = inputs.get(key);
        if (input != null) {
            input.setProperty("value", textOf(value));
        } else if (cells.containsKey(key)) {
            cells.get(key).setText(textOf(value));
        }
    }

    void showText(String key, String text) {
        Element input = inputs.get(key);
        if (input != null) {
            input.setProperty("value", text);
        }
    }

    boolean isInput(String key) {
        return inputs.containsKey(key);
    }

    /**
     * Marks a cell whose text is not a value, or clears the mark when {@code message} is null. The
     * cell shows {@code brief} (a few words that fit in it, wrapping inside the cell, see styles.css);
     * the whole {@code message} is the input's tooltip and the cell's data-problem, and is listed in
     * the findings panel — a long message under a narrow cell would cover its neighbours and be cut.
     */
    void markInvalid(String key, String message, String brief) {
        Element td = cells.get(key);
        if (td == null) {
            return;
        }
        Element input = inputs.get(key);
        if (message == null) {
            td.getClassList().remove("invalid");
            td.removeAttribute("data-problem");
            td.removeAttribute("data-problem-short");
            if (input != null) {
                input.removeAttribute("title");
                input.removeAttribute("aria-invalid");
            }
        } else {
            td.getClassList().add("invalid");
            td.setAttribute("data-problem", message);
            td.setAttribute("data-problem-short", brief);
            if (input != null) {
                input.setAttribute("title", message);
                input.setAttribute("aria-invalid", "true");
            }
        }
    }

    /**
     * Notes under a cell whose text was taken as a value but not as typed (a unit dropped: "11次" is kept as 11),
     * or clears the note when {@code note} is null.
     */
    void markNote(String key, Message note, boolean chinese) {
        Element td = cells.get(key);
        if (td == null) {
            return;
        }
        if (note == null) {
            td.getClassList().remove("input-note");
            td.removeAttribute("data-note");
        } else {
            td.getClassList().add("input-note");
            td.setAttribute("data-note", Messages.render(note, chinese));
        }
    }
}
