package org.disclosuredesk.importer;

import org.disclosuredesk.template.NarrativePart;

/**
 * The running text of a part as a reader would copy it: page numbers and the line breaks of the page
 * layout removed, paragraphs kept where a line ends a sentence.
 */
final class NarrativeText {

    private NarrativeText() {
    }

    static String of(SourceText src, int from, int to) {
        if (from < 0 || to <= from) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int lineStart = from;
        boolean paragraphEnd = true;
        while (lineStart < to) {
            int lineEnd = lineStart;
            while (lineEnd < to && src.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            if (!src.cleanSubstring(lineStart, lineEnd).isBlank()) {
                String line = src.original().substring(lineStart, lineEnd).strip();
                if (!paragraphEnd && startsNewParagraph(line)) {
                    paragraphEnd = true;
                }
                if (paragraphEnd && !out.isEmpty()) {
                    out.append('\n');
                }
                out.append(line);
                paragraphEnd = line.endsWith("。") || line.endsWith("：") || line.endsWith("！") || line.endsWith("？")
                        || line.length() < 25 && !line.endsWith("，");
            }
            lineStart = lineEnd + 1;
        }
        String text = out.toString().strip();
        return text.length() > NarrativePart.MAX_LENGTH ? text.substring(0, NarrativePart.MAX_LENGTH) : text;
    }

    private static boolean startsNewParagraph(String line) {
        return line.matches("^(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、|\\d+[.、]).*");
    }
}
