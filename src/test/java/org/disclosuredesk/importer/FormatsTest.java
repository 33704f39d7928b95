package org.disclosuredesk.importer;

import org.disclosuredesk.TestSamples;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The same report as a web page with real tables, a Word document, and text in the encodings found in the wild. */
class FormatsTest {

    @ParameterizedTest
    @EnumSource(Edition.class)
    void htmlTablesAreReadByTheirCells(Edition edition) throws Exception {
        Random rnd = new Random(11 + edition.ordinal());
        for (int i = 0; i < 40; i++) {
            ReportContent original = RandomReports.generate(rnd, edition);
            String html = OfficialDocuments.html(original, rnd);
            ImportResult r = ReportImporter.importBytes("report.html", html.getBytes(StandardCharsets.UTF_8));
            assertThat(r.format()).isEqualTo(SourceFormat.HTML);
            assertThat(RoundTripTest.differences(original, r.report())).as(html).isEmpty();
            assertThat(r.report().agencyName()).isEqualTo(original.agencyName());
            assertThat(r.report().narrative(NarrativePart.PROBLEMS)).isEqualTo(original.narrative(NarrativePart.PROBLEMS));
            // the table row is kept in the extracted text with its cells tab-separated
            assertThat(r.sourceText()).contains("（一）予以公开\t");
        }
    }

    @Test
    void htmlIsRecognisedByContentWhateverTheName() throws Exception {
        ReportContent original = RandomReports.generate(new Random(5), Edition.E2021);
        String html = OfficialDocuments.html(original, new Random(5));
        ImportResult r = ReportImporter.importBytes("download.txt", html.getBytes(StandardCharsets.UTF_8));
        assertThat(r.format()).isEqualTo(SourceFormat.HTML);
        assertThat(RoundTripTest.differences(original, r.report())).isEmpty();
    }

    @Test
    void gbkEncodedWebPageIsDecoded() throws Exception {
        ReportContent original = RandomReports.generate(new Random(6), Edition.E2019);
        String html = OfficialDocuments.html(original, new Random(6));
        ImportResult r = ReportImporter.importBytes("page.htm", html.getBytes(Charset.forName("GBK")));
        assertThat(RoundTripTest.differences(original, r.report())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void docxTablesAreReadInDocumentOrder(Edition edition) throws Exception {
        Random rnd = new Random(23 + edition.ordinal());
        for (int i = 0; i < 20; i++) {
            ReportContent original = RandomReports.generate(rnd, edition);
            byte[] docx = OfficialDocuments.docx(original, rnd);
            ImportResult r = ReportImporter.importBytes("年报.docx", docx);
            assertThat(r.format()).isEqualTo(SourceFormat.DOCX);
            assertThat(RoundTripTest.differences(original, r.report())).as(r.sourceText()).isEmpty();
            assertThat(r.report().narrative(NarrativePart.OVERVIEW)).isEqualTo(original.narrative(NarrativePart.OVERVIEW));
        }
    }

    @Test
    void docxIsRecognisedWithoutItsExtension() throws Exception {
        ReportContent original = RandomReports.generate(new Random(8), Edition.E2021);
        ImportResult r = ReportImporter.importBytes("attachment", OfficialDocuments.docx(original, new Random(8)));
        assertThat(r.format()).isEqualTo(SourceFormat.DOCX);
    }

    @Test
    void textInGb18030Utf8WithBomAndUtf16IsDecoded() throws Exception {
        String text = TestSamples.text(TestSamples.LIWAN);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        for (byte[] bytes : new byte[][]{text.getBytes(Charset.forName("GB18030")), withBom,
                text.getBytes(StandardCharsets.UTF_16), text.getBytes(StandardCharsets.UTF_16LE)}) {
            ImportResult r = ReportImporter.importBytes("liwan.txt", bytes);
            assertThat(r.report().agencyName()).isEqualTo("广州市荔湾区政务服务数据管理局");
            assertThat(r.report().cell("s3.new_received.total").number()).isEqualByComparingTo("21");
            assertThat(r.unresolved()).isEmpty();
        }
    }
}
