package org.disclosuredesk.importer;

import org.disclosuredesk.template.BalanceRule;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * （六）其他处理 in the other edition's form. The 2021 edition splits it into three rows; some 2021
 * reports still print the 2019 form, one row of its own values. Such a report is read with the 2019 row
 * {@code other_single} in place of the three, which stay blank; the caller tells the deviation.
 */
final class OtherHandling {

    private static final List<String> SUB_ROWS = List.of("other_overdue_correction", "other_overdue_fee", "other_misc");
    /** The sub-rows whose labels are long enough to be looked for with certainty ("3.其他" is not). */
    private static final List<String> TELLING_SUB_ROWS = List.of("other_overdue_correction", "other_overdue_fee");
    private static final String SINGLE = "other_single";

    /** The rows and rules to read part 三 with when （六） is printed as one row. */
    record Form(List<RowSpec> rows, List<BalanceRule> rules, List<String> singleKeys) {

        /** The reading found the single row: all its cells read. */
        boolean read(ParsedCells cells) {
            return singleKeys.stream().allMatch(cells.values::containsKey);
        }
    }

    private OtherHandling() {
    }

    /**
     * @return the 2019 form of （六） to try, for a 2021 report whose part 三 prints neither long label of the
     * 2021 sub-rows; null otherwise (the report is then read in its own edition's form)
     */
    static Form singleRowInstead(SourceText src, int from, int to, Template template, List<RowSpec> rows) {
        if (template.edition() != Edition.E2021) {
            return null;
        }
        String stream = RegionTokens.of(src, from, to).stream;
        List<String> labels = rows.stream().filter(r -> TELLING_SUB_ROWS.contains(r.key()))
                .flatMap(r -> r.labelKeys().stream()).toList();
        // the usual case first: a label printed as it is
        if (labels.stream().anyMatch(stream::contains)) {
            return null;
        }
        for (String key : labels) {
            if (!ApproximateFinder.find(stream, key, ApproximateFinder.tolerance(key.length())).isEmpty()) {
                return null;
            }
        }
        Template old = Template.of(Edition.E2019);
        RowSpec single = RowSpec.of(old.tablesOfPart("s3"), Edition.E2019).stream()
                .filter(r -> r.key().equals(SINGLE)).findFirst().orElseThrow();
        List<RowSpec> form = new ArrayList<>();
        for (RowSpec row : rows) {
            if (row.key().equals(SUB_ROWS.getFirst())) {
                form.add(single);
            }
            if (!SUB_ROWS.contains(row.key())) {
                form.add(row);
            }
        }
        Set<String> subRowKeys = rows.stream().filter(r -> SUB_ROWS.contains(r.key()))
                .flatMap(r -> r.cellKeys().stream()).collect(Collectors.toSet());
        List<BalanceRule> rules = new ArrayList<>();
        for (BalanceRule r : template.balanceRules()) {
            if (r.cells().stream().noneMatch(subRowKeys::contains)) {
                rules.add(r);
            }
        }
        for (BalanceRule r : old.balanceRules()) {
            if (r.cells().stream().anyMatch(single.cellKeys()::contains)) {
                rules.add(r);
            }
        }
        return new Form(form, rules, single.cellKeys());
    }
}
