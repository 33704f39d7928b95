package org.disclosuredesk.importer;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile files built in code: small on disk, huge or slow once opened. Used by the bomb and corpus tests
 * and by {@code ImportBombBench}.
 */
public final class Bombs {

    /** A named hostile file and the failure it must end in (null: any clear answer within the limits). */
    public record Bomb(String name, byte[] bytes, ImportFailure expected) {
    }

    private static final COSName F1 = COSName.getPDFName("F1");

    private Bombs() {
    }

    public static List<Bomb> all() throws IOException {
        return List.of(
                new Bomb("stream-bomb.pdf", pdfStreamBomb(60 * 1024 * 1024), ImportFailure.TOO_COMPLEX),
                new Bomb("overlap-200-pages.pdf", pdfOverlappingText(200, 6_000), ImportFailure.TOO_COMPLEX),
                new Bomb("overlap-250-pages.pdf", pdfOverlappingText(250, 200), ImportFailure.TOO_MANY_PAGES),
                new Bomb("form-bomb.pdf", pdfFormBomb(), ImportFailure.TOO_COMPLEX),
                new Bomb("zip-ratio.docx", docxAtRatioLimit(), ImportFailure.TOO_COMPLEX),
                new Bomb("much-text.docx", docxWithMuchText(3_000_000), ImportFailure.TOO_MUCH_TEXT),
                new Bomb("nested-100k.html", deeplyNestedHtml(100_000), ImportFailure.NOT_A_REPORT),
                new Bomb("nested-tables.html", nestedTablesHtml(20_000), ImportFailure.NOT_A_REPORT),
                new Bomb("one-line-19mb.txt", oneHugeLine(19 * 1024 * 1024), ImportFailure.TOO_MUCH_TEXT),
                new Bomb("one-line-1.9m.txt", oneHugeLine(1_900_000), ImportFailure.NOT_A_REPORT));
    }

