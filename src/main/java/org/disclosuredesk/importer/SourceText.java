package org.disclosuredesk.importer;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extracted text plus a cleaned copy of the same length, so that every offset the parser finds
 * points into the original text. Cleaning maps full-width digits and dots to ASCII, odd spaces to
 * spaces, and blanks out lines that are page numbers ("-3-", "— 3 —", "第3页") or markdown rule
 * lines, which otherwise sit inside tables.
 */
final class SourceText {

    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:[-—–~－_]+[ \\t]*\\d{1,3}[ \\t]*[-—–~－_]+|第[ \\t]*\\d{1,3}[ \\t]*页(?:[ \\t]*[,，/]?[ \\t]*共[ \\t]*\\d{1,3}[ \\t]*页)?"
                    + "|\\d{1,3}[ \\t]*/[ \\t]*\\d{1,3})[ \\t]*$");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("(?m)^[ \\t]*\\|?(?:[ \\t]*:?-{3,}:?[ \\t]*\\|)+[ \\t]*:?-*:?[ \\t]*$");

    private final String original;
    private final char[] clean;
    private final int[] lineStarts;

    private SourceText(String original) {
        this.original = original;
        char[] c = original.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = cleanChar(c[i]);
        }
        String cleaned = new String(c);
        blank(c, PAGE_NUMBER_LINE.matcher(cleaned));
        blank(c, MARKDOWN_RULE.matcher(cleaned));
        // after page numbers are gone, so that a cell beside one sees its real neighbours
        while (ocrDigits(c)) {
            // a cell "o" converted may make its neighbour "o" a cell among values
        }
        thousandsCommas(c);
        this.clean = c;
        int lines = 1;
        for (char ch : c) {
            if (ch == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines];
        int k = 1;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\n') {
                lineStarts[k++] = i + 1;
            }
        }
    }

    /**
     * OCR reads 0 as O or o and 1 as l or I. Inside a run of digits (a run of such characters and
     * digits, with at least one digit and no other letter beside it: "1O", "l2", "2O2l") they are
     * digits; a letter standing alone is left as it is (it may be text).
     */
    private static boolean ocrDigits(char[] c) {
        boolean changed = false;
        int i = 0;
        while (i < c.length) {
            if (!isDigitLike(c[i])) {
                i++;
                continue;
            }
            int j = i;
            boolean digit = false;
            boolean letter = false;
            while (j < c.length && (isDigitLike(c[j])
                    || (c[j] == '.' || c[j] == ',') && j > i && j + 1 < c.length && isDigitLike(c[j + 1]))) {
                digit |= c[j] >= '0' && c[j] <= '9';
                letter |= Character.isLetter(c[j]);
                j++;
            }
            boolean alone = (i == 0 || !isLatin(c[i - 1])) && (j >= c.length || !isLatin(c[j]));
            if (!digit && j - i <= 4 && aloneAmongValues(c, i, j)) {
                digit = true; // a cell "O" or "lO" between values on its line
            }
            if (digit && letter && alone) {
                changed = true;
                for (int k = i; k < j; k++) {
                    c[k] = switch (c[k]) {
                        case 'O', 'o' -> '0';
                        case 'l', 'I' -> '1';
                        default -> c[k];
                    };
                }
            }
            i = Math.max(j, i + 1);
        }
        return changed;
    }

    /** The letters [i, j) stand alone as a cell, with a value cell right before or after them on their line. */
    private static boolean aloneAmongValues(char[] c, int i, int j) {
        while (j < c.length && UNIT_CHARS.indexOf(c[j]) >= 0) {
            j++; // "O万元", "o件"
        }
        if (i > 0 && (c[i - 1] == '-' || c[i - 1] == '+')) {
            i--; // "-l"
        }
        if (i > 0 && !isCellGap(c[i - 1]) && c[i - 1] != '\n' || j < c.length && !isCellGap(c[j])
                && c[j] != '\n') {
            return false;
        }
        int b = i - 1;
        while (b >= 0 && c[b] == ' ') {
            b--;
        }
        int a = j;
        while (a < c.length && c[a] == ' ') {
            a++;
        }
        boolean pipeCell = b >= 0 && c[b] == '|' && a < c.length && c[a] == '|';
        boolean lineEnds = a >= c.length || c[a] == '\n';
        // one cell per line: the neighbouring values may be on the lines before and after
        while (b >= 0 && (isCellGap(c[b]) || c[b] == '\n')) {
            b--;
        }
        // the last cell of a row, after its label ("行政许可 O", or the label on the line before)
        boolean lastAfterLabel = lineEnds && b >= 0 && c[b] > 0x2E80 && "：。，；".indexOf(c[b]) < 0;
        while (a < c.length && (isCellGap(c[a]) || c[a] == '\n')) {
            a++;
        }
        if (a + 1 < c.length && (c[a] == '-' || c[a] == '+') && isAsciiDigit(c[a + 1])) {
            a++; // a signed value follows
        }
        return pipeCell || lastAfterLabel || b >= 0 && (isAsciiDigit(c[b]) || isLoneLetterCell(c, b))
                || a < c.length && (isAsciiDigit(c[a]) && (a + 1 >= c.length || !Character.isLetter(c[a + 1])
                || c[a + 1] > 0x2E80) || isLoneLetterCell(c, a));
    }

    /** A single O, o, l or I between cell gaps (or line ends) at position p. */
    private static boolean isLoneLetterCell(char[] c, int p) {
        return isDigitLike(c[p]) && !isAsciiDigit(c[p])
                && (p == 0 || isCellGap(c[p - 1]) || c[p - 1] == '\n')
                && (p + 1 >= c.length || isCellGap(c[p + 1]) || c[p + 1] == '\n' || UNIT_CHARS.indexOf(c[p + 1]) >= 0);
    }

    private static final String UNIT_CHARS = "万元件项次个条家";

    private static boolean isCellGap(char ch) {
        return ch == ' ' || ch == '\t' || ch == '|';
    }

    private static boolean isDigitLike(char ch) {
        return ch >= '0' && ch <= '9' || ch == 'O' || ch == 'o' || ch == 'l' || ch == 'I';
    }

    private static boolean isLatin(char ch) {
        return ch < 128 && Character.isLetterOrDigit(ch);
    }

    /** "1，234" (full-width comma between a number and exactly three digits) is a thousands separator. */
    private static void thousandsCommas(char[] c) {
        for (int i = 1; i + 3 < c.length; i++) {
            if (c[i] == '，' && isAsciiDigit(c[i - 1]) && isAsciiDigit(c[i + 1]) && isAsciiDigit(c[i + 2])
                    && isAsciiDigit(c[i + 3]) && (i + 4 >= c.length || !isAsciiDigit(c[i + 4]))) {
                int digitsBefore = 0;
                for (int k = i - 1; k >= 0 && (isAsciiDigit(c[k]) || c[k] == ','); k--) {
                    digitsBefore++;
                }
                if (digitsBefore <= 3 || c[i - 4] == ',') {
                    c[i] = ',';
                }
            }
        }
    }

    private static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    static SourceText of(String text) {
        return new SourceText(text);
    }

    private static void blank(char[] c, Matcher m) {
        while (m.find()) {
            Arrays.fill(c, m.start(), m.end(), ' ');
        }
    }

    static char cleanChar(char ch) {
        if (ch >= '\uFF10' && ch <= '\uFF19') {
            return (char) ('0' + (ch - '\uFF10'));
        }
        return switch (ch) {
            case '\uFF0E' -> '.';
            case '\uFF0D', '\u2212' -> '-';
            case '\uFF0B' -> '+';
            case '\uFF0F' -> '/';
            case '\uFF5C' -> '|';
            case '\r', '\u00A0', '\u3000', '\u2002', '\u2003', '\u2009', '\u200B', '\uFEFF', '\u000B', '\u000C' -> ' ';
            default -> ch;
        };
    }

    String original() {
        return original;
    }

    int length() {
        return clean.length;
    }

    char charAt(int i) {
        return clean[i];
    }

    String cleanSubstring(int from, int to) {
        return new String(clean, from, to - from);
    }

    /** 1-based line of an offset. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    int lineStart(int line) {
        return lineStarts[line - 1];
    }

    int lineEnd(int line) {
        return line < lineStarts.length ? lineStarts[line] - 1 : clean.length;
    }
}
