package org.disclosuredesk.importer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Input that is not a report, or not readable, fails with a machine code and a clear message in both languages. */
class BadInputTest {

    private static ImportException failureOf(String name, byte[] bytes) {
        ImportException e = catchThrowableOfType(ImportException.class, () -> ReportImporter.importBytes(name, bytes));
        assertThat(e).as("import of %s must fail", name).isNotNull();
        assertThat(e.messageZh()).isNotBlank();
        assertThat(e.messageEn()).isNotBlank();
        return e;
    }

    @Test
    void emptyFile() {
        assertThat(failureOf("a.txt", new byte[0]).failure()).isEqualTo(ImportFailure.EMPTY_FILE);
        assertThat(failureOf("a.txt", "  \n\r\n\t ".getBytes(StandardCharsets.US_ASCII)).failure())
                .isEqualTo(ImportFailure.EMPTY_FILE);
        assertThat(failureOf("a.txt", new byte[0]).messageZh()).isEqualTo("文件为空。");
    }

    @Test
    void binaryGarbage() {
        byte[] bytes = new byte[64 * 1024];
        new Random(1).nextBytes(bytes);
        ImportException e = failureOf("report.txt", bytes);
        assertThat(e.failure()).isEqualTo(ImportFailure.BINARY);
        assertThat(e.messageZh()).contains("无法识别");
    }

    @Test
    void fiftyMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: nothing is written, and nothing must be read
        }
        long t0 = System.nanoTime();
        ImportException e = catchThrowableOfType(ImportException.class, () -> ReportImporter.importFile(big));
        assertThat((System.nanoTime() - t0) / 1_000_000).as("ms to refuse").isLessThan(200);
        assertThat(e.failure()).isEqualTo(ImportFailure.TOO_LARGE);
        assertThat(e.messageZh()).contains("20 MB").contains("50.0 MB");
        assertThat(e.messageEn()).contains("20 MB");
    }

    @Test
    void pdfWithoutTextLayer() throws Exception {
        ImportException scan = failureOf("scan.pdf", imageOnlyPdf());
        assertThat(scan.failure()).isEqualTo(ImportFailure.SCANNED_PDF);
        assertThat(scan.messageZh()).contains("OCR");
        assertThat(failureOf("blank.pdf", blankPdf()).failure()).isEqualTo(ImportFailure.SCANNED_PDF);
    }

    @Test
    void damagedPdf() {
        byte[] bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog >> broken".getBytes(StandardCharsets.US_ASCII);
        assertThat(failureOf("x.pdf", bytes).failure()).isEqualTo(ImportFailure.UNREADABLE_DOCUMENT);
    }

    @Test
    void textInNeitherUtf8NorGb18030() {
        byte[] bytes = "Report 2020 caf\u00e9 r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withJunk = new byte[bytes.length + 4];
        System.arraycopy(bytes, 0, withJunk, 0, bytes.length);
        withJunk[bytes.length] = (byte) 0xFF;
        withJunk[bytes.length + 1] = (byte) 0xFF;
        withJunk[bytes.length + 2] = 'a';
        withJunk[bytes.length + 3] = (byte) 0x80;
        ImportException e = failureOf("report.txt", withJunk);
        assertThat(e.failure()).isEqualTo(ImportFailure.ENCODING);
        assertThat(e.messageZh()).contains("GB18030");
    }

    @Test
    void textInAnotherEncodingThatDecodesToGibberish() {
        // Shift-JIS bytes: a valid GB18030 byte sequence, but of characters no Chinese report uses
        byte[] bytes = "政府情報公開年次報告書です。アイウエオカキクケコ".repeat(20).getBytes(Charset.forName("Shift_JIS"));
        ImportFailure f = failureOf("report.txt", bytes).failure();
        assertThat(f).isIn(ImportFailure.ENCODING, ImportFailure.NOT_A_REPORT);
    }

    @Test
    void documentThatIsNotAnAnnualReport() {
        String notice = """
                关于做好2021年春节期间安全生产工作的通知
                各区县人民政府，市各有关部门：
                为切实做好春节期间安全生产工作，现将有关事项通知如下：
                一、高度重视，落实责任。各单位要按照“三管三必须”要求，全年开展检查12次。
                二、加强值班值守。值班电话：0517-83605210。
                """;
        ImportException e = failureOf("notice.txt", notice.getBytes(StandardCharsets.UTF_8));
        assertThat(e.failure()).isEqualTo(ImportFailure.NOT_A_REPORT);
        assertThat(e.messageZh()).contains("不是政府信息公开工作年度报告");
    }

    @Test
    void pdfThatIsNotAnAnnualReport() throws Exception {
        ImportException e = failureOf("paper.pdf", englishPdf());
        assertThat(e.failure()).isEqualTo(ImportFailure.NOT_A_REPORT);
    }

    @Test
    void otherFormats() throws Exception {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(failureOf("old.doc", ole).failure()).isEqualTo(ImportFailure.UNSUPPORTED_FORMAT);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(failureOf("archive.zip", zip.toByteArray()).failure()).isEqualTo(ImportFailure.UNSUPPORTED_FORMAT);
    }

    @Test
    void missingFile(@TempDir Path dir) {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> ReportImporter.importFile(dir.resolve("nope.pdf")));
        assertThat(e.failure()).isEqualTo(ImportFailure.IO_ERROR);
        assertThat(Files.exists(dir.resolve("nope.pdf"))).isFalse();
    }

    // ------------------------------------------------------------------ PDFs

    static byte[] imageOnlyPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                img.setRGB(x, 50, 0xFFFFFF);
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 500, 400, 200);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] blankPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] englishPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                cs.setLeading(14);
                for (int i = 0; i < 30; i++) {
                    cs.showText("Quarterly figures " + (i * 37) + " and " + (i * 11) + " for the committee meeting.");
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