    /** One page whose single content stream inflates to {@code inflated} bytes of text drawing. */
    public static byte[] pdfStreamBomb(int inflated) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = pageWithFont(doc);
            COSStream content = doc.getDocument().createCOSStream();
            byte[] show = "(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj\n".getBytes(StandardCharsets.US_ASCII);
            try (OutputStream os = content.createOutputStream(COSName.FLATE_DECODE)) {
                os.write("BT /F1 1 Tf 10 10 Td\n".getBytes(StandardCharsets.US_ASCII));
                for (long written = 0; written < inflated; written += show.length) {
                    os.write(show);
                }
                os.write("ET\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(new PDStream(content));
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Pages that each draw the same line {@code draws} times over at the same place. */
    public static byte[] pdfOverlappingText(int pages, int draws) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StringBuilder sb = new StringBuilder("BT /F1 12 Tf\n");
            for (int i = 0; i < draws; i++) {
                sb.append("1 0 0 1 72 ").append(700 - (i % 3)).append(" Tm (Annual report 2020 figures) Tj\n");
            }
            sb.append("ET\n");
            byte[] ops = sb.toString().getBytes(StandardCharsets.US_ASCII);
            for (int p = 0; p < pages; p++) {
                PDPage page = pageWithFont(doc);
                COSStream content = doc.getDocument().createCOSStream();
                try (OutputStream os = content.createOutputStream(COSName.FLATE_DECODE)) {
                    os.write(ops);
                }
                page.setContents(new PDStream(content));
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A form XObject that draws another form ten times, nine levels deep: a page stream of a few bytes
     * that draws 10^9 glyphs.
     */
    public static byte[] pdfFormBomb() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = pageWithFont(doc);
            COSStream inner = doc.getDocument().createCOSStream();
            try (OutputStream os = inner.createOutputStream()) {
                os.write("BT /F1 12 Tf 72 700 Td (Report 2020) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
            }
            formify(inner, page.getResources());
            COSStream level = inner;
            for (int depth = 0; depth < 9; depth++) {
                COSStream outer = doc.getDocument().createCOSStream();
                try (OutputStream os = outer.createOutputStream()) {
                    os.write("/X0 Do /X0 Do /X0 Do /X0 Do /X0 Do /X0 Do /X0 Do /X0 Do /X0 Do /X0 Do\n"
                            .getBytes(StandardCharsets.US_ASCII));
                }
                PDResources res = new PDResources();
                res.getCOSObject().setItem(COSName.XOBJECT, new org.apache.pdfbox.cos.COSDictionary());
                res.getCOSObject().getCOSDictionary(COSName.XOBJECT).setItem(COSName.getPDFName("X0"), level);
                res.put(F1, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
                formify(outer, res);
                level = outer;
            }
            page.getResources().getCOSObject().setItem(COSName.XOBJECT, new org.apache.pdfbox.cos.COSDictionary());
            page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT).setItem(COSName.getPDFName("X0"), level);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.getClass(); // the page draws the top form only
            }
            COSStream content = doc.getDocument().createCOSStream();
            try (OutputStream os = content.createOutputStream()) {
                os.write("/X0 Do\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(new PDStream(content));
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void formify(COSStream form, PDResources resources) {
        form.setItem(COSName.TYPE, COSName.XOBJECT);
        form.setItem(COSName.SUBTYPE, COSName.FORM);
        form.setItem(COSName.BBOX, new org.apache.pdfbox.pdmodel.common.PDRectangle(0, 0, 612, 792).getCOSArray());
        form.setItem(COSName.RESOURCES, resources.getCOSObject());
    }

    private static PDPage pageWithFont(PDDocument doc) {
        PDPage page = new PDPage();
        PDResources resources = new PDResources();
        resources.put(F1, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        page.setResources(resources);
        doc.addPage(page);
        return page;
    }

    /** A Word package whose document.xml inflates 1000-fold: beyond POI's 100-fold ratio limit. */
    public static byte[] docxAtRatioLimit() throws IOException {
        StringBuilder run = new StringBuilder(8 * 1024 * 1024);
        run.append("<w:p><w:r><w:t>");
        run.repeat("0", 8 * 1024 * 1024);
        run.append("</w:t></w:r></w:p>");
        return docx(run.toString());
    }

    /** A Word package within POI's ratio limit whose text is far longer than any report. */
    public static byte[] docxWithMuchText(int chars) throws IOException {
        java.util.Random rnd = new java.util.Random(7);
        StringBuilder body = new StringBuilder(chars + 1000);
        for (int p = 0; body.length() < chars; p++) {
            body.append("<w:p><w:r><w:t>");
            for (int i = 0; i < 2000; i++) {
                body.append((char) ('一' + rnd.nextInt(3000)));
            }
            body.append("</w:t></w:r></w:p>");
        }
        return docx(body.toString());
    }

    private static byte[] docx(String bodyXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + bodyXml + "</w:body></w:document>");
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public static byte[] deeplyNestedHtml(int levels) {
        StringBuilder sb = new StringBuilder(levels * 12 + 100);
        sb.append("<!DOCTYPE html><html><head><title>2020年政府信息公开工作年度报告</title></head><body>");
        sb.repeat("<div>", levels);
        sb.append("一、总体情况");
        sb.repeat("</div>", levels);
        sb.append("</body></html>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] nestedTablesHtml(int levels) {
        StringBuilder sb = new StringBuilder(levels * 40);
        sb.append("<!DOCTYPE html><html><body>");
        sb.repeat("<table><tr><td>1</td><td>", levels);
        sb.append("x");
        sb.repeat("</td></tr></table>", levels);
        sb.append("</body></html>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One line without a line break: digits and Chinese words, as a run-together report might look. */
    public static byte[] oneHugeLine(int bytes) {
        byte[] unit = "信息公开 12 3 ".getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bytes];
        for (int i = 0; i + unit.length <= bytes; i += unit.length) {
            System.arraycopy(unit, 0, out, i, unit.length);
        }
        for (int i = bytes - bytes % unit.length; i < bytes; i++) {
            out[i] = ' ';
        }
        return out;
    }
}
