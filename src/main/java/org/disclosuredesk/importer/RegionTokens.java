package org.disclosuredesk.importer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table region split into what a reader of the printed table sees: label text (as one
 * space-free, punctuation-free "stream" of characters, each mapped back to its source offset) and the
 * printed values between the labels.
 */
final class RegionTokens {

    private static final String[] UNITS = {"万元", "万", "元", "人次", "次", "件", "项", "个", "条", "家"};
    private static final String BLANK_MARKS = "—–-/\\无－／";
    static final String NOT_APPLICABLE = "不适用";

    final SourceText source;
    final int from;
    final int to;
    final String stream;
    final int[] streamOffsets;
    final List<NumberToken> tokens;

    private RegionTokens(SourceText source, int from, int to, String stream, int[] streamOffsets,
                         List<NumberToken> tokens) {
        this.source = source;
        this.from = from;
        this.to = to;
        this.stream = stream;
        this.streamOffsets = streamOffsets;
        this.tokens = tokens;
    }

    static RegionTokens of(SourceText src, int from, int to) {
        StringBuilder stream = new StringBuilder();
        int[] offsets = new int[Math.max(16, to - from)];
        List<NumberToken> tokens = new ArrayList<>();
        BitSet annotations = annotations(src, from, to);
        BitSet emptyCells = emptyTableCells(src, from, to, annotations);
        int i = from;
        while (i < to) {
            if (emptyCells.get(i - from)) {
                tokens.add(NumberToken.emptyCell(i, src.lineOf(i), stream.length()));
            }
            char c = src.charAt(i);
            if (isSeparator(c) || annotations.get(i - from)) {
                i++;
                continue;
            }
            int numberEnd = numberAt(src, i, to);
            if (numberEnd > i) {
                tokens.add(number(src, i, numberEnd, stream.length()));
                i = numberEnd;
                continue;
            }
            int naEnd = notApplicableAt(src, i, to);
            if (naEnd > i) {
                tokens.add(NumberToken.notApplicable(i, naEnd, src.lineOf(i), NOT_APPLICABLE, stream.length()));
                i = naEnd;
                continue;
            }
            int markEnd = blankMarkAt(src, i, to);
            if (markEnd > i) {
                tokens.add(NumberToken.blankMark(i, markEnd, src.lineOf(i), src.cleanSubstring(i, markEnd),
                        stream.length()));
                i = markEnd;
                continue;
            }
            char k = LabelKeys.normalize(c);
            if (LabelKeys.isKeyChar(k)) {
                stream.append(k);
                offsets[stream.length() - 1] = i;
            }
            i++;
        }
        if (emptyCells.get(to - from)) {
            tokens.add(NumberToken.emptyCell(to, src.lineOf(to), stream.length()));
        }
        int[] trimmed = new int[stream.length()];
        System.arraycopy(offsets, 0, trimmed, 0, stream.length());
        return new RegionTokens(src, from, to, stream.toString(), trimmed, List.copyOf(tokens));
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '|';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** End of a printed number starting at i, or i when there is none (numbering such as "1." is label text). */
    private static int numberAt(SourceText s, int i, int to) {
        int j = i;
        char c = s.charAt(i);
        if (c == '-' || c == '+') {
            if (i + 1 >= to || !isDigit(s.charAt(i + 1))) {
                return i;
            }
            j++;
        } else if (!isDigit(c)) {
            return i;
        }
        int digitsStart = j;
        while (j < to && isDigit(s.charAt(j))) {
            j++;
        }
        // thousands separators: 1,234,567
        int k = j;
        boolean leadingGroup = j - digitsStart <= 3;
        while (k + 3 < to && s.charAt(k) == ',' && isDigit(s.charAt(k + 1)) && isDigit(s.charAt(k + 2))
                && isDigit(s.charAt(k + 3)) && (k + 4 >= to || !isDigit(s.charAt(k + 4))) && leadingGroup) {
            k += 4;
        }
        j = k;
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        char after = j < to ? s.charAt(j) : ' ';
        // （1） (1) 第1 are numbering, 2020年 is a date: label text
        if ((before == '(' || before == '（') && (after == ')' || after == '）') || before == '第'
                || after == '年' || after == '月' || after == '日' || after == '号' || after == '%' || after == '％') {
            return i;
        }
        // "1." or "1、" before text is numbering; so is the last digit of "00000002.其他…" (cells run into it)
        if ((after == '.' || after == '、') && (j + 1 >= to || !isDigit(s.charAt(j + 1)))) {
            return j - 1 > digitsStart ? j - 1 : i;
        }
        if (after == '.' && j + 1 < to && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < to && isDigit(s.charAt(j))) {
                j++;
            }
        }
        for (String unit : UNITS) {
            if (s.length() >= j + unit.length() && j + unit.length() <= to
                    && s.cleanSubstring(j, j + unit.length()).equals(unit)) {
                return j + unit.length();
            }
        }
        return j;
    }

