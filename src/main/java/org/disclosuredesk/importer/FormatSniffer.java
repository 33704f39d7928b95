package org.disclosuredesk.importer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides what a file is from its first bytes, and from its name only where the content leaves room
 * (a web page saved as .txt is still read as HTML; a PDF renamed .txt is still a PDF).
 */
final class FormatSniffer {

    private static final int PROBE = 4096;

    private FormatSniffer() {
    }

    static SourceFormat detect(String fileName, byte[] bytes) throws ImportException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII)) || pdfHeaderNearStart(bytes)) {
            return SourceFormat.PDF;
        }
        if (startsWith(bytes, new byte[]{'P', 'K', 3, 4})) {
            if (isDocx(bytes)) {
                return SourceFormat.DOCX;
            }
            throw new ImportException(ImportFailure.UNSUPPORTED_FORMAT, "ZIP", null);
        }
        if (startsWith(bytes, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            // the old binary Word / Excel format
            throw new ImportException(ImportFailure.UNSUPPORTED_FORMAT, ".doc/.xls", null);
        }
        if (looksBinary(bytes)) {
            throw new ImportException(ImportFailure.BINARY);
        }
        if (looksLikeHtml(bytes) || ((name.endsWith(".html") || name.endsWith(".htm")) && containsTag(bytes))) {
            return SourceFormat.HTML;
        }
        return SourceFormat.TEXT;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // some producers put a few bytes of junk before the header; readers accept it within the first 1 KB
    private static boolean pdfHeaderNearStart(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-1.") || head.contains("%PDF-2.");
    }

    /**
     * A Word package names its main part in the ZIP's directory. The names are stored uncompressed, so
     * finding one costs no inflating: walking the entries with a ZipInputStream would inflate every entry
     * before word/document.xml, however far it unpacks.
     */
    private static boolean isDocx(byte[] bytes) {
        byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= bytes.length - name.length; i++) {
            for (int j = 0; j < name.length; j++) {
                if (bytes[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Control characters other than tab, CR, LF, FF and ESC do not occur in text; UTF-16 without a BOM is
     * the one text form full of NULs and is let through for the decoder.
     */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, PROBE);
        if (n == 0) {
            return false;
        }
        if (PlainTextDecoder.utf16WithoutBom(bytes) != null || PlainTextDecoder.hasBom(bytes)) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1B) {
                control++;
            }
        }
        return control * 100 > n; // more than 1 %
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = asciiHead(bytes);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html") || head.startsWith("<head") || head.startsWith("<body")
                || head.startsWith("<meta") || head.startsWith("<table") || head.startsWith("<div")
                || head.startsWith("<p>") || head.startsWith("<p ") || head.startsWith("<!--");
    }

    private static boolean containsTag(byte[] bytes) {
        String head = asciiHead(bytes);
        return head.contains("<p") || head.contains("<div") || head.contains("<table") || head.contains("<br");
    }

    private static String asciiHead(byte[] bytes) {
        int start = PlainTextDecoder.hasUtf8Bom(bytes) ? 3 : 0;
        return new String(bytes, start, Math.max(0, Math.min(bytes.length, PROBE) - start), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
    }
}
