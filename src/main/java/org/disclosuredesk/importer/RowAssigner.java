package org.disclosuredesk.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties the value groups of a table region to template rows.
 * <ol>
 * <li>A row label on the same line as its values, or wrapped around them, ties them for sure.</li>
 * <li>Those sure rows, in the order the template gives them, leave gaps. Extraction keeps the order
 * of the values even where it tears labels away from them (markdown tables, one cell per line), so a
 * gap holding exactly as many rows as unclaimed groups is filled in order.</li>
 * <li>Otherwise a label on the line just above its values decides, and the rest of the gap stays
 * unread.</li>
 * </ol>
 */
final class RowAssigner {

    record Assignment(ValueGroup group, Provenance.Evidence evidence) {
    }

    /**
     * A row tied by a label printed otherwise than the template's: a few characters off (misprinted or misread),
     * or in the other edition's wording ({@link org.disclosuredesk.template.LabelVariants}).
     *
     * @param printed what the source prints, without spaces and line breaks
     */
    record LabelDeviation(int row, String printed, boolean otherWording) {
    }

    /** @param variant index of the label key matched: 0 is the template's own label, more is a variant */
    private record LabelHit(int row, int start, int end, int distance, int variant) {
    }

    private record Claim(int row, int group, Provenance.Evidence evidence, boolean inside, LabelHit hit) {
    }

    private final List<RowSpec> rows;
    private final RegionTokens region;
    private final List<ValueGroup> groups;
    /** The label that tied each row, by row. */
    private final Map<Integer, LabelHit> tiedBy = new HashMap<>();

    RowAssigner(List<RowSpec> rows, RegionTokens region, List<ValueGroup> groups) {
        this.rows = rows;
        this.region = region;
        this.groups = groups;
    }

    Assignment[] assign() {
        List<LabelHit> hits = findLabels();
        Map<Integer, Claim> weakByGroup = new HashMap<>();
        Claim[] strongByRow = new Claim[rows.size()];
        Map<Integer, Claim> strongByGroup = new HashMap<>();
        for (LabelHit hit : hits) {
            Claim c = claim(hit);
            if (c == null) {
                continue;
            }
            if (c.evidence() == Provenance.Evidence.LABEL_ABOVE) {
                weakByGroup.putIfAbsent(c.group(), c);
                continue;
            }
            Claim other = strongByGroup.get(c.group());
            if (other != null && other.row() != c.row()) {
                // two labels claim one row of values: only a label wrapped around them beats one beside them
                if (c.inside() && !other.inside()) {
                    strongByRow[other.row()] = null;
                } else if (other.inside() && !c.inside()) {
                    continue;
                } else {
                    strongByRow[other.row()] = null;
                    strongByGroup.remove(c.group());
                    continue;
                }
            }
            if (strongByRow[c.row()] == null) {
                strongByRow[c.row()] = c;
                strongByGroup.put(c.group(), c);
            }
        }
        Assignment[] result = new Assignment[rows.size()];
        boolean[] groupUsed = new boolean[groups.size()];
        List<Claim> strong = new ArrayList<>();
        for (Claim c : strongByRow) {
            if (c != null) {
                result[c.row()] = new Assignment(groups.get(c.group()), c.evidence());
                groupUsed[c.group()] = true;
                tiedBy.put(c.row(), c.hit());
                strong.add(c);
            }
        }
        strong.sort(Comparator.comparingInt(Claim::group));
        List<Claim> spine = increasing(strong);
        int prevRow = -1;
        int prevGroup = -1;
        for (int k = 0; k <= spine.size(); k++) {
            int nextRow = k < spine.size() ? spine.get(k).row() : rows.size();
            int nextGroup = k < spine.size() ? spine.get(k).group() : groups.size();
            fillGap(prevRow, nextRow, prevGroup, nextGroup, result, groupUsed, weakByGroup);
            prevRow = nextRow;
            prevGroup = nextGroup;
        }
        return result;
    }

    /** After {@link #assign()}: the rows tied by a label printed otherwise than the template's, in row order. */
    List<LabelDeviation> labelDeviations() {
        List<LabelDeviation> out = new ArrayList<>();
        tiedBy.keySet().stream().sorted().forEach(row -> {
            LabelHit hit = tiedBy.get(row);
            // a label wrapped over lines may have taken in text of the cells beside it (pdftotext -layout): its
            // edits need not be the source's, so only a label printed on one line is called misprinted
            boolean misprinted = hit.distance() > 0 && onOneLine(hit);
            if (misprinted || hit.variant() > 0 && hit.distance() == 0) {
                out.add(new LabelDeviation(row, printed(hit), hit.variant() > 0));
            }
        });
        return out;
    }

    private boolean onOneLine(LabelHit hit) {
        return region.source.lineOf(region.sourceOffsetOfStream(hit.start()))
                == region.source.lineOf(region.sourceOffsetOfStream(hit.end() - 1));
    }

