package org.disclosuredesk.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a label in running text allowing a few edits: a misprinted or dropped character, or a stray
 * fragment of a vertical heading ("三、本年度办理结果" printed one character per line) that the
 * extraction put in the middle of a row label. Sellers' algorithm: edit distance of the pattern
 * against every substring, keeping where each best alignment starts.
 */
final class ApproximateFinder {

    record Match(int start, int end, int distance) {
    }

    private ApproximateFinder() {
    }

    /** How many edits a label of this length may have and still count as found. */
    static int tolerance(int length) {
        if (length <= 4) {
            return 0;
        }
        if (length <= 8) {
            return 1;
        }
        return Math.min(8, Math.max(2, length / 5));
    }

    /** Non-overlapping matches with at most {@code maxDistance} edits, best per neighbourhood. */
    static List<Match> find(String text, String pattern, int maxDistance) {
        List<Match> result = new ArrayList<>();
        if (pattern.isEmpty()) {
            return result;
        }
        if (maxDistance == 0) {
            for (int i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + pattern.length())) {
                result.add(new Match(i, i + pattern.length(), 0));
            }
            return result;
        }
        int n = pattern.length();
        int m = text.length();
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        int[] prevStart = new int[n + 1];
        int[] curStart = new int[n + 1];
        int[] distAtEnd = new int[m + 1];
        int[] startAtEnd = new int[m + 1];
        for (int i = 0; i <= n; i++) {
            prev[i] = i;
            prevStart[i] = 0;
        }
        distAtEnd[0] = prev[n];
        for (int j = 1; j <= m; j++) {
            char t = text.charAt(j - 1);
            cur[0] = 0;
            curStart[0] = j;
            for (int i = 1; i <= n; i++) {
                int sub = prev[i - 1] + (pattern.charAt(i - 1) == t ? 0 : 1);
                int del = cur[i - 1] + 1;   // pattern char missing from the text
                int ins = prev[i] + 1;      // extra char in the text
                int best = sub;
                int start = prevStart[i - 1];
                if (ins < best) {
                    best = ins;
                    start = prevStart[i];
                }
                if (del < best) {
                    best = del;
                    start = curStart[i - 1];
                }
                cur[i] = best;
                curStart[i] = start;
            }
            distAtEnd[j] = cur[n];
            startAtEnd[j] = curStart[n];
            int[] swap = prev;
            prev = cur;
            cur = swap;
            swap = prevStart;
            prevStart = curStart;
            curStart = swap;
        }
        // keep local minima: the best end position of each run of acceptable ends
        int j = 1;
        while (j <= m) {
            if (distAtEnd[j] > maxDistance) {
                j++;
                continue;
            }
            int bestJ = j;
            int k = j;
            while (k <= m && distAtEnd[k] <= maxDistance) {
                if (distAtEnd[k] < distAtEnd[bestJ]) {
                    bestJ = k;
                }
                k++;
            }
            int start = startAtEnd[bestJ];
            // trim edge edits: an alignment may begin or end with unmatched text characters
            int s = start;
            int e = bestJ;
            while (s < e && pattern.charAt(0) != text.charAt(s) && e - s > n) {
                s++;
            }
            result.add(new Match(s, e, distAtEnd[bestJ]));
            j = k;
        }
        return result;
    }
}
