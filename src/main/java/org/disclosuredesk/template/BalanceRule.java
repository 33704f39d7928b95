package org.disclosuredesk.template;

import java.util.List;
import java.util.stream.Stream;

/**
 * A consistency rule of the form Σ left = Σ right over cells (勾稽关系). Sum rules such as
 * "total = a + b + c" have one cell on the left.
 *
 * @param ruleId  the stable rule id (R3.1, R3.2, R3.3, R4.1)
 * @param scopeZh which column / row / group this instance of the rule covers, e.g. 自然人
 */
public record BalanceRule(String ruleId, List<String> left, List<String> right, String scopeZh, String scopeEn) {

    public BalanceRule {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    public List<String> cells() {
        return Stream.concat(left.stream(), right.stream()).toList();
    }

    /** True for "total = Σ parts", where the single left cell can be computed from the right. */
    public boolean definesTotal() {
        return left.size() == 1;
    }
}
