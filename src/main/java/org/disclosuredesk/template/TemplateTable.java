package org.disclosuredesk.template;

import java.util.ArrayList;
import java.util.List;

/**
 * One official table (or block of part 二). Cells are addressed as {@code <part>.<row>.<column>},
 * e.g. {@code s3.granted.natural_person}; row keys are unique within a part.
 *
 * @param id        stable id of the table, e.g. {@code s2.art20_1}
 * @param part      the part prefix of its cell keys: s2, s3 or s4
 * @param titleZh   verbatim title (e.g. 第二十条第（一）项), may be null for a part's only table
 * @param headerZh  the header of the label column (e.g. 信息内容)
 * @param noteZh    a verbatim note printed in the header, or null
 */
public record TemplateTable(String id, String part, String titleZh, String titleEn, String headerZh,
                            String headerEn, String noteZh, List<Row> rows, List<Column> columns) {

    public TemplateTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    public String cellKey(Row row, Column column) {
        return CellKeys.of(part, row.key(), column.key());
    }

    public List<String> cellKeys() {
        List<String> keys = new ArrayList<>(rows.size() * columns.size());
        for (Row r : rows) {
            for (Column c : columns) {
                keys.add(cellKey(r, c));
            }
        }
        return keys;
    }

    public boolean isComputed(Row row, Column column) {
        return row.computed() || column.computed();
    }

    public Row row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No row " + key + " in " + id));
    }

    public Column column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No column " + key + " in " + id));
    }

    public String title(boolean chinese) {
        return chinese ? titleZh : titleEn;
    }

    public String header(boolean chinese) {
        return chinese ? headerZh : headerEn;
    }
}
