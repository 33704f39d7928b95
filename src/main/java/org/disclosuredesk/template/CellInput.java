package org.disclosuredesk.template;

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

        public String zh() {
            return switch (this) {
                case NOT_A_NUMBER -> "请输入数字；无数据请留空，不适用请输入“/”";
                case NEGATIVE -> "不能为负数";
                case FRACTION -> "必须是整数";
                case TOO_LARGE -> "超过 10 亿，请核对";
                case TOO_PRECISE -> "小数最多 " + StoredFigure.MAX_SCALE + " 位";
                case TOO_LONG -> "输入过长（最多 " + StoredFigure.MAX_RAW_LENGTH + " 个字符）";
            };
        }

        public String en() {
            return switch (this) {
                case NOT_A_NUMBER -> "Enter a number; leave empty for blank, or \"/\" for not applicable";
                case NEGATIVE -> "must not be negative";
                case FRACTION -> "must be a whole number";
                case TOO_LARGE -> "is over one billion; please check";
                case TOO_PRECISE -> "has more than " + StoredFigure.MAX_SCALE + " decimal places";
                case TOO_LONG -> "is too long (at most " + StoredFigure.MAX_RAW_LENGTH + " characters)";
            };
        }
    }

    /** Either a value or a problem. */
    public record Result(CellValue value, Problem problem) {
        public boolean ok() {
            return problem == null;
        }

        /** The reason in the user's language, or null when the text is a value. */
        public String message(boolean chinese) {
            return problem == null ? null : chinese ? problem.zh() : problem.en();
        }
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
        if (kind == ValueKind.AMOUNT_WAN_YUAN) {
            if (s.endsWith("万元") || s.endsWith("万")) {
                s = s.substring(0, s.lastIndexOf('万'));
            } else if (s.endsWith("元")) {
                s = s.substring(0, s.length() - 1);
                scale = TEN_THOUSAND;
            }
        } else if (!s.isEmpty() && COUNT_UNITS.indexOf(s.charAt(s.length() - 1)) >= 0) {
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
        return new Result(CellValue.of(number, plain ? null : raw), null);
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
