package org.disclosuredesk.importing;

import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.ValueKind;
import org.disclosuredesk.validation.ValueProblems;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user types into one cell of the review: a number, nothing (blank) or "/" (not applicable).
 * Blank and not applicable stay apart from 0. Amounts are 万元; "251000元" is converted, as the importer
 * does with printed amounts.
 */
public final class CellInput {

    private static final Pattern NUMBER = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*(万元|万|元)?");

    /** The value, or the reason the text is not one (both languages, for the message at the cell). */
    public record Parsed(CellValue value, String problemZh, String problemEn) {
        public boolean ok() {
            return problemZh == null;
        }

        public String problem(boolean chinese) {
            return chinese ? problemZh : problemEn;
        }
    }

    private CellInput() {
    }

    public static Parsed parse(String typed, ValueKind kind) {
        String text = normalise(typed);
        if (text.isEmpty()) {
            return new Parsed(CellValue.BLANK, null, null);
        }
        if (text.equals("/") || text.equals("不适用") || text.toLowerCase(Locale.ROOT).equals("n/a")) {
            return new Parsed(CellValue.NOT_APPLICABLE, null, null);
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches() || m.group(2) != null && kind.integral()) {
            return new Parsed(null, "“" + typed.strip() + "”不是数字。请输入数字；留空表示空白，输入 / 表示不适用。",
                    "“" + typed.strip() + "” is not a number. Type a number; leave it empty for blank, / for not applicable.");
        }
        BigDecimal number = new BigDecimal(m.group(1));
        if ("元".equals(m.group(2))) {
            number = number.movePointLeft(4);
        }
        String problem = ValueProblems.problem(kind, number);
        if (problem != null) {
            return new Parsed(null, number.toPlainString() + " " + ValueProblems.zh(problem),
                    number.toPlainString() + " " + ValueProblems.en(problem));
        }
        return new Parsed(CellValue.of(number, m.group(2) == null ? null : text), null, null);
    }

    /** Full-width digits, signs and spaces as typed with a Chinese input method. */
    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(typed.length());
        for (char c : typed.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '．' || c == '。') {
                sb.append('.');
            } else if (c == '－' || c == '−') {
                sb.append('-');
            } else if (c == '／') {
                sb.append('/');
            } else if (c != ',' && c != '，' && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }
}
