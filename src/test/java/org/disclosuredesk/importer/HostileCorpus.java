package org.disclosuredesk.importer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.disclosuredesk.TestSamples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus of hostile inputs built from a fixed seed: empty files, junk in every accepted extension,
 * truncated and bit-flipped PDFs and DOCX made from the real samples, the bombs, real texts in other
 * encodings, and real texts mutated (lines deleted, numbers swapped, characters inserted).
 */
public final class HostileCorpus {

    /** A file of the corpus; {@code kind} groups the summary. */
    public record Entry(String kind, String name, byte[] bytes) {
    }

    static final List<String> EXTENSIONS = List.of(".pdf", ".docx", ".doc", ".html", ".htm", ".txt");

    private HostileCorpus() {
    }

    public static List<Entry> build() throws IOException {
        Random rnd = new Random(20261202);
        List<Entry> out = new ArrayList<>();
        for (String ext : EXTENSIONS) {
            out.add(new Entry("empty", "empty" + ext, new byte[0]));
            out.add(new Entry("empty", "blank" + ext, " \n\t\r\n ".getBytes(StandardCharsets.US_ASCII)));
            for (int i = 0; i < 10; i++) {
                out.add(new Entry("junk", "junk" + i + ext, random(rnd, 1 + rnd.nextInt(i < 5 ? 200 : 60_000))));
            }
        }
        for (String magic : List.of("%PDF-1.7\n", "PK\u0003\u0004word/document.xml", "<html><body><table><tr><td>",
                "\u00EF\u00BB\u00BF", "\u00FF\u00FE")) {
            for (int i = 0; i < 6; i++) {
                byte[] head = magic.getBytes(StandardCharsets.ISO_8859_1);
                byte[] tail = random(rnd, 10 + rnd.nextInt(20_000));
                out.add(new Entry("junk-with-magic", "magic" + i + "-" + Integer.toHexString(head[0] & 0xFF) + ".bin",
                        concat(head, tail)));
            }
        }
        for (String sample : TestSamples.ALL) {
            String text = TestSamples.text(sample);
            byte[] pdf = asciiPdf(text);
            byte[] docx = OfficialDocuments.docx(TestSamples.expected(sample), new Random(rnd.nextLong()));
            byte[] html = OfficialDocuments.html(TestSamples.expected(sample), new Random(rnd.nextLong()))
                    .getBytes(StandardCharsets.UTF_8);
            out.add(new Entry("real", sample + ".pdf", pdf));
            out.add(new Entry("real", sample + ".docx", docx));
            out.add(new Entry("real", sample + ".html", html));
            for (int i = 1; i <= 10; i++) {
                out.add(new Entry("truncated", sample + "-cut" + i + ".pdf", Arrays.copyOf(pdf, pdf.length * i / 11)));
                out.add(new Entry("bitflip", sample + "-flip" + i + ".pdf", flip(pdf, rnd, 1 + rnd.nextInt(40))));
            }
            for (int i = 1; i <= 5; i++) {
                out.add(new Entry("truncated", sample + "-cut" + i + ".docx", Arrays.copyOf(docx, docx.length * i / 6)));
                out.add(new Entry("bitflip", sample + "-flip" + i + ".docx", flip(docx, rnd, 1 + rnd.nextInt(20))));
            }
            out.add(new Entry("bitflip", sample + "-flip.html", flip(html, rnd, 30)));
            for (String cs : List.of("GBK", "UTF-16LE", "UTF-16BE", "Big5")) {
                out.add(new Entry("encoding", sample + "-" + cs + ".txt", text.getBytes(Charset.forName(cs))));
            }
            out.add(new Entry("encoding", sample + "-UTF-16-BOM.txt", text.getBytes(StandardCharsets.UTF_16)));
            for (int seed = 0; seed < 3; seed++) {
                Random m = new Random(rnd.nextLong());
                out.add(new Entry("mutated", sample + "-dellines" + seed + ".txt", utf8(deleteLines(text, m))));
                out.add(new Entry("mutated", sample + "-swapnum" + seed + ".txt", utf8(swapNumbers(text, m))));
                out.add(new Entry("mutated", sample + "-insert" + seed + ".txt", utf8(insertChars(text, m))));
            }
        }
        for (Bombs.Bomb bomb : Bombs.all()) {
            out.add(new Entry("bomb", bomb.name(), bomb.bytes()));
        }
        return out;
    }

    /** The sample as a PDF with the standard Helvetica font: Chinese becomes '?', figures and layout stay. */
    static byte[] asciiPdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = text.lines().toList();
            for (int start = 0; start < lines.size(); start += 60) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 8);
                    cs.setLeading(11);
                    cs.newLineAtOffset(30, 760);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + 60))) {
                        cs.showText(line.replaceAll("[^\\x20-\\x7E]", "?"));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] random(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] flip(byte[] bytes, Random rnd, int bits) {
        byte[] b = bytes.clone();
        for (int i = 0; i < bits; i++) {
            int at = rnd.nextInt(b.length);
            b[at] ^= (byte) (1 << rnd.nextInt(8));
        }
        return b;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String deleteLines(String text, Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (rnd.nextInt(10) != 0) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static String swapNumbers(String text, Random rnd) {
        Matcher m = Pattern.compile("\\d+").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String n = m.group();
            String swapped = rnd.nextInt(4) == 0 ? new StringBuilder(n).reverse().toString() : n;
            m.appendReplacement(sb, swapped);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String insertChars(String text, Random rnd) {
        String pool = "0123456789一二三四五六七八九十（）()、，。：；\t -—·\u3000\u00A0\uFEFF\u200B|%#";
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < 60; i++) {
            sb.insert(rnd.nextInt(sb.length() + 1), pool.charAt(rnd.nextInt(pool.length())));
        }
        return sb.toString();
    }
}
