package org.disclosuredesk.importer;

import org.disclosuredesk.template.BalanceRule;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.ValueKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads the cells of one printed row from its values. When every cell is printed separately the row
 * reads as printed, arithmetic errors included. When values ran together ("396442278") or a cell was
 * lost, every way of splitting the digits and placing the values is enumerated and only the readings
 * that obey the value kinds and the balance rules inside the row are kept; a cell is read only if all
 * remaining readings agree on it. Otherwise it stays unread: a wrong number is worse than none.
 */
final class RowReadings {

    /** Beyond this many candidate readings the row is called ambiguous without looking further. */
    private static final int MAX_READINGS = 200_000;
    private static final int MAX_MISSING = 2;

    /** One rule inside the row, as column positions: Σ left = Σ right. */
    record RowRule(int[] left, int[] right) {

        int lastIndex() {
            return Math.max(Arrays.stream(left).max().orElse(-1), Arrays.stream(right).max().orElse(-1));
        }

        static List<RowRule> within(List<String> cellKeys, List<BalanceRule> rules) {
            List<RowRule> out = new ArrayList<>();
            for (BalanceRule r : rules) {
                if (cellKeys.containsAll(r.left()) && cellKeys.containsAll(r.right())) {
                    out.add(new RowRule(r.left().stream().mapToInt(cellKeys::indexOf).toArray(),
                            r.right().stream().mapToInt(cellKeys::indexOf).toArray()));
                }
            }
            return out;
        }

        /**
         * True when the rule holds, or could hold: with one cell lost, the value it would need must be one
         * the column can hold (a count cannot be negative); with more lost, nothing can be said.
         */
        boolean holds(PrintedValue[] cells, List<Column> columns) {
            int lost = -1;
            int lostCount = 0;
            BigDecimal balance = BigDecimal.ZERO; // Σ left − Σ right over the known cells
            for (int i : left) {
                if (cells[i] == null || cells[i].value() == null) {
                    lost = i;
                    lostCount++;
                } else {
                    balance = balance.add(cells[i].value());
                }
            }
            for (int i : right) {
                if (cells[i] == null || cells[i].value() == null) {
                    lost = i;
                    lostCount++;
                } else {
                    balance = balance.subtract(cells[i].value());
                }
            }
            if (lostCount == 0) {
                return balance.signum() == 0;
            }
            if (lostCount > 1) {
                return true;
            }
            int lostCell = lost;
            boolean onLeft = Arrays.stream(left).anyMatch(x -> x == lostCell);
            BigDecimal needed = onLeft ? balance.negate() : balance;
            return fits(columns.get(lost).kind(), needed);
        }
    }

    /**
     * @param cells    the value per column, null where not read
     * @param readings how many readings were consistent (1 = certain; 0 = none; cells are then all null)
     * @param split    true when values had to be split or placed (not read as printed)
     * @param readingsFound every consistent reading (empty when there was none or too many to list), for the
     *                 rules across rows to choose from
     */
    record Outcome(PrintedValue[] cells, int readings, boolean split, List<PrintedValue[]> readingsFound) {

        Outcome(PrintedValue[] cells, int readings, boolean split) {
            this(cells, readings, split, List.of());
        }

        boolean complete() {
            return Arrays.stream(cells).allMatch(Objects::nonNull);
        }
    }

    private final List<Column> columns;
    private final List<RowRule> rules;
    /** Unit of unitless amounts per column: "万", "元", or null when unknown. */
    private final String[] amountUnits;

    RowReadings(List<Column> columns, List<RowRule> rules, String[] amountUnits) {
        this.columns = columns;
        this.rules = rules;
        this.amountUnits = amountUnits;
    }

