package org.disclosuredesk.importer;

import org.disclosuredesk.template.PartHeading;

import java.util.EnumMap;
import java.util.Map;

/**
 * Finds the headings 一 … 六 by their wording, in order. A heading counts only where it stands as a
 * heading: after its numbering ("三、", "（三）", "3.") or at the start of a line. The introduction's
 * "本报告包括总体情况、主动公开政府信息情况、…" therefore does not count, and reports that number
 * their parts their own way (一、主动公开政府信息情况 as the first table) are still read.
 */
final class PartLocator {

    /** Where a heading was found: [start, end) in the source, end being where its content begins. */
    record Found(int start, int end) {
    }

    private PartLocator() {
    }

    static Map<PartHeading, Found> locate(SourceText src, KeyStream doc) {
        Map<PartHeading, Found> found = new EnumMap<>(PartHeading.class);
        int from = 0;
        for (PartHeading h : PartHeading.values()) {
            Found best = null;
            for (String title : h.printedTitlesZh()) {
                String key = LabelKeys.of(title);
                for (int i = doc.text.indexOf(key, from); i >= 0; i = doc.text.indexOf(key, i + 1)) {
                    int start = headingStart(src, doc.offset(i));
                    if (start >= 0) {
                        if (best == null || doc.offset(i) < best.start()) {
                            best = new Found(start, doc.endOffset(i + key.length()));
                        }
                        break;
                    }
                }
            }
            if (best != null) {
                found.put(h, best);
                from = streamIndexAt(doc, best.end());
            }
        }
        return found;
    }

    private static int streamIndexAt(KeyStream doc, int offset) {
        int lo = 0;
        int hi = doc.offsets.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (doc.offsets[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The offset where the heading with its numbering starts, or -1 if the words are not a heading here. */
    private static int headingStart(SourceText src, int wordsStart) {
        int i = wordsStart - 1;
        while (i >= 0 && (src.charAt(i) == ' ' || src.charAt(i) == '\t' || src.charAt(i) == '#' || src.charAt(i) == '*')) {
            i--;
        }
        if (i < 0 || src.charAt(i) == '\n') {
            return i + 1;
        }
        char c = src.charAt(i);
        if (c == '、' || c == '.' || c == '，' || c == ',') {
            int j = i - 1;
            while (j >= 0 && src.charAt(j) == ' ') {
                j--;
            }
            return j >= 0 && isNumeral(src.charAt(j)) ? j : -1;
        }
        if (c == '）' || c == ')') {
            int j = i - 1;
            while (j >= 0 && isNumeral(src.charAt(j))) {
                j--;
            }
            return j >= 0 && j < i - 1 && (src.charAt(j) == '（' || src.charAt(j) == '(') ? j : -1;
        }
        return -1;
    }

    private static boolean isNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0 || c >= '0' && c <= '9';
    }
}
