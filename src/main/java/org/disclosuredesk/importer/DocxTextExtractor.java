package org.disclosuredesk.importer;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs and tables of a Word document in document order; table rows as tab-separated cells.
 * A DOCX is a ZIP: POI's zip-bomb guard refuses entries that inflate more than 100-fold or beyond
 * {@link #MAX_ENTRY_BYTES}, and the text is cut off past the character limit.
 */
final class DocxTextExtractor {

    /** document.xml of a 200-page report is a few megabytes; XML is verbose, so allow plenty. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** POI's own default: an entry may inflate at most 100-fold (text XML compresses 5–20-fold). */
    static final double MIN_INFLATE_RATIO = 0.01;
    private static final int MAX_TABLE_DEPTH = 8;

    static {
        // process-wide settings of POI; nothing else in this application opens ZIP packages with POI
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(2_000);
    }

    private DocxTextExtractor() {
    }

    static ExtractedText extract(byte[] bytes) throws ImportException {
        return extract(bytes, ImportLimits.DEFAULTS);
    }

    static ExtractedText extract(byte[] bytes, ImportLimits limits) throws ImportException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    writeTable(t, out, 0, limits);
                }
                LimitExceeded.checkLength(out, limits);
                LimitExceeded.checkInterrupted();
            }
            return new ExtractedText(HtmlTextExtractor.tidy(out), SourceFormat.DOCX, List.of());
        } catch (LimitExceeded e) {
            throw e.toImportException();
        } catch (IOException | RuntimeException e) {
            // POI reports broken packages with unchecked exceptions as well, and a zip bomb as one of them
            if (isBomb(e)) {
                throw new ImportException(ImportFailure.TOO_COMPLEX, "DOCX unpacks too far", e);
            }
            throw new ImportException(ImportFailure.UNREADABLE_DOCUMENT, "DOCX", e);
        } catch (StackOverflowError e) {
            throw new ImportException(ImportFailure.TOO_COMPLEX, "DOCX nesting", null);
        }
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("exceed the max") || m.contains("max entry size")
                    || m.contains("max text size"))) {
                return true;
            }
        }
        return false;
    }

    private static void writeTable(XWPFTable table, StringBuilder out, int depth, ImportLimits limits) {
        if (depth > MAX_TABLE_DEPTH) {
            throw new LimitExceeded(ImportFailure.TOO_COMPLEX, "tables nested too deeply");
        }
        for (XWPFTableRow row : table.getRows()) {
            LimitExceeded.checkLength(out, limits);
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFTable nested : cell.getTables()) {
                    writeTable(nested, out, depth + 1, limits);
                }
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    if (!text.isEmpty()) {
                        text.append(' ');
                    }
                    text.append(p.getText());
                }
                cells.add(text.toString().replace('\t', ' ').strip());
            }
            out.append(String.join("\t", cells)).append('\n');
        }
    }
}
