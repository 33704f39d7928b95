package org.disclosuredesk.template;

import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.i18n.Messages;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a person typed (or pasted from Excel/WPS) into a cell, read for a cell of a given kind:
 * thousands separators, full-width digits and units such as "11次" or "3522.4万" are normalised;
 * empty is blank; "/" or 不适用 is not applicable; anything else is refused with a reason.
 */
public final class CellInput {

    /** Why a text is not a value for the cell. */
    public enum Problem {
        NOT_A_NUMBER, NEGATIVE, FRACTION, TOO_LARGE, TOO_PRECISE, TOO_LONG;

        /** The reason, for {@link Messages#render}. */
        public Message message() {
            return switch (this) {
                case TOO_PRECISE -> Message.of("cell.problem." + name(), String.valueOf(StoredFigure.MAX_SCALE));
                case TOO_LONG -> Message.of("cell.problem." + name(), String.valueOf(StoredFigure.MAX_RAW_LENGTH));
                default -> Message.of("cell.problem." + name());
            };
        }
    }

    /**
     * Either a value or a problem.
     *
     * @param droppedUnit the unit taken off a count ("次" of "11次"), or null: the number is kept without it
     */
    public record Result(CellValue value, Problem problem, String droppedUnit) {

        public Result(CellValue value, Problem problem) {
            this(value, problem, null);
        }

        public boolean ok() {
            return problem == null;
        }

        /** The reason in the user's language, or null when the text is a value. */
        public String message(boolean chinese) {
            return problem == null ? null : Messages.render(problem.message(), chinese);
        }

        /**
         * What the user should know about a text that was taken as a value but not as typed — a unit dropped
         * ("11次" is kept as 11), yuan converted to 万元 — or null.
         */
        public Message note() {
            if (droppedUnit == null || !ok() || !value.isNumber()) {
                return null;
            }
            return "元".equals(droppedUnit)
                    ? Message.of("cell.note.fromYuan", value.display())
                    : Message.of("cell.note.unitDropped", droppedUnit, value.display());
        }
    }

    /** The note {@link Result#note()} gives for the text a stored value came from, or null. */
    public static Message noteOf(ValueKind kind, CellValue value) {
        if (!value.isNumber() || value.raw() == null) {
            return null;
        }
        return parse(value.raw(), kind).note();
    }

    private static final Set<String> NOT_APPLICABLE = Set.of("/", "／", "不适用", "n/a", "N/A", "na", "NA");
    private static final String COUNT_UNITS = "件次项个条人家";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal MAX = BigDecimal.valueOf(1_000_000_000L);

    private CellInput() {
    }

    public static Result parse(String text, ValueKind kind) {
        String raw = text == null ? "" : text.strip();
        if (raw.isEmpty()) {
            return new Result(CellValue.BLANK, null);
        }
        if (NOT_APPLICABLE.contains(raw)) {
            return new Result(CellValue.NOT_APPLICABLE, null);
        }
        if (!StoredFigure.rawFits(raw)) {
            return new Result(null, Problem.TOO_LONG);
        }
        String s = halfWidth(raw).replace(",", "").replace(" ", "");
        BigDecimal scale = BigDecimal.ONE;
        String dropped = null;
        if (kind == ValueKind.AMOUNT_WAN_YUAN) {
            if (s.endsWith("万元") || s.endsWith("万")) {
                s = s.substring(0, s.lastIndexOf('万'));
            } else if (s.endsWith("元")) {
                s = s.substring(0, s.length() - 1);
                scale = TEN_THOUSAND;
                dropped = "元";
            }
        } else if (!s.isEmpty() && COUNT_UNITS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            dropped = s.substring(s.length() - 1);
            s = s.substring(0, s.length() - 1);
        }
        if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return new Result(null, Problem.NOT_A_NUMBER);
        }
        BigDecimal number = new BigDecimal(s);
        if (scale != BigDecimal.ONE) {
            number = number.divide(scale);
        }
        Problem problem = problemOf(kind, number);
        if (problem != null) {
            return new Result(null, problem);
        }
        boolean plain = raw.equals(number.toPlainString());
        return new Result(CellValue.of(number, plain ? null : raw), null, dropped);
    }

    /** What is wrong with a value for a cell of this kind, the text it came from included, or null. */
    public static Problem problemOf(ValueKind kind, CellValue value) {
        if (!value.isNumber()) {
            return null;
        }
        return StoredFigure.rawFits(value.raw()) ? problemOf(kind, value.number()) : Problem.TOO_LONG;
    }

    /**
     * What is wrong with a number for a cell of this kind (R0.1), or null: counts are whole and not
     * negative (本年增/减 may be), nothing is over a billion — typing errors, not real figures — and no
     * amount has more decimal places than storage keeps ({@link StoredFigure}).
     */
    public static Problem problemOf(ValueKind kind, BigDecimal number) {
        if (number.signum() < 0 && kind != ValueKind.SIGNED_COUNT) {
            return Problem.NEGATIVE;
        }
        if (kind.integral() && number.stripTrailingZeros().scale() > 0) {
            return Problem.FRACTION;
        }
        if (number.abs().compareTo(MAX) > 0) {
            return Problem.TOO_LARGE;
        }
        if (number.stripTrailingZeros().scale() > StoredFigure.MAX_SCALE) {
            return Problem.TOO_PRECISE;
        }
        return null;
    }

    /** Full-width digits and signs (common in Chinese input methods) to their ASCII forms. */
    static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '，') {
                sb.append(',');
            } else if (c == '．' || c == '。') {
                sb.append('.');
            } else if (c == '－' || c == '−') {
                sb.append('-');
            } else if (c == '＋') {
                sb.append('+');
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