    private static NumberToken number(SourceText s, int start, int end, int streamPos) {
        String printed = s.cleanSubstring(start, end);
        String body = printed;
        String unit = "";
        for (String u : UNITS) {
            if (body.endsWith(u)) {
                unit = u;
                body = body.substring(0, body.length() - u.length());
                break;
            }
        }
        boolean negative = body.startsWith("-");
        if (body.startsWith("-") || body.startsWith("+")) {
            body = body.substring(1);
        }
        boolean grouped = body.indexOf(',') >= 0;
        body = body.replace(",", "");
        String fraction = null;
        int dot = body.indexOf('.');
        if (dot >= 0) {
            fraction = body.substring(dot + 1);
            body = body.substring(0, dot);
        }
        return NumberToken.number(start, end, s.lineOf(start), s.original().substring(start, end),
                new NumberToken.Figure(negative, body, fraction, unit, grouped), streamPos);
    }

    /** "不适用" standing alone as a cell marks it not applicable; inside a label it is label text. */
    private static int notApplicableAt(SourceText s, int i, int to) {
        int j = i + NOT_APPLICABLE.length();
        if (j > to || !NOT_APPLICABLE.equals(s.cleanSubstring(i, j))) {
            return i;
        }
        boolean alone = (i == 0 || isSeparator(s.charAt(i - 1))) && (j >= to || isSeparator(s.charAt(j)));
        return alone ? j : i;
    }

    /** A dash, slash or 无 standing alone as a cell means zero; inside text it is punctuation. */
    private static int blankMarkAt(SourceText s, int i, int to) {
        char c = s.charAt(i);
        if (BLANK_MARKS.indexOf(c) < 0) {
            return i;
        }
        int j = i;
        while (j < to && j - i < 4 && BLANK_MARKS.indexOf(s.charAt(j)) >= 0 && s.charAt(j) == c) {
            j++;
        }
        boolean alone = (i == 0 || isSeparator(s.charAt(i - 1))) && (j >= to || isSeparator(s.charAt(j)));
        return alone ? j : i;
    }

    /**
     * Empty cells of tab-separated rows (real HTML / Word tables) in the value part of the row, i.e.
     * after the last cell holding label text. Bit k marks an empty cell starting at offset from + k.
     */
    private static BitSet emptyTableCells(SourceText s, int from, int to, BitSet annotations) {
        BitSet marks = new BitSet();
        int lineStart = from;
        while (lineStart <= to) {
            int lineEnd = lineStart;
            while (lineEnd < to && s.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            boolean hasTab = false;
            for (int i = lineStart; i < lineEnd; i++) {
                if (s.charAt(i) == '\t') {
                    hasTab = true;
                    break;
                }
            }
            if (hasTab) {
                markEmptyCells(s, lineStart, lineEnd, from, marks, annotations);
            }
            lineStart = lineEnd + 1;
        }
        return marks;
    }

    private static void markEmptyCells(SourceText s, int lineStart, int lineEnd, int from, BitSet marks,
                                       BitSet annotations) {
        List<int[]> cells = new ArrayList<>();
        int cellStart = lineStart;
        for (int i = lineStart; i <= lineEnd; i++) {
            if (i == lineEnd || s.charAt(i) == '\t') {
                cells.add(new int[]{cellStart, i});
                cellStart = i + 1;
            }
        }
        int lastLabel = -1;
        for (int k = 0; k < cells.size(); k++) {
            if (hasLabelText(withoutAnnotations(s, cells.get(k)[0], cells.get(k)[1], from, annotations))) {
                lastLabel = k;
            }
        }
        for (int k = lastLabel + 1; k < cells.size(); k++) {
            int[] cell = cells.get(k);
            if (s.cleanSubstring(cell[0], cell[1]).isBlank()) {
                marks.set(cell[0] - from);
            }
        }
    }

    private static final Pattern VALUE_CELL = Pattern.compile(
            "[-+]?[\\d,]+(?:\\.\\d+)?(?:万元|万|元|人次|次|件|项|个|条|家)?|[—–\\-/\\\\无－／]{1,4}|不适用");

    /** A table cell holding one value (with its unit), a blank mark or 不适用, and nothing else. */
    static boolean isValueCell(String cell) {
        String c = cell.strip();
        return !c.isEmpty() && VALUE_CELL.matcher(c).matches();
    }

    /** A cell holding anything but a value (with its unit) or a blank mark is label text. */
    private static boolean hasLabelText(String cell) {
        return !cell.isEmpty() && !VALUE_CELL.matcher(cell).matches();
    }

    private static String withoutAnnotations(SourceText s, int cellFrom, int cellTo, int regionFrom,
                                             BitSet annotations) {
        StringBuilder out = new StringBuilder();
        for (int i = cellFrom; i < cellTo; i++) {
            if (!annotations.get(i - regionFrom)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString().strip();
    }

    // ------------------------------------------------------------------ annotations

    /**
     * Annotations of a cell — "22（其中修订16件）", "55（含自然失效29件）" — whose figures are not cells: bit k marks
     * offset from + k as part of one. An annotation is a bracket opened right after a value and going on with text,
     * up to its closing bracket or the end of its cell; a bracketed text holding a figure (the annotation torn out
     * of its cell onto a line of its own); or, after an annotation left open, the text up to a closing bracket at
     * the start of a cell (the rest of it, wrapped onto the next line by a converter). Cells end at a tab, a pipe
     * or the line's end. Brackets of labels ("（二）部分公开（区分处理的…）") hold no figure and follow no value.
     */
    private static BitSet annotations(SourceText s, int from, int to) {
        BitSet marks = new BitSet();
        int open = 0; // annotations left open at the end of their cell, whose rest may follow
        int cellStart = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : '\n';
            if (c != '\n' && c != '\t' && c != '|') {
                continue;
            }
            open = annotationsInCell(s, cellStart, i, from, marks, open);
            cellStart = i + 1;
        }
        return marks;
    }

    private static int annotationsInCell(SourceText s, int start, int end, int from, BitSet marks, int open) {
        int i = start;
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        // the rests of annotations left open, each up to its closing bracket, before anything else in the cell
        while (open > 0 && i < end) {
            int close = closingBracket(s, i, nextSpace(s, i, end));
            if (close < 0 || !hasDigit(s, i, close) || !hasText(s, i, close)) {
                break;
            }
            marks.set(i - from, close + 1 - from);
            open--;
            i = close + 1;
            while (i < end && s.charAt(i) == ' ') {
                i++;
            }
        }
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c != '（' && c != '(') {
                continue;
            }
            int close = closingBracket(s, i + 1, end);
            // an annotation left open ends with its cell, or at a space in a line of cells apart by spaces
            int stop = close >= 0 ? close + 1 : nextSpace(s, i, end);
            boolean afterValue = i > start && (isDigit(s.charAt(i - 1)) || UNIT_CHARS.indexOf(s.charAt(i - 1)) >= 0
                    && i - 1 > start && isDigit(s.charAt(i - 2)));
            // "（一）" after digits that ran into it is the next row's numbering, not an annotation
            boolean opensText = i + 1 < end && isText(s.charAt(i + 1))
                    && !(close >= 0 && numbering(s, i + 1, close));
            boolean holdsFigure = close >= 0 && opensText && hasDigit(s, i + 1, close);
            if (afterValue && opensText || holdsFigure) {
                marks.set(i - from, stop - from);
                if (close < 0) {
                    open++;
                }
                i = stop - 1;
            }
        }
        return open;
    }

