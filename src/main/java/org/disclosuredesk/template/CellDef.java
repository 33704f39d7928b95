package org.disclosuredesk.template;

/** A cell of a template: where it sits and what it holds. */
public record CellDef(String key, TemplateTable table, Row row, Column column) {

    public ValueKind kind() {
        return column.kind();
    }

    public boolean computed() {
        return table.isComputed(row, column);
    }

    /** e.g. "（一）予以公开 / 自然人". */
    public String label(boolean chinese) {
        if (table.columns().size() == 1) {
            return row.label(chinese);
        }
        return row.label(chinese) + " / " + column.label(chinese);
    }
}
