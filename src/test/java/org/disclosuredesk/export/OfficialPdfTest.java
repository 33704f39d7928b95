package org.disclosuredesk.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF of the official report, read back by our own importer, gives the same figures — 0 wrong, 0 unread — for
 * the real samples and generated reports of every year; it is A4 with page numbers, and every font it uses is
 * embedded (a reader without Chinese fonts shows it the same).
 */
class OfficialPdfTest {

    @Test
    void everyReportRoundTripsThroughPdf() throws Exception {
        int cells = RoundTrip.assertEveryReportRoundTrips("report.pdf", r -> OfficialPdfExporter.render(r, null));
        assertThat(cells).isGreaterThan(1500);
        // the hard case is among them: 平潭's 2019-edition report prints rows with blanks beside figures, whose
        // columns only the table's rules tell (the text alone would leave those figures unread)
        assertThat(RoundTrip.unplaceableInText(TestSamples.expected(TestSamples.PINGTAN))).isNotEmpty();
    }

    @Test
    void anA4DocumentWithEmbeddedChineseFontsAndPageNumbers() throws Exception {
        ReportContent report = TestSamples.expected(TestSamples.HUAIAN);
        byte[] pdf = OfficialPdfExporter.render(report, null);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            List<String> notEmbedded = new ArrayList<>();
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts++;
                    boolean embedded = font instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded()
                            : font.isEmbedded();
                    if (!embedded) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            assertThat(fonts).isPositive();
            assertThat(notEmbedded).isEmpty();
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(doc);
            assertThat(text).contains("淮安市人民政府2024年政府信息公开工作年度报告".substring(0, 5))
                    .contains("三、收到和处理政府信息公开申请情况").contains("- 1 -").contains("- 2 -");
            stripper.setStartPage(doc.getNumberOfPages());
            stripper.setEndPage(doc.getNumberOfPages());
            assertThat(stripper.getText(doc)).contains("- " + doc.getNumberOfPages() + " -");
        }
        byte[] draft = OfficialPdfExporter.render(report, "草稿");
        try (PDDocument doc = Loader.loadPDF(draft)) {
            assertThat(new PDFTextStripper().getText(doc).strip()).startsWith("未公开版本（草稿）");
        }
    }
}