    /** The label as printed: from its first to its last character, or its characters alone if values sit inside. */
    private String printed(LabelHit hit) {
        int from = region.sourceOffsetOfStream(hit.start());
        int to = region.sourceOffsetOfStream(hit.end() - 1) + 1;
        boolean valuesInside = region.tokens.stream().anyMatch(t -> t.start() >= from && t.start() < to);
        StringBuilder out = new StringBuilder();
        if (valuesInside) {
            for (int i = hit.start(); i < hit.end(); i++) {
                out.append(region.source.original().charAt(region.sourceOffsetOfStream(i)));
            }
            return out.toString();
        }
        region.source.original().substring(from, to).codePoints().filter(c -> !Character.isWhitespace(c) && c != '|')
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    // ------------------------------------------------------------------ labels

    private List<LabelHit> findLabels() {
        List<LabelHit> all = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (String key : rows.get(r).labelKeys()) {
                int variant = rows.get(r).labelKeys().indexOf(key);
                for (ApproximateFinder.Match m : ApproximateFinder.find(region.stream, key,
                        ApproximateFinder.tolerance(key.length()))) {
                    all.add(new LabelHit(r, m.start(), m.end(), m.distance(), variant));
                }
            }
        }
        // where two labels claim the same text, the closer and longer match wins
        all.sort(Comparator.comparingDouble((LabelHit h) -> (double) h.distance() / (h.end() - h.start()))
                .thenComparing(h -> -(h.end() - h.start())));
        List<LabelHit> kept = new ArrayList<>();
        for (LabelHit h : all) {
            boolean clash = false;
            for (LabelHit k : kept) {
                int overlap = Math.min(h.end(), k.end()) - Math.max(h.start(), k.start());
                if (overlap > 0 && (k.row() != h.row() || overlap * 2 > h.end() - h.start())) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(LabelHit::start));
        return kept;
    }

    private Claim claim(LabelHit hit) {
        RowSpec row = rows.get(hit.row());
        int lastLabelLine = region.source.lineOf(region.sourceOffsetOfStream(hit.end() - 1));
        for (int g = 0; g < groups.size(); g++) {
            ValueGroup group = groups.get(g);
            int pos = group.streamPos();
            if (pos > hit.end()) {
                break;
            }
            if (!group.canFill(row.width())) {
                continue;
            }
            if (pos > hit.start() && pos < hit.end()) {
                return new Claim(hit.row(), g, Provenance.Evidence.LABEL, true, hit);
            }
            if (pos == hit.end()) {
                boolean sameLine = group.firstLine() == lastLabelLine;
                return new Claim(hit.row(), g, sameLine ? Provenance.Evidence.LABEL : Provenance.Evidence.LABEL_ABOVE,
                        false, hit);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ gaps

    /** The longest run of claims whose rows rise with their position in the text. */
    private static List<Claim> increasing(List<Claim> claims) {
        int n = claims.size();
        int[] len = new int[n];
        int[] prev = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            len[i] = 1;
            prev[i] = -1;
            for (int j = 0; j < i; j++) {
                if (claims.get(j).row() < claims.get(i).row() && len[j] + 1 > len[i]) {
                    len[i] = len[j] + 1;
                    prev[i] = j;
                }
            }
            if (best < 0 || len[i] > len[best]) {
                best = i;
            }
        }
        List<Claim> out = new ArrayList<>();
        for (int i = best; i >= 0; i = prev[i]) {
            out.addFirst(claims.get(i));
        }
        return out;
    }

    private void fillGap(int afterRow, int beforeRow, int afterGroup, int beforeGroup, Assignment[] result,
                         boolean[] groupUsed, Map<Integer, Claim> weakByGroup) {
        List<Integer> openRows = new ArrayList<>();
        for (int r = afterRow + 1; r < beforeRow; r++) {
            if (result[r] == null) {
                openRows.add(r);
            }
        }
        if (openRows.isEmpty()) {
            return;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int g = afterGroup + 1; g < beforeGroup; g++) {
            if (!groupUsed[g] && fitsAny(groups.get(g), openRows)) {
                candidates.add(g);
            }
        }
        if (candidates.size() == openRows.size() && fitsInOrder(candidates, openRows)) {
            for (int i = 0; i < openRows.size(); i++) {
                int g = candidates.get(i);
                Claim weak = weakByGroup.get(g);
                boolean labelled = weak != null && weak.row() == openRows.get(i);
                result[openRows.get(i)] = new Assignment(groups.get(g),
                        labelled ? Provenance.Evidence.LABEL_ABOVE : Provenance.Evidence.POSITION);
                groupUsed[g] = true;
                if (labelled) {
                    tiedBy.put(openRows.get(i), weak.hit());
                }
            }
            return;
        }
        // counts disagree: fall back on labels printed just above their values, in order
        List<Claim> weak = new ArrayList<>();
        for (int g : candidates) {
            Claim c = weakByGroup.get(g);
            if (c != null && openRows.contains(c.row())) {
                weak.add(c);
            }
        }
        List<Claim> spine = increasing(weak);
        if (spine.isEmpty()) {
            return; // the rows stay unread; the table reader names them
        }
        for (Claim c : spine) {
            result[c.row()] = new Assignment(groups.get(c.group()), Provenance.Evidence.LABEL_ABOVE);
            groupUsed[c.group()] = true;
            tiedBy.put(c.row(), c.hit());
        }
        int prevRow = afterRow;
        int prevGroup = afterGroup;
        for (int k = 0; k <= spine.size(); k++) {
            int nextRow = k < spine.size() ? spine.get(k).row() : beforeRow;
            int nextGroup = k < spine.size() ? spine.get(k).group() : beforeGroup;
            fillGap(prevRow, nextRow, prevGroup, nextGroup, result, groupUsed, Map.of());
            prevRow = nextRow;
            prevGroup = nextGroup;
        }
    }

    private boolean fitsAny(ValueGroup g, List<Integer> openRows) {
        return openRows.stream().anyMatch(r -> g.canFill(rows.get(r).width()));
    }

    private boolean fitsInOrder(List<Integer> candidates, List<Integer> openRows) {
        for (int i = 0; i < candidates.size(); i++) {
            if (!groups.get(candidates.get(i)).canFill(rows.get(openRows.get(i)).width())) {
                return false;
            }
        }
        return true;
    }
}
