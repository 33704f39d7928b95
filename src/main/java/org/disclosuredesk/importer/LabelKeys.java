package org.disclosuredesk.importer;

/**
 * Labels compared the way they read, not the way they are typeset: without spaces, punctuation,
 * brackets and quotes, with the numbering kept as its bare digit or numeral ("（一）" → "一",
 * "1、" → "1"), so that "1.属于国家秘密", "1、属于国家秘密" and "（1）属于国家秘密" are one label.
 */
final class LabelKeys {

    private LabelKeys() {
    }

    static String of(String label) {
        StringBuilder sb = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = normalize(SourceText.cleanChar(label.charAt(i)));
            if (isKeyChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Characters that carry meaning in a label: CJK, letters and digits. */
    static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '〇';
    }

    /** Variant forms that misprints and OCR produce for the same character. */
    static char normalize(char c) {
        return switch (c) {
            case '壹' -> '一';
            case '贰' -> '二';
            case '叁' -> '三';
            case '肆' -> '四';
            case '伍' -> '五';
            case '陆' -> '六';
            case '柒' -> '七';
            case '捌' -> '八';
            case '減' -> '减';
            case '開' -> '开';
            default -> Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
        };
    }
}
