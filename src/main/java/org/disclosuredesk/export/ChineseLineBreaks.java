package org.disclosuredesk.export;

import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break: after any character, but never so that a line starts with closing
 * punctuation (，。、；：？！）》” …) or ends with opening punctuation (（《“ …) — the 避头尾 rule every typeset Chinese
 * document follows — and not inside a run of digits or Latin letters, so a figure is never cut in two.
 */
final class ChineseLineBreaks implements SplitCharacter {

    static final ChineseLineBreaks RULE = new ChineseLineBreaks();

    private static final String NO_LINE_START = "，。、；：？！）》〉」』】〕…—·%‰,.;:?!)]}”’";
    private static final String NO_LINE_END = "（《〈「『【〔“‘([{";

    private ChineseLineBreaks() {
    }

    /** A phrase whose lines break by this rule. */
    static Phrase phrase(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(RULE);
        return new Phrase(chunk);
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        int c = at(current, cc, ck);
        int next = current + 1 < end ? at(current + 1, cc, ck) : -1;
        return mayBreakBetween(c, next);
    }

    /** Whether a line may end after {@code c} when {@code next} follows (-1: nothing follows). */
    static boolean mayBreakBetween(int c, int next) {
        if (NO_LINE_END.indexOf(c) >= 0 || (next >= 0 && NO_LINE_START.indexOf(next) >= 0)) {
            return false;
        }
        if (Character.isWhitespace(c) || c == '-' || next < 0) {
            return true;
        }
        return wide(c) || wide(next);
    }

    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static int at(int i, char[] cc, PdfChunk[] ck) {
        return ck == null ? cc[i] : ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }
}
