package org.disclosuredesk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports a published annual report — PDF, HTML, DOCX or plain text — into its figures, with
 * provenance and the consistency findings. Stateless and thread-safe; no Spring, no storage.
 * Every extractor works under {@link ImportLimits}; a parse that must also be bounded in time runs
 * through a {@link ParsePool}.
 */
public final class ReportImporter {

    /** Published reports are a few hundred kilobytes; anything bigger is refused before it is read. */
    public static final long MAX_BYTES = ImportLimits.DEFAULTS.maxFileBytes();

    private ReportImporter() {
    }

    public static ImportResult importFile(Path file) throws ImportException {
        return importFile(file, ImportLimits.DEFAULTS);
    }

    public static ImportResult importFile(Path file, ImportLimits limits) throws ImportException {
        return importBytes(file.getFileName().toString(), readFile(file, limits), limits);
    }

    /** The file's bytes, refused unread when it is bigger than the limit. */
    public static byte[] readFile(Path file, ImportLimits limits) throws ImportException {
        try {
            checkSize(Files.size(file), limits);
            try (InputStream in = Files.newInputStream(file)) {
                return readBounded(in, limits); // the file may grow between the size check and the read
            }
        } catch (NoSuchFileException e) {
            throw new ImportException(ImportFailure.IO_ERROR, "文件不存在 / no such file: " + file, e);
        } catch (IOException e) {
            throw new ImportException(ImportFailure.IO_ERROR, e.getMessage(), e);
        }
    }

    /** Reads at most the file limit; one byte more is refused without reading further. */
    public static byte[] readBounded(InputStream in, ImportLimits limits) throws IOException, ImportException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        checkSize(bytes.length, limits);
        return bytes;
    }

    public static ImportResult importBytes(String fileName, byte[] bytes) throws ImportException {
        return importBytes(fileName, bytes, ImportLimits.DEFAULTS);
    }

    public static ImportResult importBytes(String fileName, byte[] bytes, ImportLimits limits) throws ImportException {
        checkSize(bytes.length, limits);
        if (isBlank(bytes)) {
            throw new ImportException(ImportFailure.EMPTY_FILE);
        }
        ExtractedText text = extract(fileName, bytes, limits);
        if (text.text().isBlank()) {
            throw new ImportException(ImportFailure.EMPTY_FILE);
        }
        if (text.text().length() > limits.maxChars()) {
            throw new ImportException(ImportFailure.TOO_MUCH_TEXT, "> " + limits.maxChars() + " chars", null);
        }
        LimitExceeded.checkInterrupted();
        return ReportParser.parse(text);
    }

    /** Imports text that was already extracted (pasted, or produced by another tool). */
    public static ImportResult importText(String text) throws ImportException {
        if (text == null || text.isBlank()) {
            throw new ImportException(ImportFailure.EMPTY_FILE);
        }
        return ReportParser.parse(new ExtractedText(text, SourceFormat.TEXT, List.of()));
    }

    private static ExtractedText extract(String fileName, byte[] bytes, ImportLimits limits) throws ImportException {
        try {
            return switch (FormatSniffer.detect(fileName, bytes)) {
                case PDF -> PdfTextExtractor.extract(bytes, limits);
                case DOCX -> DocxTextExtractor.extract(bytes, limits);
                case HTML -> HtmlTextExtractor.extract(bytes, limits);
                case TEXT -> new ExtractedText(PlainTextDecoder.decode(bytes), SourceFormat.TEXT, List.of());
            };
        } catch (LimitExceeded e) {
            throw e.toImportException();
        }
    }

    private static void checkSize(long size, ImportLimits limits) throws ImportException {
        if (size == 0) {
            throw new ImportException(ImportFailure.EMPTY_FILE);
        }
        if (size > limits.maxFileBytes()) {
            throw tooLarge(size, limits);
        }
    }

    public static ImportException tooLarge(long size, ImportLimits limits) {
        return new ImportException(ImportFailure.TOO_LARGE, String.format("%.1f MB > %d MB", size / 1048576.0,
                limits.maxFileBytes() / (1024 * 1024)), null);
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
