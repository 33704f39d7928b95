package org.disclosuredesk.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a template table is printed in the official form: header rows and body rows of cells with
 * their row and column spans. Parts 二 and 三 run down the page (section, group and row labels, then
 * the values); part 四 runs across (groups side by side, one row of figures). Views and exporters
 * render this one layout, so the official form is laid out in one place.
 */
public record TableLayout(TemplateTable table, List<LayoutRow> head, List<LayoutRow> body) {

    public enum Kind { HEADER, SECTION, GROUP, ROW_LABEL, VALUE }

    /** One printed cell; a VALUE cell names its template row, column and cell key, the others carry text. */
    public record Cell(Kind kind, String text, int colspan, int rowspan, Row row, Column column, String key) {

        static Cell label(Kind kind, String text, int colspan, int rowspan) {
            return new Cell(kind, text == null ? "" : text, colspan, rowspan, null, null, null);
        }
    }

    /** One printed row; {@code total} marks a row that is a sum of others (（七）总计). */
    public record LayoutRow(List<Cell> cells, boolean total) {
    }

    public static TableLayout of(TemplateTable table, boolean chinese) {
        // part 四 is printed across the page in both editions
        return "s4".equals(table.part()) ? across(table, chinese) : down(table, chinese);
    }

    private static TableLayout down(TemplateTable table, boolean chinese) {
        int labelDepth = table.rows().stream().anyMatch(r -> r.groupZh() != null) ? 3
                : table.rows().stream().anyMatch(r -> r.sectionZh() != null) ? 2 : 1;
        boolean grouped = table.columns().stream().anyMatch(c -> c.groupZh() != null);
        List<Cell> h1 = new ArrayList<>();
        List<Cell> h2 = new ArrayList<>();
        h1.add(Cell.label(Kind.HEADER, table.header(chinese), labelDepth, grouped ? 2 : 1));
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.groupZh() == null) {
                h1.add(Cell.label(Kind.HEADER, c.label(chinese), 1, grouped ? 2 : 1));
            } else {
                if (i == 0 || !Objects.equals(columns.get(i - 1).groupZh(), c.groupZh())) {
                    int span = (int) columns.stream().skip(i).takeWhile(x -> c.groupZh().equals(x.groupZh())).count();
                    h1.add(Cell.label(Kind.HEADER, chinese ? c.groupZh() : c.groupEn(), span, 1));
                }
                h2.add(Cell.label(Kind.HEADER, c.label(chinese), 1, 1));
            }
        }
        List<LayoutRow> head = new ArrayList<>();
        head.add(new LayoutRow(h1, false));
        if (grouped) {
            head.add(new LayoutRow(h2, false));
        }
        List<LayoutRow> body = new ArrayList<>();
        List<Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<Cell> cells = new ArrayList<>();
            int used = 0;
            if (labelDepth >= 2 && row.sectionZh() != null) {
                if (startsRun(rows, i, Row::sectionZh)) {
                    cells.add(Cell.label(Kind.SECTION, row.section(chinese), 1, runLength(rows, i, Row::sectionZh)));
                }
                used = 1;
            }
            if (labelDepth == 3 && row.groupZh() != null) {
                if (startsRun(rows, i, Row::groupZh)) {
                    cells.add(Cell.label(Kind.GROUP, row.group(chinese), 1, runLength(rows, i, Row::groupZh)));
                }
                used = 2;
            }
            cells.add(Cell.label(Kind.ROW_LABEL, row.label(chinese), labelDepth - used, 1));
            for (Column c : columns) {
                cells.add(value(table, row, c));
            }
            body.add(new LayoutRow(cells, row.computed()));
        }
        return new TableLayout(table, head, body);
    }

    private static TableLayout across(TemplateTable table, boolean chinese) {
        List<Cell> h1 = new ArrayList<>();
        List<Cell> h2 = new ArrayList<>();
        List<Cell> h3 = new ArrayList<>();
        List<Row> rows = table.rows();
        int cols = table.columns().size();
        for (int i = 0; i < rows.size(); i++) {
            Row g = rows.get(i);
            if (g.sectionZh() == null) {
                h1.add(Cell.label(Kind.HEADER, g.label(chinese), cols, 1));
                table.columns().forEach(c -> h2.add(Cell.label(Kind.HEADER, c.label(chinese), 1, 2)));
            } else {
                if (startsRun(rows, i, Row::sectionZh)) {
                    h1.add(Cell.label(Kind.HEADER, g.section(chinese), cols * runLength(rows, i, Row::sectionZh), 1));
                }
                h2.add(Cell.label(Kind.HEADER, g.label(chinese), cols, 1));
                table.columns().forEach(c -> h3.add(Cell.label(Kind.HEADER, c.label(chinese), 1, 1)));
            }
        }
        List<Cell> values = new ArrayList<>();
        for (Row g : rows) {
            for (Column c : table.columns()) {
                values.add(value(table, g, c));
            }
        }
        return new TableLayout(table, List.of(new LayoutRow(h1, false), new LayoutRow(h2, false),
                new LayoutRow(h3, false)), List.of(new LayoutRow(values, false)));
    }

    private static Cell value(TemplateTable table, Row row, Column column) {
        return new Cell(Kind.VALUE, null, 1, 1, row, column, table.cellKey(row, column));
    }

    private static boolean startsRun(List<Row> rows, int i, Function<Row, String> key) {
        return i == 0 || !Objects.equals(key.apply(rows.get(i - 1)), key.apply(rows.get(i)));
    }

    private static int runLength(List<Row> rows, int from, Function<Row, String> key) {
        String value = key.apply(rows.get(from));
        int n = 0;
        for (int i = from; i < rows.size() && Objects.equals(key.apply(rows.get(i)), value); i++) {
            n++;
        }
        return n;
    }
}
