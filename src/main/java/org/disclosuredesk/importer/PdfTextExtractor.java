package org.disclosuredesk.importer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.List;

/** The text layer of a PDF, sorted by position so that table cells come out row by row. */
final class PdfTextExtractor {

    /** Fewer visible characters than this per page means there is no real text layer. */
    private static final int MIN_CHARS_PER_PAGE = 20;

    private PdfTextExtractor() {
    }

    static ExtractedText extract(byte[] bytes) throws ImportException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            String text = stripper.getText(doc);
            int pages = Math.max(1, doc.getNumberOfPages());
            long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
            if (visible < (long) MIN_CHARS_PER_PAGE * pages && visible < 200) {
                throw new ImportException(ImportFailure.SCANNED_PDF);
            }
            return new ExtractedText(text, SourceFormat.PDF, List.of());
        } catch (InvalidPasswordException e) {
            throw new ImportException(ImportFailure.UNREADABLE_DOCUMENT, "encrypted PDF", e);
        } catch (IOException e) {
            throw new ImportException(ImportFailure.UNREADABLE_DOCUMENT, "PDF", e);
        }
    }
}
