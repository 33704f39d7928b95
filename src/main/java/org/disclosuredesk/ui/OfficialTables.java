package org.disclosuredesk.ui;

import com.vaadin.flow.dom.Element;
import org.disclosuredesk.i18n.Messages;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.TableLayout;
import org.disclosuredesk.template.TemplateTable;
import org.disclosuredesk.validation.Finding;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * Renders a template table read-only in the layout of the official form, generated from the
 * template model (headings with row and column spans). Cells carry {@code data-cell} with their key
 * so findings and drill-down can point at them; text is set as text, never as HTML.
 */
public final class OfficialTables {

    /** Makes the {@code <td>} of one value cell: read-only text here, an input in the editor. */
    @FunctionalInterface
    public interface ValueCells {
        Element create(TemplateTable table, Row row, Column column, String key);
    }

    private final boolean chinese;
    private final ValueCells valueCells;

    public OfficialTables(boolean chinese, ValueCells valueCells) {
        this.chinese = chinese;
        this.valueCells = valueCells;
    }

    /** Cells showing the stored values, marked with the findings about them. */
    public static ValueCells readOnly(ReportContent content, Map<String, CellProblems> problems,
                               Function<CellValue, String> blankOrNa) {
        return (table, row, column, key) -> {
            CellValue v = content.cell(key);
            Element td = valueTd(table, row, column, key);
            if (v.isNumber()) {
                String text = v.display();
                td.setText(text);
                if (v.raw() != null && !v.raw().equals(text)) {
                    td.setAttribute("title", v.raw());
                }
            } else {
                td.getClassList().add(v.isBlank() ? "blank" : "not-applicable");
                td.setText(blankOrNa.apply(v));
            }
            mark(td, problems.get(key));
            return td;
        };
    }

    /** A value {@code <td>} with its cell key, classed as computed where the template says so. */
    public static Element valueTd(TemplateTable table, Row row, Column column, String key) {
        Element td = new Element("td");
        td.setAttribute("data-cell", key);
        td.getClassList().add("value");
        if (table.isComputed(row, column)) {
            td.getClassList().add("computed");
        }
        return td;
    }

    /** Marks a cell with what the findings say about it (or clears the marks). */
    public static void mark(Element td, CellProblems found) {
        td.getClassList().removeAll(List.of("has-error", "has-warning", "involved"));
        if (found == null) {
            td.removeAttribute("title");
            return;
        }
        td.getClassList().add(!found.focus() ? "involved" : found.error() ? "has-error" : "has-warning");
        td.setAttribute("title", String.join("\n", found.messages()));
    }

    /** Groups findings by cell: their messages, and whether the cell is what a finding is about. */
    public static Map<String, CellProblems> problemsOf(List<Finding> findings, boolean chinese) {
        Map<String, CellProblems> problems = new HashMap<>();
        for (Finding f : findings) {
            for (String cell : f.cells()) {
                CellProblems before = problems.get(cell);
                List<String> messages = new ArrayList<>(before == null ? List.of() : before.messages());
                messages.add(f.ruleId() + " " + Messages.render(f.message(), chinese));
                boolean focus = f.focus().contains(cell);
                problems.put(cell, new CellProblems(messages,
                        (focus && f.isError()) || (before != null && before.error()),
                        focus || (before != null && before.focus())));
            }
        }
        return problems;
    }

    /** What the findings say about one cell: their messages, and whether any of them is an error. */
    public record CellProblems(List<String> messages, boolean error, boolean focus) {
    }

    public Element render(TemplateTable table) {
        TableLayout layout = TableLayout.of(table, chinese);
        Element t = new Element("table");
        t.getClassList().add("official-table");
        t.setAttribute("data-table", table.id());
        Element head = new Element("thead");
        layout.head().forEach(r -> head.appendChild(row(table, r)));
        Element body = new Element("tbody");
        layout.body().forEach(r -> body.appendChild(row(table, r)));
        t.appendChild(head);
        t.appendChild(body);
        return t;
    }

    private Element row(TemplateTable table, TableLayout.LayoutRow layoutRow) {
        Element tr = new Element("tr");
        if (layoutRow.total()) {
            tr.getClassList().add("total-row");
        }
        for (TableLayout.Cell cell : layoutRow.cells()) {
            if (cell.kind() == TableLayout.Kind.VALUE) {
                tr.appendChild(valueCells.create(table, cell.row(), cell.column(), cell.key()));
                continue;
            }
            Element th = th(cell.text());
            switch (cell.kind()) {
                case SECTION -> th.getClassList().add("section-label");
                case GROUP -> th.getClassList().add("group-label");
                case ROW_LABEL -> th.getClassList().add("row-label");
                default -> { }
            }
            if (cell.colspan() > 1) {
                th.setAttribute("colspan", String.valueOf(cell.colspan()));
            }
            if (cell.rowspan() > 1) {
                th.setAttribute("rowspan", String.valueOf(cell.rowspan()));
            }
            tr.appendChild(th);
        }
        return tr;
    }

    private static Element th(String text) {
        Element th = new Element("th");
        th.setText(text);
        return th;
    }
}
