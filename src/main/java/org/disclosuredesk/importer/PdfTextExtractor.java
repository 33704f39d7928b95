package org.disclosuredesk.importer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The text layer of a PDF, sorted by position so that table cells come out row by row. Hostile files are
 * stopped before they cost much: pages are counted first, each page's streams are measured as they
 * decode ({@link PdfStreamBudget}), decoded streams beyond a small memory budget go to a temp file, and
 * the stripper stops past a glyph count or when its parse is cancelled. Ruled tables come out with their cells
 * tab-separated ({@link PdfTableText}), as from a web page or a Word file.
 */
final class PdfTextExtractor {

    /** Fewer visible characters than this per page means there is no real text layer. */
    private static final int MIN_CHARS_PER_PAGE = 20;

    private PdfTextExtractor() {
    }

    static ExtractedText extract(byte[] bytes) throws ImportException {
        return extract(bytes, ImportLimits.DEFAULTS);
    }

    static ExtractedText extract(byte[] bytes, ImportLimits limits) throws ImportException {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.pdfMemoryBytes(),
                limits.maxStreamBytesPerDocument() * 2);
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, memory.streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new ImportException(ImportFailure.TOO_MANY_PAGES, pages + " > " + limits.maxPages(), null);
            }
            PdfStreamBudget budget = new PdfStreamBudget(limits);
            int pageNo = 0;
            for (PDPage page : doc.getPages()) {
                if (++pageNo > limits.maxPages()) {
                    // /Count may lie; the page tree itself is what the stripper walks
                    throw new ImportException(ImportFailure.TOO_MANY_PAGES, "> " + limits.maxPages(), null);
                }
                budget.checkPage(page.getCOSObject(), pageNo);
            }
            BoundedStripper stripper = new BoundedStripper(limits);
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            String text = stripper.getText(doc);
            LimitExceeded.checkLength(text, limits);
            long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
            if (visible < (long) MIN_CHARS_PER_PAGE * Math.max(1, pageNo) && visible < 200) {
                throw new ImportException(ImportFailure.SCANNED_PDF);
            }
            return new ExtractedText(text, SourceFormat.PDF, List.of());
        } catch (LimitExceeded e) {
            throw e.toImportException();
        } catch (InvalidPasswordException e) {
            throw new ImportException(ImportFailure.UNREADABLE_DOCUMENT, "encrypted PDF", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports some damage (bad object numbers, broken dictionaries) with unchecked exceptions
            if (Thread.currentThread().isInterrupted()) {
                throw new ImportException(ImportFailure.TOO_COMPLEX, "timeout", e);
            }
            throw new ImportException(ImportFailure.UNREADABLE_DOCUMENT, "PDF", e);
        } catch (StackOverflowError e) {
            throw new ImportException(ImportFailure.TOO_COMPLEX, "PDF nesting", null);
        }
    }

    /**
     * Counts the glyphs each page draws (overlapping text drawn a thousand times over is the costly case:
     * every glyph is kept and compared until the page ends) and the operators it runs.
     */
    private static final class BoundedStripper extends PDFTextStripper {

        private final ImportLimits limits;
        private int pageGlyphs;
        private long documentGlyphs;
        private long operators;
        private PDPage page;
        private long pageOperators;
        /** The page's lines of words while a ruled page is being captured, else null. */
        private List<List<PdfTableText.Word>> captured;

        BoundedStripper(ImportLimits limits) {
            this.limits = limits;
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            this.page = page;
            pageOperators = 0;
            super.processPage(page);
        }

        /**
         * A ruled page is captured word by word and written with its table rows as tab-separated cells. Its rules
         * are read in a second pass over the page, allowed no more operators than the text pass ran within its
         * limits (forms drawing forms cost the same twice, not more).
         */
        @Override
        protected void writePage() throws IOException {
            PdfRulings rulings = PdfRulings.collect(page, pageOperators + 1_000);
            if (rulings.isEmpty()) {
                super.writePage();
                return;
            }
            Writer real = output;
            captured = new ArrayList<>();
            captured.add(new ArrayList<>());
            try {
                output = Writer.nullWriter();
                super.writePage();
            } finally {
                output = real;
            }
            List<List<PdfTableText.Word>> lines = captured;
            captured = null;
            lines.removeIf(List::isEmpty);
            List<String> text = PdfTableText.compose(lines, rulings);
            if (!text.isEmpty()) {
                output.write(String.join(getLineSeparator(), text));
            }
            output.write(getPageEnd());
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (captured == null) {
                super.writeString(text, positions);
                return;
            }
            List<PdfTableText.Glyph> glyphs = new ArrayList<>(positions.size());
            for (TextPosition p : positions) {
                glyphs.add(new PdfTableText.Glyph(p.getUnicode(), p.getXDirAdj() + p.getWidthDirAdj() / 2,
                        p.getYDirAdj() - p.getHeightDir() / 2));
            }
            captured.getLast().add(new PdfTableText.Word(text, glyphs));
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            if (captured == null) {
                super.writeLineSeparator();
            } else {
                captured.add(new ArrayList<>());
            }
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pageGlyphs = 0;
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++pageGlyphs > limits.maxGlyphsPerPage()) {
                throw new LimitExceeded(ImportFailure.TOO_COMPLEX,
                        "PDF page " + getCurrentPageNo() + " draws more than " + limits.maxGlyphsPerPage() + " glyphs");
            }
            if (++documentGlyphs > limits.maxChars()) {
                throw new LimitExceeded(ImportFailure.TOO_MUCH_TEXT, "> " + limits.maxChars() + " glyphs");
            }
            super.processTextPosition(text);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            pageOperators++;
            if ((++operators & 0x3FF) == 0) {
                LimitExceeded.checkInterrupted();
            }
            super.processOperator(operator, operands);
        }
    }
}
