package org.disclosuredesk.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Imports a published annual report — PDF, HTML, DOCX or plain text — into its figures, with
 * provenance and the consistency findings. Stateless and thread-safe; no Spring, no storage.
 */
public final class ReportImporter {

    /** Published reports are a few hundred kilobytes; anything bigger is refused before it is read. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private ReportImporter() {
    }

    public static ImportResult importFile(Path file) throws ImportException {
        try {
            long size = Files.size(file);
            checkSize(size);
            return importBytes(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ImportException(ImportFailure.IO_ERROR, "文件不存在 / no such file: " + file, e);
        } catch (IOException e) {
            throw new ImportException(ImportFailure.IO_ERROR, e.getMessage(), e);
        }
    }

    public static ImportResult importBytes(String fileName, byte[] bytes) throws ImportException {
        checkSize(bytes.length);
        if (isBlank(bytes)) {
            throw new ImportException(ImportFailure.EMPTY_FILE);
        }
        ExtractedText text = extract(fileName, bytes);
        if (text.text().isBlank()) {
            throw new ImportException(ImportFailure.EMPTY_FILE);
        }
        return ReportParser.parse(text);
    }

    /** Imports text that was already extracted (pasted, or produced by another tool). */
    public static ImportResult importText(String text) throws ImportException {
        if (text == null || text.isBlank()) {
            throw new ImportException(ImportFailure.EMPTY_FILE);
        }
        return ReportParser.parse(new ExtractedText(text, SourceFormat.TEXT, java.util.List.of()));
    }

    private static ExtractedText extract(String fileName, byte[] bytes) throws ImportException {
        return switch (FormatSniffer.detect(fileName, bytes)) {
            case PDF -> PdfTextExtractor.extract(bytes);
            case DOCX -> DocxTextExtractor.extract(bytes);
            case HTML -> HtmlTextExtractor.extract(bytes);
            case TEXT -> new ExtractedText(PlainTextDecoder.decode(bytes), SourceFormat.TEXT, java.util.List.of());
        };
    }

    private static void checkSize(long size) throws ImportException {
        if (size == 0) {
            throw new ImportException(ImportFailure.EMPTY_FILE);
        }
        if (size > MAX_BYTES) {
            throw new ImportException(ImportFailure.TOO_LARGE, String.format("%.1f MB", size / 1048576.0), null);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
