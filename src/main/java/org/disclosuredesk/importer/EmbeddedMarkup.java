package org.disclosuredesk.importer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.Locale;

/**
 * Report markup a saved web page carries as data rather than as its own elements: tables inside a JavaScript
 * string or a JSON field ({@code \u003ctd\u003e}, {@code \"}, {@code \/}), or markup escaped as text
 * ({@code &lt;td&gt;}) in a textarea or a plain element. Sites that render the article in the browser save
 * this way; reading only the elements would find no report at all.
 * <p>
 * The string literals of every script are scanned in one pass (no regular expression, so a hostile script
 * cannot make it backtrack), unescaped, and those that hold markup are joined in order: a table split over
 * several concatenated strings comes back whole. The result is used only when it holds more table cells than
 * the page's own elements, so a page that shows its tables and also ships them as data is read once.
 */
final class EmbeddedMarkup {

    private EmbeddedMarkup() {
    }

    /**
     * The embedded markup of the page, or null when there is none worth reading.
     *
     * @param visibleCells the table cells the page's own elements hold
     */
    static String find(Document doc, int visibleCells, int maxChars) {
        StringBuilder found = new StringBuilder();
        for (Element script : doc.select("script")) {
            LimitExceeded.checkInterrupted();
            collectLiterals(script.data(), found, maxChars);
        }
        for (Element text : doc.select("textarea, pre, code, xmp, plaintext")) {
            addIfMarkup(text.wholeText(), found, maxChars);
        }
        if (found.isEmpty() && visibleCells == 0) {
            // markup escaped as text in an ordinary element: the page shows "<table>…" as characters
            addIfMarkup(doc.body() == null ? "" : doc.body().wholeText(), found, maxChars);
        }
        return cells(found) > visibleCells ? found.toString() : null;
    }

    /** The string literals of a script, JSON included, each unescaped; those holding markup are kept. */
    static void collectLiterals(String code, StringBuilder found, int maxChars) {
        int n = code.length();
        int i = 0;
        while (i < n) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                StringBuilder literal = new StringBuilder();
                int j = i + 1;
                while (j < n && code.charAt(j) != c) {
                    char d = code.charAt(j);
                    if (d == '\\' && j + 1 < n) {
                        j = unescape(code, j, literal);
                    } else {
                        literal.append(d);
                        j++;
                    }
                    if (literal.length() > maxChars) {
                        throw new LimitExceeded(ImportFailure.TOO_MUCH_TEXT, "> " + maxChars + " chars");
                    }
                }
                addIfMarkup(literal, found, maxChars);
                i = j + 1;
                if ((i & 0xFFFF) == 0) {
                    LimitExceeded.checkInterrupted();
                }
            } else {
                i++;
            }
        }
    }

    /** One escape at {@code code[j]} (a backslash) into {@code out}; returns the index after it. */
    private static int unescape(String code, int j, StringBuilder out) {
        char e = code.charAt(j + 1);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'u' -> {
                if (j + 5 < code.length() && isHex(code, j + 2, j + 6)) {
                    out.append((char) Integer.parseInt(code.substring(j + 2, j + 6), 16));
                    return j + 6;
                }
                out.append('u');
            }
            case 'x' -> {
                if (j + 3 < code.length() && isHex(code, j + 2, j + 4)) {
                    out.append((char) Integer.parseInt(code.substring(j + 2, j + 4), 16));
                    return j + 4;
                }
                out.append('x');
            }
            default -> out.append(e); // \" \' \/ \\ and anything else stands for itself
        }
        return j + 2;
    }

    private static boolean isHex(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void addIfMarkup(CharSequence text, StringBuilder found, int maxChars) {
        String s = text.toString();
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.contains("<td") && !lower.contains("<th") && lower.contains("&lt;t")) {
            // escaped twice: markup as HTML entities inside the string
            s = Parser.unescapeEntities(s, false);
            lower = s.toLowerCase(Locale.ROOT);
        }
        if (lower.contains("<td") || lower.contains("<th") || lower.contains("<p") || lower.contains("<table")) {
            if (found.length() + s.length() > maxChars) {
                throw new LimitExceeded(ImportFailure.TOO_MUCH_TEXT, "> " + maxChars + " chars");
            }
            found.append(s).append('\n');
        }
    }

    private static int cells(CharSequence markup) {
        String lower = markup.toString().toLowerCase(Locale.ROOT);
        int count = 0;
        for (String tag : new String[]{"<td", "<th"}) {
            for (int k = lower.indexOf(tag); k >= 0; k = lower.indexOf(tag, k + 3)) {
                char next = k + 3 < lower.length() ? lower.charAt(k + 3) : '>';
                if (next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '/') {
                    count++;
                }
            }
        }
        return count;
    }
}
