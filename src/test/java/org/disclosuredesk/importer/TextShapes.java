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
