package org.disclosuredesk.template;

import java.math.BigDecimal;
import java.util.Map;

/** Fills the computed cells (总计) of a report through the template's own "total = Σ parts" rules. */
public final class Totals {

    private Totals() {
    }

    /**
     * Sets every computed cell whose parts all hold numbers to their sum; a total whose parts are not
     * all filled is left blank rather than guessed.
     */
    public static void compute(Template template, Map<String, CellValue> cells) {
        // two passes: a total may be a part of another total (（七）总计 / 总计)
        for (int pass = 0; pass < 2; pass++) {
            for (BalanceRule rule : template.balanceRules()) {
                if (!rule.definesTotal() || !template.cellOrThrow(rule.left().get(0)).computed()) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                boolean complete = true;
                for (String k : rule.right()) {
                    CellValue v = cells.getOrDefault(k, CellValue.BLANK);
                    if (v.isNotApplicable()) {
                        continue;
                    }
                    if (!v.isNumber()) {
                        complete = false;
                        break;
                    }
                    sum = sum.add(v.number());
                }
                cells.put(rule.left().get(0), complete ? CellValue.of(sum) : CellValue.BLANK);
            }
        }
    }
}
