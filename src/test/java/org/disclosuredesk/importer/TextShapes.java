package org.disclosuredesk.importer;

import java.util.Random;
import java.util.regex.Pattern;

/** Deformations of a rendered report that imitate what PDF and web-page extraction produce. */
public final class TextShapes {

    private static final Pattern VALUE = Pattern.compile("^-?\\d[\\d.]*(?:万元|万|元)?$");

    private TextShapes() {
    }

    /** Every table cell on its own line, labels included (PDF extraction of ruled tables). */
    public static String oneCellPerLine(String text, Random rnd) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String[] cells = line.split(" ");
            if (cells.length > 1 && !line.contains("。")) {
                out.append(String.join("\n", cells)).append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** A page number line every few lines, in the forms Chinese documents use. */
    public static String pageNumbers(String text, Random rnd) {
        String[] forms = {"-%d-", "— %d —", "- %d -", "第%d页", "第 %d 页 共 9 页"};
        StringBuilder out = new StringBuilder();
        int page = 1;
        int next = 3 + rnd.nextInt(8);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
            if (i == next) {
                out.append("      ").append(String.format(forms[rnd.nextInt(forms.length)], page++)).append('\n');
                next += 3 + rnd.nextInt(8);
            }
        }
        return out.toString();
    }

    /** Long row labels broken over two lines, the numbers printed beside either half. */
    public static String wrappedLabels(String text, Random rnd) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int firstValue = firstValueCell(line);
            String label = firstValue < 0 ? line : line.substring(0, firstValue).strip();
            if (firstValue > 0 && label.length() >= 8 && !line.contains("。")) {
                String values = line.substring(firstValue).strip();
                int cut = 3 + rnd.nextInt(label.length() - 5);
                String head = label.substring(0, cut);
                String tail = label.substring(cut);
                if (rnd.nextBoolean()) {
                    out.append(head).append('\n').append(tail).append("  ").append(values).append('\n');
                } else {
                    out.append(head).append("   ").append(values).append('\n').append(tail).append('\n');
                }
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** Web page flattened to text: no spaces or line breaks between labels and values. */
    public static String runTogether(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.contains("。") || line.isBlank()) {
                out.append('\n').append(line).append('\n');
            } else {
                out.append(line.replace(" ", ""));
            }
        }
        return out.toString();
    }

    /** A table line: several cells separated by spaces and not a sentence. */
    private static boolean tableLine(String line) {
        return line.split(" ").length > 1 && !line.contains("。");
    }

    /** Tables as markdown pipe tables (PDF to markdown), a separator row under each header line. */
    public static String pipeTables(String text, Random rnd) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (tableLine(line)) {
                String[] cells = line.split(" ");
                out.append("| ").append(String.join(" | ", cells)).append(" |\n");
                if (firstValueCell(line) < 0) {
                    out.append("|").append("---|".repeat(cells.length)).append('\n');
                }
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** Cells separated by tabs (copied from a web page) or by runs of spaces (pdftotext -layout). */
    public static String tabsOrSpaces(String text, Random rnd) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (tableLine(line)) {
                String[] cells = line.split(" ");
                StringBuilder l = new StringBuilder(cells[0]);
                boolean tabs = rnd.nextBoolean();
                for (int i = 1; i < cells.length; i++) {
                    l.append(tabs ? "\t" : " ".repeat(2 + rnd.nextInt(12))).append(cells[i]);
                }
                out.append(tabs ? l : "    " + l).append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * OCR misreadings inside value cells: 0 read as O or o, 1 as l or I, digits in full width,
     * thousands written with "，".
     */
    public static String ocrDigits(String text, Random rnd) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!tableLine(line)) {
                out.append(line).append('\n');
                continue;
            }
            String[] cells = line.split(" ");
            for (int k = 0; k < cells.length; k++) {
                if (!VALUE.matcher(cells[k]).matches() || k == 0) {
                    continue;
                }
                StringBuilder c = new StringBuilder();
                for (char ch : cells[k].toCharArray()) {
                    int roll = rnd.nextInt(10);
                    if (ch == '0' && roll < 2) {
                        c.append(roll == 0 ? 'O' : 'o');
                    } else if (ch == '1' && roll < 2) {
                        c.append(roll == 0 ? 'l' : 'I');
                    } else if (ch >= '0' && ch <= '9' && roll < 4) {
                        c.append((char) ('\uFF10' + (ch - '0')));
                    } else {
                        c.append(ch);
                    }
                }
                cells[k] = c.toString();
            }
            out.append(String.join(" ", cells)).append('\n');
        }
        return out.toString();
    }

    private static int firstValueCell(String line) {
        String[] cells = line.split(" ");
        int offset = 0;
        for (String cell : cells) {
            if (VALUE.matcher(cell).matches() && offset > 0) {
                return offset;
            }
            offset += cell.length() + 1;
        }
        return -1;
    }
}
