package org.disclosuredesk.importer;

/**
 * One printed value inside a table region: a number ("447228", "-15", "3522.436287万", "11次"), a blank
 * marker ("—", "-", "/", "无"), or an empty cell of a real table.
 *
 * @param digits   the integer digits without sign or thousands separators; null unless NUMBER
 * @param fraction the digits after the decimal point, or null
 * @param unit     a unit printed after the number (万元, 万, 元, 次, 件 …), or ""
 * @param grouped  true when printed with thousands separators: then it is certainly one number
 * @param streamPos how many label characters of the region precede this token
 */
record NumberToken(int start, int end, int line, String printed, Kind kind, boolean negative, String digits,
                   String fraction, String unit, boolean grouped, int streamPos) {

    enum Kind { NUMBER, BLANK_MARK, EMPTY_CELL }

    /** Digits printed together may be several cells that lost their separators. */
    boolean splittable() {
        return kind == Kind.NUMBER && !grouped && digits.length() > 1;
    }

    /** The most values this token can stand for. */
    int maxValues() {
        int n = splittable() ? digits.length() : 1;
        return negative ? n + 1 : n; // "-" may be a blank cell before the number
    }
}
