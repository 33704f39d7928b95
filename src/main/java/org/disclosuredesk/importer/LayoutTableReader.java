package org.disclosuredesk.importer;

import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.template.BalanceRule;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.TemplateTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table whose data rows carry no labels in print: part 四 puts its three groups side by side
 * under a two-level header and prints all fifteen values on one line, in the template's row-major
 * cell order.
 */
final class LayoutTableReader {

    private LayoutTableReader() {
    }

    /** @return the end offset of the values used, or -1 if none were found */
    static int read(SourceText src, int from, int to, TemplateTable table, List<BalanceRule> rules, ParsedCells out) {
        List<String> keys = table.cellKeys();
        List<Column> columns = new ArrayList<>();
        for (Row ignored : table.rows()) {
            columns.addAll(table.columns());
        }
        RegionTokens region = RegionTokens.of(src, from, to);
        List<ValueGroup> groups = region.groups(keys.size());
        RowReadings readings = new RowReadings(columns, RowReadings.RowRule.within(keys, rules),
                new String[columns.size()]);
        List<ValueGroup> candidates = new ArrayList<>();
        for (ValueGroup g : groups) {
            if (g.canFill(keys.size())) {
                candidates.add(g);
            }
        }
        if (candidates.isEmpty() && !region.tokens.isEmpty()) {
            // header text printed between the values: take all values of the table in order
            candidates.add(new ValueGroup(region.tokens));
        }
        for (ValueGroup g : candidates) {
            RowReadings.Outcome o = readings.read(g.tokens());
            if (o.readings() == 0) {
                continue;
            }
            for (int i = 0; i < keys.size(); i++) {
                out.put(keys.get(i), columns.get(i), o.cells()[i], Provenance.Evidence.LAYOUT, src);
            }
            if (!o.complete()) {
                out.note("CELLS_AMBIGUOUS", Message.of("import.note.REVIEW_CELLS_AMBIGUOUS"));
            }
            return g.end();
        }
        out.unread(keys);
        out.note("TABLE_NOT_FOUND");
        return -1;
    }
}
