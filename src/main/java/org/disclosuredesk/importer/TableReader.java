package org.disclosuredesk.importer;

import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.template.BalanceRule;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.ValueKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** Reads a table whose rows print their labels (parts 二 and 三): rows found by label, then cells read per row. */
final class TableReader {

    /** A row with more readings than this is not offered to the rules across rows. */
    private static final int MAX_READINGS_PER_ROW = 2_000;

    private TableReader() {
    }

    /** @return how many rows were tied to values by their own label */
    static int read(SourceText src, int from, int to, List<RowSpec> rows, List<BalanceRule> rules, ParsedCells out) {
        return read(src, from, to, rows, rules, null, out);
    }

    /**
     * @param stated figures the running text states, to split digits that ran together where the rules cannot;
     *               null for none
     * @return how many rows were tied to values by their own label
     */
    static int read(SourceText src, int from, int to, List<RowSpec> rows, List<BalanceRule> rules,
                    NarrativeFigures stated, ParsedCells out) {
        RegionTokens region = RegionTokens.of(src, from, to);
        int width = rows.stream().mapToInt(RowSpec::width).max().orElse(1);
        List<ValueGroup> groups = region.groups(width);
        RowAssigner assigner = new RowAssigner(rows, region, groups);
        RowAssigner.Assignment[] assigned = assigner.assign();
        for (RowAssigner.LabelDeviation d : assigner.labelDeviations()) {
            RowSpec row = rows.get(d.row());
            out.printFindings.add(PrintFindings.label(row.table().row(row.key()), row.cellKeys(), d.printed(),
                    d.otherWording()));
        }
        int labelled = 0;
        List<Row> missing = new ArrayList<>();
        List<Integer> ambiguous = new ArrayList<>();
        Map<String, PrintedValue> known = new HashMap<>();
        List<ColumnRules.Undecided> undecided = new ArrayList<>();
        Map<String, Column> columnOf = new HashMap<>();
        Map<String, Provenance.Evidence> evidenceOf = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            RowSpec row = rows.get(r);
            RowAssigner.Assignment a = assigned[r];
            if (a == null) {
                out.unread(row.cellKeys());
                missing.add(row.table().row(row.key()));
                continue;
            }
            if (a.evidence() == Provenance.Evidence.LABEL) {
                labelled++;
            }
            String[] units = amountUnits(src, row, a.group(), from);
            RowReadings readings = new RowReadings(row.columns(), RowReadings.RowRule.within(row.cellKeys(), rules),
                    units);
            RowReadings.Outcome outcome = readings.read(a.group().tokens());
            // by order alone, or worked out from digits that ran together or cells that were lost
            Provenance.Confidence confidence = a.evidence() == Provenance.Evidence.POSITION || outcome.split()
                    ? Provenance.Confidence.INFERRED : Provenance.Confidence.CERTAIN;
            for (int c = 0; c < row.width(); c++) {
                String key = row.cellKeys().get(c);
                out.put(key, row.columns().get(c), outcome.cells()[c], a.evidence(), confidence, src);
                columnOf.put(key, row.columns().get(c));
                evidenceOf.put(key, a.evidence());
                if (outcome.cells()[c] != null && outcome.cells()[c].value() != null) {
                    known.put(key, outcome.cells()[c]);
                }
            }
            if (!outcome.complete()) {
                ambiguous.add(r);
                if (outcome.readings() > 1 && !outcome.readingsFound().isEmpty()
                        && outcome.readingsFound().size() <= MAX_READINGS_PER_ROW) {
                    undecided.add(new ColumnRules.Undecided(row.cellKeys(), outcome.readingsFound()));
                }
            }
        }
        // digits that ran together, settled by the rules across rows (R3.1, R3.2 per column)
        Map<String, PrintedValue> settled = ColumnRules.settle(undecided, known, rules);
        settled.forEach((key, v) -> out.put(key, columnOf.get(key), v, evidenceOf.get(key),
                Provenance.Confidence.INFERRED, src));
        // digits the rules cannot split: the one split that agrees with the figures the text states
        List<Row> byNarrative = new ArrayList<>();
        if (stated != null) {
            known.putAll(settled);
            for (ColumnRules.Undecided u : undecided) {
                if (u.cellKeys().stream().allMatch(out.values::containsKey)) {
                    continue;
                }
                List<Column> columns = u.cellKeys().stream().map(columnOf::get).toList();
                PrintedValue[] reading = stated.agreeing(columns, u.readings(),
                        u.cellKeys().stream().map(known::get).toArray(PrintedValue[]::new));
                if (reading == null) {
                    continue;
                }
                for (int c = 0; c < reading.length; c++) {
                    String key = u.cellKeys().get(c);
                    out.put(key, columns.get(c), reading[c], evidenceOf.get(key), Provenance.Confidence.INFERRED,
                            src);
                }
                RowSpec row = rows.stream().filter(r -> r.cellKeys().equals(u.cellKeys())).findFirst().orElseThrow();
                byNarrative.add(row.table().row(row.key()));
            }
        }
        if (!byNarrative.isEmpty()) {
            out.note("SPLIT_BY_NARRATIVE", Message.Joined.clauses(byNarrative));
        }
        List<Row> stillAmbiguous = new ArrayList<>();
        for (int r : ambiguous) {
            if (!rows.get(r).cellKeys().stream().allMatch(out.values::containsKey)) {
                stillAmbiguous.add(rows.get(r).table().row(rows.get(r).key()));
            }
        }
        if (!missing.isEmpty()) {
            out.note("ROWS_NOT_FOUND", Message.Joined.clauses(missing));
        }
        if (!stillAmbiguous.isEmpty()) {
            out.note("CELLS_AMBIGUOUS", Message.Joined.clauses(stillAmbiguous));
        }
        return labelled;
    }

    /**
     * The unit of amounts printed without one: from the column header printed above the row ("（万元）",
     * "（单位：元）"), else from the template's own column label; unknown otherwise.
     */
    private static String[] amountUnits(SourceText src, RowSpec row, ValueGroup group, int regionStart) {
        String[] units = new String[row.width()];
        int windowStart = Math.max(regionStart, group.start() - 300);
        String header = src.cleanSubstring(windowStart, group.start());
        for (int c = 0; c < row.width(); c++) {
            Column col = row.columns().get(c);
            if (col.kind() != ValueKind.AMOUNT_WAN_YUAN) {
                continue;
            }
            String h = header.replaceAll("\\s", "");
            int wan = h.lastIndexOf("万元");
            int yuan = lastYuanAlone(h);
            if (wan >= 0 && wan > yuan) {
                units[c] = "万";
            } else if (yuan >= 0) {
                units[c] = "元";
            } else if (col.labelZh().contains("万元")) {
                units[c] = "万";
            }
        }
        return units;
    }

    private static int lastYuanAlone(String h) {
        for (int i = h.length() - 1; i >= 0; i--) {
            if (h.charAt(i) == '元' && (i == 0 || h.charAt(i - 1) != '万')) {
                return i;
            }
        }
        return -1;
    }
}
