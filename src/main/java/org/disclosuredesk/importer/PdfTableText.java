package org.disclosuredesk.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One page's text with its ruled tables written the way a real HTML or Word table is: one line per table row,
 * the row's cells separated by tabs, an empty cell as nothing between two tabs — so that the parser knows which
 * column a lone figure stands in. The text a cell wraps over several lines, and a figure centred beside a label
 * of two lines, come together on their row's one line. Text outside ruled tables keeps its lines as the stripper
 * found them.
 */
final class PdfTableText {

    /** One drawn character: its text, its horizontal centre and its vertical centre (y downwards). */
    record Glyph(String text, float x, float y) {
    }

    /** A word as the stripper found it, with its glyphs. */
    record Word(String text, List<Glyph> glyphs) {
    }

    private record BandKey(long top, long bottom) {
        static BandKey of(PdfRulings.Cell c) {
            return new BandKey(Math.round(c.top() * 4), Math.round(c.bottom() * 4));
        }
    }

    /** A row of a ruled table: its cells left to right, and the text found in each, by line and word. */
    private static final class Band {
        final List<float[]> cells;
        final List<TreeMap<Integer, TreeMap<Integer, StringBuilder>>> text = new ArrayList<>();

        Band(List<float[]> cells) {
            this.cells = cells;
            for (int i = 0; i < cells.size(); i++) {
                text.add(new TreeMap<>());
            }
        }

        int indexOf(PdfRulings.Cell c) {
            for (int i = 0; i < cells.size(); i++) {
                if (Math.abs(cells.get(i)[0] - c.left()) <= PdfRulings.SLACK
                        && Math.abs(cells.get(i)[1] - c.right()) <= PdfRulings.SLACK) {
                    return i;
                }
            }
            return -1;
        }

        String line() {
            List<String> out = new ArrayList<>();
            for (TreeMap<Integer, TreeMap<Integer, StringBuilder>> cell : text) {
                StringBuilder sb = new StringBuilder();
                for (TreeMap<Integer, StringBuilder> line : cell.values()) {
                    String l = String.join(" ", line.values()).strip();
                    if (!l.isEmpty()) {
                        appendJoined(sb, l);
                    }
                }
                out.add(sb.toString().replace('\t', ' '));
            }
            return String.join("\t", out);
        }
    }

    private PdfTableText() {
    }

    /** The page's lines, its ruled rows each on one tab-separated line. */
    static List<String> compose(List<List<Word>> lines, PdfRulings rulings) {
        Map<BandKey, Band> bands = new HashMap<>();
        // where each glyph went: its band, or null for text outside ruled tables
        List<List<Band[]>> placed = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            List<Band[]> lineBands = new ArrayList<>();
            List<Word> words = lines.get(li);
            for (int wi = 0; wi < words.size(); wi++) {
                List<Glyph> glyphs = words.get(wi).glyphs();
                Band[] at = new Band[glyphs.size()];
                for (int gi = 0; gi < glyphs.size(); gi++) {
                    Glyph g = glyphs.get(gi);
                    PdfRulings.Cell cell = rulings.cellAt(g.x(), g.y());
                    if (cell == null) {
                        continue;
                    }
                    Band band = bands.computeIfAbsent(BandKey.of(cell),
                            k -> new Band(rulings.cellsOfBand(cell.top(), cell.bottom())));
                    int index = band.cells.size() >= 2 ? band.indexOf(cell) : -1;
                    if (index >= 0) {
                        at[gi] = band;
                        band.text.get(index).computeIfAbsent(li, k -> new TreeMap<>())
                                .computeIfAbsent(wi, k -> new StringBuilder()).append(g.text());
                    }
                }
                lineBands.add(at);
            }
            placed.add(lineBands);
        }
        if (rulings.overBudget()) {
            return plain(lines);
        }
        List<String> out = new ArrayList<>();
        Set<Band> written = new HashSet<>();
        for (int li = 0; li < lines.size(); li++) {
            List<Word> words = lines.get(li);
            List<String> free = new ArrayList<>();
            List<Band> touched = new ArrayList<>();
            for (int wi = 0; wi < words.size(); wi++) {
                Word w = words.get(wi);
                Band[] at = placed.get(li).get(wi);
                StringBuilder rest = new StringBuilder();
                boolean all = true;
                for (int gi = 0; gi < at.length; gi++) {
                    if (at[gi] == null) {
                        rest.append(w.glyphs().get(gi).text());
                    } else {
                        all = false;
                        if (!touched.contains(at[gi])) {
                            touched.add(at[gi]);
                        }
                    }
                }
                if (all) {
                    free.add(w.text());
                } else if (!rest.isEmpty()) {
                    free.add(rest.toString());
                }
            }
            String freeText = String.join(" ", free);
            if (!freeText.isBlank()) {
                out.add(freeText);
            }
            for (Band band : touched) {
                if (written.add(band)) {
                    out.add(band.line());
                }
            }
        }
        return out;
    }

    private static List<String> plain(List<List<Word>> lines) {
        List<String> out = new ArrayList<>();
        for (List<Word> line : lines) {
            out.add(String.join(" ", line.stream().map(Word::text).toList()));
        }
        return out;
    }

    /** Lines of one cell join without a space between Chinese characters (a wrapped label), with one otherwise. */
    private static void appendJoined(StringBuilder sb, String next) {
        if (!sb.isEmpty() && !(isWide(sb.charAt(sb.length() - 1)) && isWide(next.charAt(0)))) {
            sb.append(' ');
        }
        sb.append(next);
    }

    private static boolean isWide(char c) {
        return c >= 0x2E80;
    }
}
