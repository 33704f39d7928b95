package org.disclosuredesk.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One template edition: its tables (parts 二、三、四), its narrative parts and its balance rules.
 * Everything else — forms, validation, import, export, charts — is generated from this.
 */
public final class Template {

    private final Edition edition;
    private final List<TemplateTable> tables;
    private final List<BalanceRule> balanceRules;
    private final Map<String, CellDef> cells;

    Template(Edition edition, List<TemplateTable> tables, List<BalanceRule> balanceRules) {
        this.edition = edition;
        this.tables = List.copyOf(tables);
        this.balanceRules = List.copyOf(balanceRules);
        Map<String, CellDef> map = new LinkedHashMap<>();
        for (TemplateTable t : tables) {
            for (Row r : t.rows()) {
                for (Column c : t.columns()) {
                    String key = t.cellKey(r, c);
                    if (map.put(key, new CellDef(key, t, r, c)) != null) {
                        throw new IllegalStateException("Duplicate cell key " + key);
                    }
                }
            }
        }
        this.cells = Collections.unmodifiableMap(map);
        for (BalanceRule rule : balanceRules) {
            rule.involved().forEach(this::cellOrThrow);
        }
    }

    public static Template of(Edition edition) {
        return Templates.of(edition);
    }

    public static Template forYear(int reportYear) {
        return of(Edition.forYear(reportYear));
    }

    public Edition edition() {
        return edition;
    }

    public List<TemplateTable> tables() {
        return tables;
    }

    public List<TemplateTable> tablesOfPart(String part) {
        return tables.stream().filter(t -> t.part().equals(part)).toList();
    }

    public TemplateTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table " + id + " in edition " + edition.code()));
    }

    public List<BalanceRule> balanceRules() {
        return balanceRules;
    }

    /** Every cell key of this edition, in reading order. */
    public List<String> cellKeys() {
        return new ArrayList<>(cells.keySet());
    }

    public Map<String, CellDef> cells() {
        return cells;
    }

    public Optional<CellDef> cell(String key) {
        return Optional.ofNullable(cells.get(key));
    }

    public CellDef cellOrThrow(String key) {
        CellDef def = cells.get(key);
        if (def == null) {
            throw new IllegalArgumentException("No cell " + key + " in edition " + edition.code());
        }
        return def;
    }

    public boolean hasCell(String key) {
        return cells.containsKey(key);
    }
}
