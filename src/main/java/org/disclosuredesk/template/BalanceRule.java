package org.disclosuredesk.template;

import java.util.List;
import java.util.stream.Stream;

/**
 * A consistency rule of the form Σ left = Σ right over cells (勾稽关系). Sum rules such as
 * "total = a + b + c" have one cell on the left.
 *
 * @param ruleId  the stable rule id (R3.1, R3.2, R3.3, R4.1)
 * @param scopeZh which column / row / group this instance of the rule covers, e.g. 自然人
 * @param parts   the cells a computed total among left or right is summed from (for R3.1, （一）…（六） of
 *                （七）总计): the user types these, so when the rule breaks they are involved too
 */
public record BalanceRule(String ruleId, List<String> left, List<String> right, String scopeZh, String scopeEn,
                          List<String> parts) {

    public BalanceRule {
        left = List.copyOf(left);
        right = List.copyOf(right);
        parts = List.copyOf(parts);
    }

    public BalanceRule(String ruleId, List<String> left, List<String> right, String scopeZh, String scopeEn) {
        this(ruleId, left, right, scopeZh, scopeEn, List.of());
    }

    /** The cells summed on either side. */
    public List<String> cells() {
        return Stream.concat(left.stream(), right.stream()).toList();
    }

    /** Every cell a broken rule concerns: both sides and the parts of their computed totals. */
    public List<String> involved() {
        return Stream.concat(cells().stream(), parts.stream()).toList();
    }

    /** True for "total = Σ parts", where the single left cell can be computed from the right. */
    public boolean definesTotal() {
        return left.size() == 1;
    }
}
