package org.disclosuredesk.template;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one cell holds. Blank, zero and "not applicable" are three different things and stay apart
 * everywhere (storage, forms, charts, exports).
 *
 * @param state  which of the three it is
 * @param number the value when {@code state == NUMBER}, else null
 * @param raw    the text the value came from as printed or typed (e.g. "3522.436287万"), or null
 */
public record CellValue(State state, BigDecimal number, String raw) {

    public enum State { NUMBER, BLANK, NOT_APPLICABLE }

    public static final CellValue BLANK = new CellValue(State.BLANK, null, null);
    public static final CellValue NOT_APPLICABLE = new CellValue(State.NOT_APPLICABLE, null, null);

    public CellValue {
        Objects.requireNonNull(state);
        if (state == State.NUMBER) {
            Objects.requireNonNull(number, "a NUMBER cell needs a number");
            number = stripped(number);
        } else if (number != null) {
            throw new IllegalArgumentException(state + " cell cannot hold a number");
        }
    }

    public static CellValue of(long value) {
        return new CellValue(State.NUMBER, BigDecimal.valueOf(value), null);
    }

    public static CellValue of(BigDecimal value) {
        return new CellValue(State.NUMBER, value, null);
    }

    public static CellValue of(BigDecimal value, String raw) {
        return new CellValue(State.NUMBER, value, raw);
    }

    public boolean isNumber() {
        return state == State.NUMBER;
    }

    public boolean isBlank() {
        return state == State.BLANK;
    }

    public boolean isNotApplicable() {
        return state == State.NOT_APPLICABLE;
    }

    /** The number as a long; only for cells known to be integral. */
    public long longValue() {
        return number.longValueExact();
    }

    /** How the value reads in a form or a table cell: the number, "" for blank, "/" for not applicable. */
    public String display() {
        return switch (state) {
            case NUMBER -> number.toPlainString();
            case BLANK -> "";
            case NOT_APPLICABLE -> "/";
        };
    }

    private static BigDecimal stripped(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
