package org.disclosuredesk.importer;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The straight horizontal and vertical lines a PDF page draws — the rules of its tables — in the coordinates of
 * the text stripper (x from the crop box's left, y downwards from its top). A ruled cell is what lies between the
 * nearest rules on its four sides; that is how an empty cell of a table is told from no cell at all, which the
 * text alone cannot show (a lone figure in a row of blank cells would otherwise have no column).
 *
 * <p>Hostile pages are cheap here: past {@link #MAX_SEGMENTS} rules, or past a budget of comparisons when cells
 * are looked up, the page simply counts as unruled and is read as plain text.
 */
final class PdfRulings {

    static final int MAX_SEGMENTS = 4_000;
    /** Comparisons one page may spend looking up cells (a real page needs well under a million). */
    private static final long LOOKUP_BUDGET = 20_000_000L;
    /** Lines thinner than this (a rule drawn as a filled rectangle) count as one rule. */
    private static final float THIN = 2.5f;
    static final float SLACK = 1.5f;

    static final PdfRulings NONE = new PdfRulings(List.of(), List.of());

    /** A horizontal rule at {@code at} from {@code from} to {@code to}, or a vertical one (then x and y swap). */
    record Segment(float at, float from, float to) {
        boolean covers(float v) {
            return v >= from - SLACK && v <= to + SLACK;
        }

        boolean coversSpan(float a, float b) {
            return from <= a + SLACK && to >= b - SLACK;
        }
    }

    /** The ruled cell around a point: its left and right rules, its top and bottom rules. */
    record Cell(float left, float right, float top, float bottom) {
    }

    private final List<Segment> horizontal;
    private final List<Segment> vertical;
    private long spent;

    private PdfRulings(List<Segment> horizontal, List<Segment> vertical) {
        this.horizontal = horizontal;
        this.vertical = vertical;
    }

    static PdfRulings of(List<Segment> horizontal, List<Segment> vertical) {
        if (horizontal.size() + vertical.size() > MAX_SEGMENTS || horizontal.size() < 2 || vertical.size() < 2) {
            return NONE;
        }
        List<Segment> h = new ArrayList<>(horizontal);
        List<Segment> v = new ArrayList<>(vertical);
        h.sort(Comparator.comparingDouble(Segment::at));
        v.sort(Comparator.comparingDouble(Segment::at));
        return new PdfRulings(List.copyOf(h), List.copyOf(v));
    }

    /**
     * The rules of one page, or {@link #NONE} for a rotated page (whose text coordinates we do not map) and for a
     * page that runs more than {@code maxOperators} drawing operators.
     */
    static PdfRulings collect(PDPage page, long maxOperators) throws IOException {
        if (page.getRotation() % 360 != 0) {
            return NONE;
        }
        Collector collector = new Collector(page, maxOperators);
        collector.processPage(page);
        return collector.overflow ? NONE : of(collector.horizontal, collector.vertical);
    }

    boolean isEmpty() {
        return horizontal.isEmpty();
    }

    /** The ruled cell around (x, y), or null when the point is not closed in by rules on all four sides. */
    Cell cellAt(float x, float y) {
        if (isEmpty() || !spend(horizontal.size() + vertical.size())) {
            return null;
        }
        Float[] leftRight = around(vertical, x, y);
        Float[] topBottom = around(horizontal, y, x);
        Float left = leftRight[0];
        Float right = leftRight[1];
        Float top = topBottom[0];
        Float bottom = topBottom[1];
        if (left == null || right == null || top == null || bottom == null) {
            return null;
        }
        return new Cell(left, right, top, bottom);
    }

    /** The nearest of {@code rules} (sorted) before and after {@code v} among those crossing {@code w}; null if none. */
    private static Float[] around(List<Segment> rules, float v, float w) {
        Float before = null;
        Float after = null;
        for (Segment s : rules) {
            if (s.covers(w)) {
                if (s.at() <= v) {
                    before = s.at();
                } else if (after == null) {
                    after = s.at();
                }
            }
        }
        return new Float[]{before, after};
    }

    /**
     * The cells of the row band between {@code top} and {@code bottom}, left to right as [left, right] pairs:
     * the spaces between neighbouring vertical rules that run the band's whole height, closed by rules along its
     * top and bottom and not divided by a rule inside it (that space belongs to other rows: a cell spanning rows,
     * a page frame, a neighbouring table).
     */
    List<float[]> cellsOfBand(float top, float bottom) {
        List<Float> xs = new ArrayList<>();
        for (Segment s : vertical) {
            if (s.coversSpan(top, bottom) && (xs.isEmpty() || s.at() - xs.getLast() > SLACK)) {
                xs.add(s.at());
            }
        }
        spend((long) vertical.size() + (long) xs.size() * horizontal.size());
        List<float[]> cells = new ArrayList<>();
        for (int i = 0; i + 1 < xs.size(); i++) {
            float a = xs.get(i);
            float b = xs.get(i + 1);
            if (ruledAt(top, a, b) && ruledAt(bottom, a, b) && !dividedInside(top, bottom, (a + b) / 2)) {
                cells.add(new float[]{a, b});
            }
        }
        return cells;
    }

    private boolean ruledAt(float y, float a, float b) {
        for (Segment s : horizontal) {
            if (Math.abs(s.at() - y) <= SLACK && s.coversSpan(a, b)) {
                return true;
            }
        }
        return false;
    }

    private boolean dividedInside(float top, float bottom, float x) {
        for (Segment s : horizontal) {
            if (s.at() > top + SLACK && s.at() < bottom - SLACK && s.covers(x)) {
                return true;
            }
        }
        return false;
    }

    /** False once the page has spent its budget: from then on it reads as unruled text. */
    private boolean spend(long comparisons) {
        spent += comparisons;
        return spent <= LOOKUP_BUDGET;
    }

    boolean overBudget() {
        return spent > LOOKUP_BUDGET;
    }

    /** Walks the page's drawing operators and keeps the axis-parallel straight lines it strokes or fills thin. */
    private static final class Collector extends PDFGraphicsStreamEngine {

        private final float originX;
        private final float top;
        private final List<Segment> horizontal = new ArrayList<>();
        private final List<Segment> vertical = new ArrayList<>();
        private final List<List<Point2D.Float>> path = new ArrayList<>();
        private List<Point2D.Float> current;
        private final long maxOperators;
        private boolean overflow;
        private long operators;

        Collector(PDPage page, long maxOperators) {
            super(page);
            this.maxOperators = maxOperators;
            PDRectangle crop = page.getCropBox();
            originX = crop.getLowerLeftX();
            top = crop.getUpperRightY();
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ((++operators & 0x3FF) == 0) {
                LimitExceeded.checkInterrupted();
            }
            if (operators > maxOperators) {
                overflow = true;
            }
            if (!overflow) {
                super.processOperator(operator, operands);
            }
        }

        private Point2D.Float point(Point2D p) {
            return new Point2D.Float((float) p.getX() - originX, top - (float) p.getY());
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            List<Point2D.Float> rect = new ArrayList<>(List.of(point(p0), point(p1), point(p2), point(p3), point(p0)));
            path.add(rect);
            current = null;
        }

        @Override
        public void moveTo(float x, float y) {
            current = new ArrayList<>();
            current.add(point(new Point2D.Float(x, y)));
            path.add(current);
        }

        @Override
        public void lineTo(float x, float y) {
            if (current == null) {
                moveTo(x, y);
                return;
            }
            current.add(point(new Point2D.Float(x, y)));
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            // a curve is no rule: drop its subpath, carry on from its end point
            if (current != null) {
                path.remove(current);
            }
            moveTo(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            if (current == null || current.isEmpty()) {
                return new Point2D.Float();
            }
            Point2D.Float p = current.getLast();
            return new Point2D.Float(p.x + originX, top - p.y);
        }

        @Override
        public void closePath() {
            if (current != null && !current.isEmpty()) {
                current.add(current.getFirst());
            }
        }

        @Override
        public void endPath() {
            path.clear();
            current = null;
        }

        @Override
        public void strokePath() {
            for (List<Point2D.Float> sub : path) {
                for (int i = 0; i + 1 < sub.size(); i++) {
                    line(sub.get(i), sub.get(i + 1));
                }
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            for (List<Point2D.Float> sub : path) {
                thinBox(sub);
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        private void line(Point2D.Float a, Point2D.Float b) {
            if (Math.abs(a.y - b.y) < 0.5f && Math.abs(a.x - b.x) > THIN) {
                add(horizontal, new Segment((a.y + b.y) / 2, Math.min(a.x, b.x), Math.max(a.x, b.x)));
            } else if (Math.abs(a.x - b.x) < 0.5f && Math.abs(a.y - b.y) > THIN) {
                add(vertical, new Segment((a.x + b.x) / 2, Math.min(a.y, b.y), Math.max(a.y, b.y)));
            }
        }

        /** A filled rectangle thin in one direction is a rule drawn as a bar (as Word writes its borders). */
        private void thinBox(List<Point2D.Float> sub) {
            float minX = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (Point2D.Float p : sub) {
                minX = Math.min(minX, p.x);
                maxX = Math.max(maxX, p.x);
                minY = Math.min(minY, p.y);
                maxY = Math.max(maxY, p.y);
            }
            float w = maxX - minX;
            float h = maxY - minY;
            if (h <= THIN && w > THIN) {
                add(horizontal, new Segment((minY + maxY) / 2, minX, maxX));
            } else if (w <= THIN && h > THIN) {
                add(vertical, new Segment((minX + maxX) / 2, minY, maxY));
            }
        }

        private void add(List<Segment> to, Segment s) {
            if (horizontal.size() + vertical.size() >= MAX_SEGMENTS) {
                overflow = true;
                return;
            }
            to.add(s);
        }
    }
}
