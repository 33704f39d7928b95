package org.disclosuredesk.importer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ruled table in a PDF comes out as a web page's or Word file's does: a row per line, its cells tab-separated,
 * an empty cell as nothing between two tabs — whether the rules are stroked lines (as our own exporter and most
 * converters draw them) or thin filled bars (as Word does) — while a frame around the page, text outside the table
 * and a page without rules read as before.
 */
class PdfRuledTablesTest {

    private static final float LEFT = 60;
    private static final float[] COLUMNS = {LEFT, 220, 300, 380, 460};
    private static final float TOP = 700;
    private static final float ROW = 30;

    /** The page read back: a row per line, each cell between tabs, the blank ones as nothing. */
    private static final String[] RULED_PAGE = {
            "Part two: proactive disclosure of the year",
            "Kind\tMade\tRepealed\tIn force",
            "Rules\t\t5\t",
            "Administrative licences\t\t\t12",
            "Normative documents\t3\t1\t40",
            "Part three: requests received"};

    private interface Rules {
        void draw(PDPageContentStream s, float x0, float y0, float x1, float y1) throws IOException;
    }

    private static final Rules STROKED = (s, x0, y0, x1, y1) -> {
        s.moveTo(x0, y0);
        s.lineTo(x1, y1);
        s.stroke();
    };

    private static final Rules FILLED_BARS = (s, x0, y0, x1, y1) -> {
        s.addRect(Math.min(x0, x1) - 0.25f, Math.min(y0, y1) - 0.25f, Math.abs(x1 - x0) + 0.5f, Math.abs(y1 - y0) + 0.5f);
        s.fill();
    };

    private static void text(PDPageContentStream s, float x, float y, String t) throws IOException {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        s.newLineAtOffset(x, y);
        s.showText(t);
        s.endText();
    }

    /** Three rows under a header: a lone figure among blanks, a label wrapped over two lines, a full row. */
    private static byte[] pdf(Rules rules, boolean frame, boolean ruled) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                if (frame) {
                    s.addRect(20, 20, PDRectangle.A4.getWidth() - 40, PDRectangle.A4.getHeight() - 40);
                    s.stroke();
                }
                text(s, LEFT, 760, "Part two: proactive disclosure of the year");
                int rows = 4;
                float bottom = TOP - rows * ROW;
                if (ruled) {
                    for (int r = 0; r <= rows; r++) {
                        rules.draw(s, COLUMNS[0], TOP - r * ROW, COLUMNS[COLUMNS.length - 1], TOP - r * ROW);
                    }
                    for (float x : COLUMNS) {
                        rules.draw(s, x, TOP, x, bottom);
                    }
                }
                String[][] cells = {
                        {"Kind", "Made", "Repealed", "In force"},
                        {"Rules", "", "5", ""},
                        {null, "", "", "12"},
                        {"Normative documents", "3", "1", "40"}};
                for (int r = 0; r < cells.length; r++) {
                    float baseline = TOP - r * ROW - 19;
                    for (int c = 0; c < cells[r].length; c++) {
                        if (cells[r][c] != null && !cells[r][c].isEmpty()) {
                            text(s, COLUMNS[c] + 4, baseline, cells[r][c]);
                        }
                    }
                }
                // the third row's label wraps over two lines, its figure sits between them
                text(s, COLUMNS[0] + 4, TOP - 2 * ROW - 12, "Administrative");
                text(s, COLUMNS[0] + 4, TOP - 2 * ROW - 25, "licences");
                text(s, LEFT, bottom - 30, "Part three: requests received");
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> lines(byte[] pdf) throws ImportException {
        return Arrays.stream(PdfTextExtractor.extract(pdf).text().split("\n")).filter(l -> !l.isBlank()).toList();
    }

    @Test
    void strokedRulesGiveEachRowItsCellsEmptyOnesIncluded() throws Exception {
        assertThat(lines(pdf(STROKED, false, true))).containsExactly(RULED_PAGE);
    }

    @Test
    void rulesDrawnAsThinBarsAndAFrameAroundThePageReadTheSame() throws Exception {
        assertThat(lines(pdf(FILLED_BARS, true, true))).containsExactly(RULED_PAGE);
    }

    @Test
    void withoutRulesTheTextKeepsItsLines() throws Exception {
        List<String> lines = lines(pdf(STROKED, false, false));
        assertThat(lines).noneMatch(l -> l.contains("\t"));
        assertThat(lines).contains("Rules 5", "Normative documents 3 1 40");
    }
}
