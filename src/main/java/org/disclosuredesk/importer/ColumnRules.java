package org.disclosuredesk.importer;

import org.disclosuredesk.template.BalanceRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles rows whose digits ran together with the rules that run across rows (R3.1 and R3.2, per
 * applicant column). Each undecided row brings the readings its own rules left; every combination of
 * them is checked against the rules across rows, and a cell is read only if all combinations that satisfy
 * every rule agree on it. If no combination does (the source's own arithmetic is off), nothing changes.
 */
final class ColumnRules {

    /** A row still undecided: its cell keys and the readings its own rules allow. */
    record Undecided(List<String> cellKeys, List<PrintedValue[]> readings) {
    }

    /** Beyond this many steps the rows stay as they are. */
    private static final int MAX_STEPS = 500_000;

    private final List<Undecided> rows;
    private final List<BalanceRule> rules;
    private final Map<String, PrintedValue> assigned;
    private final List<List<BalanceRule>> rulesOfRow = new ArrayList<>();
    private final Map<String, PrintedValue> agreed = new HashMap<>();
    private final Set<String> disagreed = new HashSet<>();
    private int solutions;
    private int steps;

    private ColumnRules(List<Undecided> rows, List<BalanceRule> rules, Map<String, PrintedValue> known) {
        this.rows = rows;
        this.rules = rules;
        this.assigned = new HashMap<>(known);
    }

    /**
     * @param known cells already read (null values are not listed)
     * @return the cells of the undecided rows that every consistent combination agrees on
     */
    static Map<String, PrintedValue> settle(List<Undecided> rows, Map<String, PrintedValue> known,
                                            List<BalanceRule> allRules) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Set<String> undecidedKeys = new HashSet<>();
        rows.forEach(r -> undecidedKeys.addAll(r.cellKeys()));
        List<BalanceRule> across = new ArrayList<>();
        for (BalanceRule r : allRules) {
            boolean touches = r.cells().stream().anyMatch(undecidedKeys::contains);
            boolean withinOneRow = rows.stream().anyMatch(u -> u.cellKeys().containsAll(r.cells()));
            if (touches && !withinOneRow) {
                across.add(r);
            }
        }
        if (across.isEmpty()) {
            return Map.of();
        }
        ColumnRules c = new ColumnRules(rows, across, known);
        for (Undecided u : rows) {
            c.rulesOfRow.add(across.stream().filter(r -> r.cells().stream().anyMatch(u.cellKeys()::contains)).toList());
        }
        c.search(0);
        if (c.steps > MAX_STEPS || c.solutions == 0) {
            return Map.of();
        }
        Map<String, PrintedValue> out = new HashMap<>(c.agreed);
        c.disagreed.forEach(out::remove);
        return out;
    }

    private void search(int k) {
        if (++steps > MAX_STEPS) {
            return;
        }
        if (k == rows.size()) {
            solutions++;
            for (Undecided u : rows) {
                for (String key : u.cellKeys()) {
                    PrintedValue v = assigned.get(key);
                    PrintedValue first = agreed.putIfAbsent(key, v);
                    if (v == null || v.value() == null
                            || first != null && (first.value() == null || first.value().compareTo(v.value()) != 0)) {
                        disagreed.add(key);
                    }
                }
            }
            return;
        }
        Undecided u = rows.get(k);
        for (PrintedValue[] reading : u.readings()) {
            for (int i = 0; i < reading.length; i++) {
                assigned.put(u.cellKeys().get(i), reading[i]);
            }
            boolean ok = true;
            for (BalanceRule r : rulesOfRow.get(k)) {
                if (!mayHold(r, k)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                search(k + 1);
            }
            if (steps > MAX_STEPS) {
                break;
            }
        }
        for (String key : u.cellKeys()) {
            assigned.remove(key);
        }
    }

    /**
     * The rule holds, or can still hold: cells of rows not yet chosen are open; with exactly one cell
     * unknown for good (never read) the count it needs must not be negative; with more, nothing is said.
     */
    private boolean mayHold(BalanceRule r, int k) {
        BigDecimal balance = BigDecimal.ZERO;
        int unknown = 0;
        boolean open = false;
        for (int side = 0; side < 2; side++) {
            for (String key : side == 0 ? r.left() : r.right()) {
                PrintedValue v = assigned.get(key);
                if (v == null || v.value() == null) {
                    if (laterRow(key, k)) {
                        open = true;
                    }
                    unknown++;
                } else {
                    balance = side == 0 ? balance.add(v.value()) : balance.subtract(v.value());
                }
            }
        }
        if (open || unknown > 1) {
            return true;
        }
        if (unknown == 0) {
            return balance.signum() == 0;
        }
        // one cell never read: it would have to make up the difference
        boolean lostOnLeft = r.left().stream().anyMatch(key -> assigned.get(key) == null || assigned.get(key).value() == null);
        BigDecimal needed = lostOnLeft ? balance.negate() : balance;
        return needed.signum() >= 0 && needed.stripTrailingZeros().scale() <= 0;
    }

    private boolean laterRow(String key, int k) {
        for (int j = k + 1; j < rows.size(); j++) {
            if (rows.get(j).cellKeys().contains(key)) {
                return true;
            }
        }
        return false;
    }
}
