package org.disclosuredesk.validation;

import org.disclosuredesk.template.ValueKind;

import java.math.BigDecimal;

/** R0.1: what is wrong with a number for a cell of a given kind. */
public final class ValueProblems {

    /** Counts above this are typing errors, not real figures (the largest real ones are ~10⁷). */
    public static final BigDecimal MAX_COUNT = BigDecimal.valueOf(1_000_000_000L);

    public static final String NEGATIVE = "negative";
    public static final String FRACTION = "fraction";
    public static final String TOO_LARGE = "too_large";

    private ValueProblems() {
    }

    /** @return null when the value fits the kind, else one of the problem codes above */
    public static String problem(ValueKind kind, BigDecimal value) {
        if (kind != ValueKind.SIGNED_COUNT && value.signum() < 0) {
            return NEGATIVE;
        }
        if (kind.integral() && value.stripTrailingZeros().scale() > 0) {
            return FRACTION;
        }
        if (value.abs().compareTo(MAX_COUNT) > 0) {
            return TOO_LARGE;
        }
        return null;
    }

    public static String zh(String problem) {
        return switch (problem) {
            case NEGATIVE -> "不能为负数";
            case FRACTION -> "必须是整数";
            case TOO_LARGE -> "超过 10 亿，请核对";
            default -> problem;
        };
    }

    public static String en(String problem) {
        return switch (problem) {
            case NEGATIVE -> "must not be negative";
            case FRACTION -> "must be a whole number";
            case TOO_LARGE -> "is over one billion; please check";
            default -> problem;
        };
    }
}