    Outcome read(List<NumberToken> printed) {
        List<NumberToken> tokens = new ArrayList<>(printed);
        int width = columns.size();
        while (tokens.size() > width && tokens.getLast().kind() == NumberToken.Kind.EMPTY_CELL) {
            tokens.removeLast();
        }
        if (tokens.size() > width) {
            return new Outcome(new PrintedValue[width], 0, false);
        }
        if (tokens.size() == width) {
            PrintedValue[] cells = new PrintedValue[width];
            for (int i = 0; i < width; i++) {
                cells[i] = asPrinted(tokens.get(i), i);
            }
            return new Outcome(cells, 1, false);
        }
        Enumeration e = new Enumeration(tokens);
        e.run(0, new ArrayList<>());
        if (e.overflow) {
            return new Outcome(new PrintedValue[width], 0, true);
        }
        List<PrintedValue[]> consistent = new ArrayList<>();
        for (List<PrintedValue> seq : e.sequences) {
            if (seq.size() == width) {
                placeWithGaps(seq, 0, consistent);
            }
        }
        // Fewer values than columns, each printed on its own: blank cells may have vanished in
        // extraction, and that reading counts as much as one that splits digits. Both at once is
        // too far-fetched: a group whose digits must be split ("00") lost separators, not cells.
        int missing = width - tokens.size();
        if (missing <= MAX_MISSING && tokens.stream().allMatch(RowReadings::printableAlone)) {
            List<PrintedValue> asPrinted = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                asPrinted.add(asPrinted(tokens.get(i), Math.min(width - 1, i)));
            }
            placeWithGaps(asPrinted, missing, consistent);
        }
        return new Outcome(agree(consistent), consistent.size(), true, List.copyOf(consistent));
    }

    /** A token that can stand as one value: not a run of digits with a leading zero such as "00". */
    private static boolean printableAlone(NumberToken t) {
        return t.kind() != NumberToken.Kind.NUMBER || t.digits().length() == 1 || t.digits().charAt(0) != '0';
    }

    private void placeWithGaps(List<PrintedValue> seq, int missing, List<PrintedValue[]> out) {
        int width = columns.size();
        if (missing == 0) {
            PrintedValue[] cells = seq.toArray(new PrintedValue[0]);
            if (valid(cells)) {
                out.add(cells);
            }
            return;
        }
        // choose the columns that were lost, keep the printed order for the rest
        int[] gaps = new int[missing];
        placeGaps(seq, gaps, 0, 0, width, out);
    }

    private void placeGaps(List<PrintedValue> seq, int[] gaps, int k, int from, int width, List<PrintedValue[]> out) {
        if (k == gaps.length) {
            PrintedValue[] cells = new PrintedValue[width];
            int s = 0;
            int g = 0;
            for (int i = 0; i < width; i++) {
                if (g < gaps.length && gaps[g] == i) {
                    g++;
                } else {
                    cells[i] = seq.get(s++);
                }
            }
            if (valid(cells)) {
                out.add(cells);
            }
            return;
        }
        for (int i = from; i < width; i++) {
            gaps[k] = i;
            placeGaps(seq, gaps, k + 1, i + 1, width, out);
        }
    }

    private boolean valid(PrintedValue[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !fits(columns.get(i).kind(), cells[i].value())) {
                return false;
            }
        }
        for (RowRule r : rules) {
            if (!r.holds(cells, columns)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(ValueKind kind, BigDecimal v) {
        if (v == null) {
            return true;
        }
        boolean integral = v.stripTrailingZeros().scale() <= 0;
        return switch (kind) {
            case COUNT -> integral && v.signum() >= 0;
            case SIGNED_COUNT -> integral;
            case AMOUNT_WAN_YUAN -> v.signum() >= 0;
        };
    }

    private PrintedValue[] agree(List<PrintedValue[]> readings) {
        int width = columns.size();
        PrintedValue[] cells = new PrintedValue[width];
        if (readings.isEmpty()) {
            return cells;
        }
        for (int i = 0; i < width; i++) {
            PrintedValue first = readings.getFirst()[i];
            boolean same = first != null && first.value() != null;
            for (PrintedValue[] r : readings) {
                if (!same) {
                    break;
                }
                same = r[i] != null && r[i].value() != null && r[i].value().compareTo(first.value()) == 0;
            }
            cells[i] = same ? first : null;
        }
        return cells;
    }

    // ------------------------------------------------------------------ values

    private PrintedValue asPrinted(NumberToken t, int column) {
        if (t.kind() != NumberToken.Kind.NUMBER) {
            return new PrintedValue(markValue(t), t.printed(), t.start(), t.end(), t.line());
        }
        BigDecimal v = value(t.negative(), t.digits(), t.fraction(), t.unit(), column);
        return new PrintedValue(v, t.printed(), t.start(), t.end(), t.line());
    }

    /**
     * A printed blank mark ("—", "-", "/", "无") is 0. An empty cell of a real table has no value: it stays
     * blank (unread), never 0, and counts as lost for the rules, so it decides no other cell either; so does
     * "不适用", which {@link ParsedCells} stores as not applicable.
     */
    private static BigDecimal markValue(NumberToken t) {
        return t.kind() == NumberToken.Kind.BLANK_MARK ? BigDecimal.ZERO : null;
    }

    /** The value in the column's unit; null for an amount whose unit is unknown. */
    private BigDecimal value(boolean negative, String digits, String fraction, String unit, int column) {
        BigDecimal v = new BigDecimal(fraction == null ? digits : digits + "." + fraction);
        if (negative) {
            v = v.negate();
        }
        Column c = columns.get(column < columns.size() ? column : columns.size() - 1);
        if (c.kind() == ValueKind.AMOUNT_WAN_YUAN) {
            String u = unit.isEmpty() ? amountUnits[Math.min(column, amountUnits.length - 1)] : unit;
            if (u == null) {
                return null;
            }
            return u.startsWith("万") ? v : u.equals("元") ? v.movePointLeft(4) : null;
        }
        return unit.equals("万") ? v.movePointRight(4) : v;
    }

    // ------------------------------------------------------------------ enumeration

    /** Every sequence of values the tokens can stand for, with at most one value per column. */
    private final class Enumeration {
        final List<NumberToken> tokens;
        final List<List<PrintedValue>> sequences = new ArrayList<>();
        /** The most values the tokens from index i on can give. */
        final int[] reach;
        boolean overflow;
        int visited;

        Enumeration(List<NumberToken> tokens) {
            this.tokens = tokens;
            reach = new int[tokens.size() + 1];
            for (int i = tokens.size() - 1; i >= 0; i--) {
                reach[i] = reach[i + 1] + tokens.get(i).maxValues();
            }
        }

        /** Kinds and the rules whose cells are all placed: checked as soon as a value is placed. */
        private boolean prefixValid(List<PrintedValue> acc) {
            int col = acc.size() - 1;
            PrintedValue v = acc.get(col);
            if (!fits(columns.get(col).kind(), v.value())) {
                return false;
            }
            for (RowRule r : rules) {
                if (r.lastIndex() == col && !r.holds(acc.toArray(new PrintedValue[0]), columns)) {
                    return false;
                }
            }
            return true;
        }

        void run(int ti, List<PrintedValue> acc) {
            if (overflow) {
                return;
            }
            if (++visited > MAX_READINGS) {
                overflow = true;
                return;
            }
            int width = columns.size();
            if (acc.size() + (tokens.size() - ti) > width || acc.size() + reach[ti] < width) {
                return;
            }
            if (ti == tokens.size()) {
                sequences.add(List.copyOf(acc));
                return;
            }
            NumberToken t = tokens.get(ti);
            if (t.kind() != NumberToken.Kind.NUMBER) {
                acc.add(new PrintedValue(markValue(t), t.printed(), t.start(), t.end(), t.line()));
                if (prefixValid(acc)) {
                    run(ti + 1, acc);
                }
                acc.removeLast();
                return;
            }
            int signLen = t.printed().startsWith("-") || t.printed().startsWith("+") ? 1 : 0;
            splits(t, ti, acc, 0, t.start() + signLen, t.negative());
            if (t.negative()) {
                // the "-" may be a blank cell printed before the number
                acc.add(new PrintedValue(BigDecimal.ZERO, "-", t.start(), t.start() + 1, t.line()));
                if (prefixValid(acc)) {
                    splits(t, ti, acc, 0, t.start() + 1, false);
                }
                acc.removeLast();
            }
        }

        /** Cut the digits of t from position pos on into one or more values. */
        private void splits(NumberToken t, int ti, List<PrintedValue> acc, int pos, int offset, boolean negative) {
            String d = t.digits();
            boolean mayCut = t.splittable();
            int width = columns.size();
            for (int end = pos + 1; end <= d.length(); end++) {
                boolean last = end == d.length();
                if (!last && !mayCut) {
                    continue;
                }
                String part = d.substring(pos, end);
                if (part.length() > 1 && part.charAt(0) == '0') {
                    break; // no value is printed with a leading zero
                }
                if (acc.size() >= width) {
                    return;
                }
                int col = acc.size();
                BigDecimal v = value(negative && pos == 0, part, last ? t.fraction() : null, last ? t.unit() : "", col);
                int pieceStart = pos == 0 && negative ? t.start() : offset + pos;
                int pieceEnd = last ? t.end() : offset + end;
                String printed = t.printed().length() == t.end() - t.start() && !t.grouped()
                        ? t.printed().substring(pieceStart - t.start(), pieceEnd - t.start()) : t.printed();
                acc.add(new PrintedValue(v, printed, pieceStart, pieceEnd, t.line()));
                if (!prefixValid(acc)) {
                    acc.removeLast();
                    continue;
                }
                if (last) {
                    run(ti + 1, acc);
                } else {
                    splits(t, ti, acc, end, offset, false);
                }
                acc.removeLast();
                if (overflow) {
                    return;
                }
            }
        }
    }
}
