package org.disclosuredesk.importer;

/** The label characters of a stretch of text in a row, each with its offset in the source. */
final class KeyStream {

    final String text;
    final int[] offsets;

    private KeyStream(String text, int[] offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    static KeyStream of(SourceText src, int from, int to) {
        StringBuilder sb = new StringBuilder(Math.max(0, to - from));
        int[] offsets = new int[Math.max(0, to - from)];
        for (int i = from; i < to; i++) {
            char c = LabelKeys.normalize(src.charAt(i));
            if (LabelKeys.isKeyChar(c)) {
                offsets[sb.length()] = i;
                sb.append(c);
            }
        }
        int[] trimmed = new int[sb.length()];
        System.arraycopy(offsets, 0, trimmed, 0, sb.length());
        return new KeyStream(sb.toString(), trimmed);
    }

    int offset(int index) {
        return offsets[index];
    }

    /** Source offset just after the character at stream index {@code index - 1}. */
    int endOffset(int index) {
        return offsets[index - 1] + 1;
    }
}
