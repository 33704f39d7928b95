package org.disclosuredesk.importer;

import java.time.Duration;

/**
 * What one import may cost. A published report is a few hundred kilobytes, a few dozen pages and some
 * tens of thousands of characters; every limit is far above that and far below what hurts a shared
 * server. Compressed formats are limited by what they inflate to, not by their size on disk.
 *
 * @param maxFileBytes          the uploaded file as it arrives
 * @param maxPages              pages of a PDF
 * @param maxChars              characters of extracted text (and glyphs a PDF may draw in all)
 * @param maxStreamBytesPerPage decoded bytes of one PDF page's content, forms and fonts
 * @param maxStreamBytesPerDocument decoded bytes of all of them together
 * @param pdfMemoryBytes        main memory PDFBox may use for decoded streams before it spills to a temp file
 * @param parseTimeout          wall time of one parse
 * @param slotWait              how long an upload waits for a free parse slot before "busy, try again"
 * @param parseSlots            parses running at once on the server
 * @param sessionMaxFiles       rows one user's import list keeps
 * @param sessionMaxTextBytes   compressed text one user's import list keeps
 */
public record ImportLimits(long maxFileBytes, int maxPages, int maxChars, long maxStreamBytesPerPage,
                           long maxStreamBytesPerDocument, long pdfMemoryBytes, Duration parseTimeout,
                           Duration slotWait, int parseSlots, int sessionMaxFiles, long sessionMaxTextBytes) {

    private static final long MB = 1024L * 1024;

    public static final ImportLimits DEFAULTS = new ImportLimits(20 * MB, 200, 2_000_000, 16 * MB, 128 * MB,
            8 * MB, Duration.ofSeconds(30), Duration.ofSeconds(10), 2, 200, 4 * MB);

    public ImportLimits {
        if (maxFileBytes <= 0 || maxPages <= 0 || maxChars <= 0 || maxStreamBytesPerPage <= 0
                || maxStreamBytesPerDocument <= 0 || pdfMemoryBytes <= 0 || parseSlots <= 0 || sessionMaxFiles <= 0
                || sessionMaxTextBytes <= 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
        if (parseTimeout.isNegative() || parseTimeout.isZero() || slotWait.isNegative()) {
            throw new IllegalArgumentException("import timeouts must be positive");
        }
    }

    /** Glyphs one PDF page may draw: a dense page of a report has a few thousand. */
    public int maxGlyphsPerPage() {
        return Math.min(maxChars, 50_000);
    }

    public ImportLimits withParseTimeout(Duration timeout) {
        return new ImportLimits(maxFileBytes, maxPages, maxChars, maxStreamBytesPerPage, maxStreamBytesPerDocument,
                pdfMemoryBytes, timeout, slotWait, parseSlots, sessionMaxFiles, sessionMaxTextBytes);
    }

    public ImportLimits withSlots(int slots, Duration wait) {
        return new ImportLimits(maxFileBytes, maxPages, maxChars, maxStreamBytesPerPage, maxStreamBytesPerDocument,
                pdfMemoryBytes, parseTimeout, wait, slots, sessionMaxFiles, sessionMaxTextBytes);
    }

    public ImportLimits withSession(int files, long textBytes) {
        return new ImportLimits(maxFileBytes, maxPages, maxChars, maxStreamBytesPerPage, maxStreamBytesPerDocument,
                pdfMemoryBytes, parseTimeout, slotWait, parseSlots, files, textBytes);
    }
}
