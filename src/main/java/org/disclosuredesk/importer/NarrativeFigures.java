package org.disclosuredesk.importer;

import org.disclosuredesk.template.Column;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures the running text of part 一 states for a column of the tables ("本年度制发行政规范性文件88件",
 * "现行有效698件"): evidence for splitting digits that ran together in a row the rules cannot split. A split
 * is taken only when it is the one split whose values agree with what the text states.
 */
final class NarrativeFigures {

    /** How far after a column's keyword a figure still belongs to it. */
    private static final int WINDOW = 40;

    private final String text;
    private final Map<String, Set<BigDecimal>> byKeyword = new HashMap<>();

    private NarrativeFigures(String text) {
        this.text = text;
    }

    static NarrativeFigures of(String overview) {
        return new NarrativeFigures(overview == null ? "" : overview.replaceAll("\\s", ""));
    }

    /** The word a column's label is stated with in running text: "本年制发件数" → "制发", "现行有效件数" → "现行有效". */
    static String keyword(String labelZh) {
        String k = labelZh.replaceAll("[（(].*?[）)]", "");
        for (String prefix : List.of("本年度", "本年")) {
            if (k.startsWith(prefix)) {
                k = k.substring(prefix.length());
            }
        }
        for (String suffix : List.of("件数", "总数量", "数量", "总金额", "金额")) {
            if (k.endsWith(suffix)) {
                k = k.substring(0, k.length() - suffix.length());
                break;
            }
        }
        return k.length() >= 2 && k.chars().noneMatch(c -> c == '/') ? k : null;
    }

    /** Every figure stated within its clause after the column's keyword; empty when the text says nothing. */
    Set<BigDecimal> statedFor(Column column) {
        String k = keyword(column.labelZh());
        if (k == null || text.isEmpty()) {
            return Set.of();
        }
        return byKeyword.computeIfAbsent(k, this::find);
    }

    private Set<BigDecimal> find(String keyword) {
        Set<BigDecimal> out = new LinkedHashSet<>();
        for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
            int end = Math.min(text.length(), at + keyword.length() + WINDOW);
            int i = at + keyword.length();
            while (i < end) {
                char c = text.charAt(i);
                if (c == '。' || c == '；' || c == ';') {
                    break;
                }
                if (c >= '0' && c <= '9') {
                    int j = i;
                    while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                        j++;
                    }
                    char after = j < text.length() ? text.charAt(j) : ' ';
                    if ("年月日号%％.".indexOf(after) < 0) {
                        out.add(new BigDecimal(text.substring(i, j)));
                    }
                    i = j;
                    continue;
                }
                i++;
            }
        }
        return out;
    }

    /**
     * The one reading whose values agree with the figures the text states for their columns (every column
     * the text speaks about holds a stated figure, and at least one does); null when none or several do.
     *
     * @param known cells of the row already read: a reading must keep them
     */
    PrintedValue[] agreeing(List<Column> columns, List<PrintedValue[]> readings, PrintedValue[] known) {
        List<Set<BigDecimal>> stated = new ArrayList<>();
        boolean any = false;
        for (Column c : columns) {
            Set<BigDecimal> s = new HashSet<>();
            statedFor(c).forEach(v -> s.add(v.stripTrailingZeros()));
            stated.add(s);
            any |= !s.isEmpty();
        }
        if (!any) {
            return null;
        }
        PrintedValue[] found = null;
        List<BigDecimal> foundValues = null;
        for (PrintedValue[] r : readings) {
            boolean agrees = true;
            boolean matched = false;
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < columns.size() && agrees; i++) {
                BigDecimal v = r[i] == null ? null : r[i].value();
                values.add(v == null ? null : v.stripTrailingZeros());
                if (v == null) {
                    agrees = false;
                } else if (known[i] != null && known[i].value() != null && known[i].value().compareTo(v) != 0) {
                    agrees = false;
                } else if (!stated.get(i).isEmpty()) {
                    agrees = stated.get(i).contains(v.stripTrailingZeros());
                    matched = true;
                }
            }
            if (!agrees || !matched) {
                continue;
            }
            if (found != null && !values.equals(foundValues)) {
                return null;
            }
            found = r;
            foundValues = values;
        }
        return found;
    }
}
