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
        NumberToken spaced = spacedDigits(region.tokens, keys.size());
        if (spaced != null) {
            RowReadings.Outcome o = readings.read(List.of(spaced));
            if (o.readings() > 0) {
                for (int i = 0; i < keys.size(); i++) {
                    PrintedValue v = o.cells()[i];
                    out.put(keys.get(i), columns.get(i), v == null || v.value() == null ? v
                            : new PrintedValue(v.value(), v.value().toPlainString(), v.start(), v.end(), v.line()),
                            Provenance.Evidence.LAYOUT, Provenance.Confidence.INFERRED, src);
                }
                if (!o.complete()) {
                    out.note("CELLS_AMBIGUOUS", Message.of("import.note.REVIEW_CELLS_AMBIGUOUS"));
                }
                return spaced.end();
            }
        }
        List<RowReadings.RowRule> rowRules = RowReadings.RowRule.within(keys, rules);
        for (ValueGroup g : candidates) {
            RowReadings.Outcome o = readings.read(g.tokens());
            if (o.readings() == 0) {
                continue;
            }
            if (!o.split() && !structurallyCertain(g, table.columns().size())
                    && rowRules.stream().anyMatch(r -> !r.holds(o.cells(), columns))) {
                // placed by order alone, and the values so placed break the table's own sums: not the source's
                // error but likely our misplacement; a missing number is better than a wrong one
                out.unread(keys);
                out.note("REVIEW_UNCERTAIN");
                return g.end();
            }
            Provenance.Confidence confidence = o.split() || !structurallyCertain(g, table.columns().size())
                    ? Provenance.Confidence.INFERRED : Provenance.Confidence.CERTAIN;
            for (int i = 0; i < keys.size(); i++) {
                out.put(keys.get(i), columns.get(i), o.cells()[i], Provenance.Evidence.LAYOUT, confidence, src);
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

    /**
     * A reading whose line structure shows the table: every line holds whole rows of the table (all fifteen
     * values on one line, or a group's five per line). One value per line, or lines broken anywhere, place
     * values by their order alone.
     */
    private static boolean structurallyCertain(ValueGroup g, int rowWidth) {
        int count = 0;
        int line = g.tokens().getFirst().line();
        for (NumberToken t : g.tokens()) {
            if (t.line() != line) {
                if (count % rowWidth != 0) {
                    return false;
                }
                count = 0;
                line = t.line();
            }
            count++;
        }
        return count % rowWidth == 0;
    }

    /**
     * Digits printed one by one with single spaces between them, continued over lines ("2 0 0 2 2 0 4 2 …"
     * for 20 0 22 0 42 …): more single digits in a row, with no label text between them, than the table has
     * cells. Then the spaces say nothing about where a value ends; the digits are one run, to be split by the
     * rules like digits that ran together. Null when the values do not look like that.
     */
    private static NumberToken spacedDigits(List<NumberToken> tokens, int width) {
        int runStart = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean digit = i < tokens.size() && singleDigit(tokens.get(i))
                    && (i == runStart || tokens.get(i).streamPos() == tokens.get(runStart).streamPos());
            if (digit) {
                continue;
            }
            if (i - runStart > width) {
                List<NumberToken> run = tokens.subList(runStart, i);
                StringBuilder digits = new StringBuilder();
                run.forEach(t -> digits.append(t.digits()));
                NumberToken first = run.getFirst();
                return NumberToken.number(first.start(), run.getLast().end(), first.line(), digits.toString(),
                        new NumberToken.Figure(false, digits.toString(), null, "", false), first.streamPos());
            }
            runStart = i < tokens.size() && singleDigit(tokens.get(i)) ? i : i + 1;
        }
        return null;
    }

    private static boolean singleDigit(NumberToken t) {
        return t.kind() == NumberToken.Kind.NUMBER && t.digits().length() == 1 && t.fraction() == null
                && t.unit().isEmpty() && !t.negative() && t.printed().length() == 1;
    }
}
