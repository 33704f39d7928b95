package org.disclosuredesk.export;

/**
 * Text that goes into a spreadsheet cell (CSV or XLSX). Excel, WPS and LibreOffice run a cell that begins with
 * {@code = + - @}, a tab or a carriage return as a formula (CSV/formula injection), so such text is prefixed with an
 * apostrophe: it shows as written and never runs. Numbers are written as numbers and are not affected.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠' -> "'" + text;
            default -> text;
        };
    }

    /** One CSV field (RFC 4180 quoting) of neutralised text. */
    public static String csvField(String text) {
        String s = neutralise(text == null ? "" : text);
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