    private static final String UNIT_CHARS = "件项条个次家";

    private static int nextSpace(SourceText s, int i, int end) {
        for (int j = i; j < end; j++) {
            if (s.charAt(j) == ' ') {
                return j;
            }
        }
        return end;
    }

    /** Only numerals ("一", "十二"): the numbering of a row. */
    private static boolean numbering(SourceText s, int from, int to) {
        for (int j = from; j < to; j++) {
            if ("一二三四五六七八九十".indexOf(s.charAt(j)) < 0) {
                return false;
            }
        }
        return to > from;
    }

    /** The first closing bracket in [i, end) before any opening one, or -1. */
    private static int closingBracket(SourceText s, int i, int end) {
        for (int j = i; j < end; j++) {
            char c = s.charAt(j);
            if (c == '）' || c == ')') {
                return j;
            }
            if (c == '（' || c == '(') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasDigit(SourceText s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (isDigit(s.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(SourceText s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (isText(s.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    /** A Chinese character: what annotations are written in (numbering such as "（1）" is not one). */
    private static boolean isText(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    // ------------------------------------------------------------------ groups

    /**
     * The values between two pieces of label text, split where the line structure shows separate
     * table rows: lines are joined while together they do not exceed {@code width} values (one cell
     * per line), and a line holding a full row on its own stays alone.
     */
    List<ValueGroup> groups(int width) {
        List<ValueGroup> groups = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).streamPos() == tokens.get(i).streamPos()) {
                j++;
            }
            splitByLines(tokens.subList(i, j + 1), width, groups);
            i = j + 1;
        }
        return groups;
    }

    private static void splitByLines(List<NumberToken> run, int width, List<ValueGroup> out) {
        List<List<NumberToken>> lines = new ArrayList<>();
        for (NumberToken t : run) {
            if (lines.isEmpty() || lines.getLast().getLast().line() != t.line()) {
                lines.add(new ArrayList<>());
            }
            lines.getLast().add(t);
        }
        List<NumberToken> current = new ArrayList<>();
        for (List<NumberToken> line : lines) {
            if (!current.isEmpty() && (current.size() + line.size() > width || line.size() >= width)) {
                out.add(new ValueGroup(current));
                current = new ArrayList<>();
            }
            current.addAll(line);
            if (current.size() >= width) {
                out.add(new ValueGroup(current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(new ValueGroup(current));
        }
    }

    int sourceOffsetOfStream(int streamIndex) {
        if (streamOffsets.length == 0) {
            return from;
        }
        return streamOffsets[Math.min(streamIndex, streamOffsets.length - 1)];
    }
}
