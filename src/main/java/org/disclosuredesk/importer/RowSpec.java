package org.disclosuredesk.importer;

import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.LabelVariants;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.TemplateTable;

import java.util.ArrayList;
import java.util.List;

/** A template row as the reader looks for it: its label keys and the cells its values fill. */
record RowSpec(String key, List<String> labelKeys, List<Column> columns, List<String> cellKeys, TemplateTable table) {

    static List<RowSpec> of(List<TemplateTable> tables, Edition edition) {
        List<RowSpec> specs = new ArrayList<>();
        for (TemplateTable t : tables) {
            for (Row r : t.rows()) {
                List<String> keys = new ArrayList<>();
                keys.add(LabelKeys.of(r.labelZh()));
                LabelVariants.of(edition, r.key()).forEach(v -> keys.add(LabelKeys.of(v)));
                List<String> cells = t.columns().stream().map(c -> t.cellKey(r, c)).toList();
                specs.add(new RowSpec(r.key(), List.copyOf(keys), t.columns(), cells, t));
            }
        }
        return specs;
    }

    int width() {
        return columns.size();
    }
}
