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

    int lineCount() {
        return lineStarts.length;
    }
}
