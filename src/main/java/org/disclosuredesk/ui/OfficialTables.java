package org.disclosuredesk.ui;

import com.vaadin.flow.dom.Element;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.TemplateTable;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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
    public static Map<String, CellProblems> problemsOf(List<org.disclosuredesk.validation.Finding> findings, boolean chinese) {
        Map<String, CellProblems> problems = new java.util.HashMap<>();
        for (org.disclosuredesk.validation.Finding f : findings) {
            for (String cell : f.cells()) {
                CellProblems before = problems.get(cell);
                List<String> messages = new java.util.ArrayList<>(before == null ? List.of() : before.messages());
                messages.add(f.ruleId() + " " + f.message(chinese));
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
        Element t = new Element("table");
        t.getClassList().add("official-table");
        t.setAttribute("data-table", table.id());
        if ("s4".equals(table.part())) {
            renderAcross(t, table);
        } else {
            renderDown(t, table);
        }
        return t;
    }

    /** Rows down the page (parts 二 and 三): label columns for section, group and row, then values. */
    private void renderDown(Element t, TemplateTable table) {
        int labelDepth = table.rows().stream().anyMatch(r -> r.groupZh() != null) ? 3
                : table.rows().stream().anyMatch(r -> r.sectionZh() != null) ? 2 : 1;
        boolean grouped = table.columns().stream().anyMatch(c -> c.groupZh() != null);
        Element head = new Element("thead");
        Element h1 = new Element("tr");
        Element corner = th(table.header(chinese) == null ? "" : table.header(chinese));
        corner.setAttribute("colspan", String.valueOf(labelDepth));
        if (grouped) {
            corner.setAttribute("rowspan", "2");
        }
        h1.appendChild(corner);
        Element h2 = new Element("tr");
        String openGroup = null;
        Element groupCell = null;
        for (Column c : table.columns()) {
            if (c.groupZh() == null) {
                Element cell = th(c.label(chinese));
                if (grouped) {
                    cell.setAttribute("rowspan", "2");
                }
                h1.appendChild(cell);
                openGroup = null;
            } else if (c.groupZh().equals(openGroup)) {
                groupCell.setAttribute("colspan", String.valueOf(Integer.parseInt(groupCell.getAttribute("colspan")) + 1));
                h2.appendChild(th(c.label(chinese)));
            } else {
                openGroup = c.groupZh();
                groupCell = th(chinese ? c.groupZh() : c.groupEn());
                groupCell.setAttribute("colspan", "1");
                h1.appendChild(groupCell);
                h2.appendChild(th(c.label(chinese)));
            }
        }
        head.appendChild(h1);
        if (grouped) {
            head.appendChild(h2);
        }
        t.appendChild(head);
        Element body = new Element("tbody");
        List<Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Element tr = new Element("tr");
            if (row.computed()) {
                tr.getClassList().add("total-row");
            }
            int used = 0;
            if (labelDepth >= 2 && row.sectionZh() != null) {
                if (i == 0 || !Objects.equals(rows.get(i - 1).sectionZh(), row.sectionZh())) {
                    Element s = th(row.section(chinese));
                    s.setAttribute("rowspan", String.valueOf(runLength(rows, i, Row::sectionZh)));
                    s.getClassList().add("section-label");
                    tr.appendChild(s);
                }
                used = 1;
            }
            if (labelDepth == 3 && row.groupZh() != null) {
                if (i == 0 || !Objects.equals(rows.get(i - 1).groupZh(), row.groupZh())) {
                    Element g = th(row.group(chinese));
                    g.setAttribute("rowspan", String.valueOf(runLength(rows, i, Row::groupZh)));
                    g.getClassList().add("group-label");
                    tr.appendChild(g);
                }
                used = 2;
            }
            Element label = th(row.label(chinese));
            label.getClassList().add("row-label");
            label.setAttribute("colspan", String.valueOf(labelDepth - used));
            tr.appendChild(label);
            for (Column c : table.columns()) {
                tr.appendChild(valueCells.create(table, row, c, table.cellKey(row, c)));
            }
            body.appendChild(tr);
        }
        t.appendChild(body);
    }

    /** Part 四 is printed across: groups side by side, one row of figures. */
    private void renderAcross(Element t, TemplateTable table) {
        Element head = new Element("thead");
        Element h1 = new Element("tr");
        Element h2 = new Element("tr");
        Element h3 = new Element("tr");
        List<Row> rows = table.rows();
        int cols = table.columns().size();
        for (int i = 0; i < rows.size(); i++) {
            Row g = rows.get(i);
            if (g.sectionZh() == null) {
                Element cell = th(g.label(chinese));
                cell.setAttribute("colspan", String.valueOf(cols));
                h1.appendChild(cell);
                for (Column c : table.columns()) {
                    Element col = th(c.label(chinese));
                    col.setAttribute("rowspan", "2");
                    h2.appendChild(col);
                }
            } else {
                if (i == 0 || !Objects.equals(rows.get(i - 1).sectionZh(), g.sectionZh())) {
                    Element section = th(g.section(chinese));
                    section.setAttribute("colspan", String.valueOf(cols * runLength(rows, i, Row::sectionZh)));
                    h1.appendChild(section);
                }
                Element cell = th(g.label(chinese));
                cell.setAttribute("colspan", String.valueOf(cols));
                h2.appendChild(cell);
                for (Column c : table.columns()) {
                    h3.appendChild(th(c.label(chinese)));
                }
            }
        }
        head.appendChild(h1);
        head.appendChild(h2);
        head.appendChild(h3);
        t.appendChild(head);
        Element body = new Element("tbody");
        Element tr = new Element("tr");
        for (Row g : rows) {
            for (Column c : table.columns()) {
                tr.appendChild(valueCells.create(table, g, c, table.cellKey(g, c)));
            }
        }
        body.appendChild(tr);
        t.appendChild(body);
    }

    private static int runLength(List<Row> rows, int from, Function<Row, String> key) {
        String value = key.apply(rows.get(from));
        int n = 0;
        for (int i = from; i < rows.size() && Objects.equals(key.apply(rows.get(i)), value); i++) {
            n++;
        }
        return n;
    }

    private static Element th(String text) {
        Element th = new Element("th");
        th.setText(text);
        return th;
    }
}
