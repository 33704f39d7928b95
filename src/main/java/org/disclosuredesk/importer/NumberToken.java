package org.disclosuredesk.importer;

/**
 * One printed value inside a table region: a number ("447228", "-15", "3522.436287万", "11次"), a blank
 * marker ("—", "-", "/", "无"), "不适用", or an empty cell of a real table. Made by {@link #number}, {@link #blankMark}
 * or {@link #emptyCell}.
 *
 * @param start     offset of the first character in the source text
 * @param end       offset after the last character (equal to start for an empty cell)
 * @param line      the source line the token starts on
 * @param printed   the characters as printed ("" for an empty cell)
 * @param figure    what the characters of a NUMBER say; {@link Figure#NONE} otherwise
 * @param streamPos how many label characters of the region precede this token
 */
record NumberToken(int start, int end, int line, String printed, Kind kind, Figure figure, int streamPos) {

    enum Kind { NUMBER, BLANK_MARK, EMPTY_CELL, NOT_APPLICABLE }

    /**
     * The parts of a printed number.
     *
     * @param negative printed with a minus sign
     * @param digits   the integer digits without sign or thousands separators; null unless NUMBER
     * @param fraction the digits after the decimal point, or null
     * @param unit     a unit printed after the number (万元, 万, 元, 次, 件 …), or ""
     * @param grouped  true when printed with thousands separators: then it is certainly one number
     */
    record Figure(boolean negative, String digits, String fraction, String unit, boolean grouped) {
        static final Figure NONE = new Figure(false, null, null, "", false);
    }

    static NumberToken number(int start, int end, int line, String printed, Figure figure, int streamPos) {
        return new NumberToken(start, end, line, printed, Kind.NUMBER, figure, streamPos);
    }

    static NumberToken blankMark(int start, int end, int line, String printed, int streamPos) {
        return new NumberToken(start, end, line, printed, Kind.BLANK_MARK, Figure.NONE, streamPos);
    }

    /** "不适用" printed as a cell: the cell is marked not applicable (as the official HTML export prints it). */
    static NumberToken notApplicable(int start, int end, int line, String printed, int streamPos) {
        return new NumberToken(start, end, line, printed, Kind.NOT_APPLICABLE, Figure.NONE, streamPos);
    }

    static NumberToken emptyCell(int at, int line, int streamPos) {
        return new NumberToken(at, at, line, "", Kind.EMPTY_CELL, Figure.NONE, streamPos);
    }

    boolean negative() {
        return figure.negative();
    }

    String digits() {
        return figure.digits();
    }

    String fraction() {
        return figure.fraction();
    }

    String unit() {
        return figure.unit();
    }

    boolean grouped() {
        return figure.grouped();
    }

    /** Digits printed together may be several cells that lost their separators. */
    boolean splittable() {
        return kind == Kind.NUMBER && !grouped() && digits().length() > 1;
    }

    /** The most values this token can stand for. */
    int maxValues() {
        int n = splittable() ? digits().length() : 1;
        return negative() ? n + 1 : n; // "-" may be a blank cell before the number
    }
}
