package org.disclosuredesk.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of a web page in reading order. The parser keeps at most {@link #MAX_DEPTH} open elements
 * (deeper ones are closed and become siblings), so a page nested 100 000 levels deep costs no stack,
 * and the text stops at the character limit.
 *
 * <p>A report carried as data inside a script or as escaped text is found by {@link EmbeddedMarkup} and read
 * in place of the page's own elements.
 *
 * <p>A real {@code <table>} is written row by row with its cells
 * separated by tabs, an empty cell as nothing between two tabs, so that the parser knows where each
 * value sits and can tell a printed blank from a missing cell. Spanned cells are written once; a merged cell
 * holding a value also leaves an empty cell at each other place it covers (the columns it spans, the rows
 * below it), so that the values after it keep their columns and the places it covers stay unread, not guessed.
 */
final class HtmlTextExtractor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "tr", "table", "section", "article", "header", "footer", "blockquote", "pre", "ul", "ol", "dt", "dd",
            "title");

    /** Real pages nest a few dozen levels; jsoup's own default is 512. */
    static final int MAX_DEPTH = 256;

    private HtmlTextExtractor() {
    }

    static ExtractedText extract(byte[] bytes) throws ImportException {
        return extract(bytes, ImportLimits.DEFAULTS);
    }

    static ExtractedText extract(byte[] bytes, ImportLimits limits) throws ImportException {
        String html = PlainTextDecoder.decode(bytes);
        try {
            Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
            LimitExceeded.checkInterrupted();
            String embedded = EmbeddedMarkup.find(doc, doc.select("td, th").size(), limits.maxChars());
            doc.select("script, style, noscript, template").remove();
            StringBuilder out = new StringBuilder();
            String title = doc.title();
            if (!title.isBlank()) {
                out.append(title.strip()).append('\n');
            }
            if (embedded != null) {
                // the report is carried as data (see EmbeddedMarkup): read that markup instead of the page's shell
                Document inner = Jsoup.parse(embedded, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
                walk(inner.body(), out, limits);
            } else {
                walk(doc.body(), out, limits);
            }
            LimitExceeded.checkLength(out, limits);
            return new ExtractedText(tidy(out), SourceFormat.HTML, List.of());
        } catch (LimitExceeded e) {
            throw e.toImportException();
        } catch (StackOverflowError e) {
            throw new ImportException(ImportFailure.TOO_COMPLEX, "HTML nesting", null);
        }
    }

    static ExtractedText extract(String html) throws ImportException {
        return extract(html.getBytes(StandardCharsets.UTF_8));
    }

    private static void walk(Node node, StringBuilder out, ImportLimits limits) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.text());
                LimitExceeded.checkLength(out, limits);
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("table")) {
                    newline(out);
                    writeTable(e, out, limits);
                    newline(out);
                } else if (tag.equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    newline(out);
                    walk(e, out, limits);
                    newline(out);
                } else {
                    walk(e, out, limits);
                }
            }
        }
    }

    private static void writeTable(Element table, StringBuilder out, ImportLimits limits) {
        LimitExceeded.checkInterrupted();
        LimitExceeded.checkLength(out, limits);
        // columns still covered by a cell of a row above: column → that cell's span
        Map<Integer, Span> covered = new HashMap<>();
        for (Element row : rowsOf(table)) {
            List<String> cells = new ArrayList<>();
            Set<Integer> unvisited = new HashSet<>(covered.keySet());
            int col = 0;
            for (Element cell : row.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                List<Element> inner = innerTables(cell);
                if (!inner.isEmpty()) {
                    // a layout table wrapping the real one: read the inner table on its own lines
                    newline(out);
                    inner.forEach(t -> writeTable(t, out, limits));
                    continue;
                }
                col = skipCovered(covered, unvisited, col, cells);
                String text = cellText(cell, limits);
                cells.add(text);
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
                boolean value = RegionTokens.isValueCell(text);
                if (value) {
                    for (int k = 1; k < colspan; k++) {
                        cells.add("");
                    }
                }
                if (rowspan > 1) {
                    covered.put(col, new Span(colspan, rowspan - 1, value));
                }
                col += colspan;
            }
            skipCovered(covered, unvisited, col, cells);
            // spans this row's cells did not reach (a short or malformed row) still cover it
            for (int c : unvisited) {
                if (countDown(covered.get(c))) {
                    covered.remove(c);
                }
            }
            if (!cells.isEmpty()) {
                out.append(String.join("\t", cells)).append('\n');
            }
        }
    }

    /** A cell spanning rows: its width, how many rows below it still covers, and whether it holds a value. */
    private static final class Span {
        final int width;
        int rowsLeft;
        final boolean value;

        Span(int width, int rowsLeft, boolean value) {
            this.width = width;
            this.rowsLeft = rowsLeft;
            this.value = value;
        }
    }

    /** Steps over the columns covered from above at col: empty cells where a value covers them. */
    private static int skipCovered(Map<Integer, Span> covered, Set<Integer> unvisited, int col, List<String> cells) {
        Span s = unvisited.contains(col) ? covered.get(col) : null;
        while (s != null) {
            unvisited.remove(col);
            if (s.value) {
                for (int k = 0; k < s.width; k++) {
                    cells.add("");
                }
            }
            int at = col;
            col += s.width;
            if (countDown(s)) {
                covered.remove(at);
            }
            s = unvisited.contains(col) ? covered.get(col) : null;
        }
        return col;
    }

    /** One row of the span used: true when it covers no more rows. */
    private static boolean countDown(Span s) {
        s.rowsLeft--;
        return s.rowsLeft <= 0;
    }

    /** A span attribute, 1 when absent or not a sane number (pages print colspan="3 ", or huge ones). */
    private static int span(Element cell, String attr) {
        String v = cell.attr(attr).strip();
        if (v.isEmpty() || v.length() > 3 || !v.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Math.max(1, Math.min(100, Integer.parseInt(v)));
    }

    /**
     * The tables directly inside a cell, not those nested in them: each table is written once by its own
     * parent (all descendants would write a table nested n deep 2^n times).
     */
    private static List<Element> innerTables(Element cell) {
        List<Element> inner = new ArrayList<>();
        for (Element t : cell.select("table")) {
            Element parent = t.parent();
            if (parent != null && parent.closest("td, th") == cell) {
                inner.add(t);
            }
        }
        return inner;
    }

    /** The rows of this table, not of tables nested in it. */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                child.children().stream().filter(r -> r.normalName().equals("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    // a label written one character per line inside a cell is one label: join the lines
    private static String cellText(Element cell, ImportLimits limits) {
        StringBuilder sb = new StringBuilder();
        walk(cell, sb, limits);
        return sb.toString().replace('\t', ' ').replaceAll("\\s*\\n\\s*", " ").strip();
    }

    private static void newline(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    static String tidy(CharSequence text) {
        return text.toString().replace('\u00A0', ' ').replaceAll("[ \\u3000]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    }
}
