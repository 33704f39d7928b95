package org.disclosuredesk.importer;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Counts what a page's streams (content, form XObjects, Type 3 glyphs, embedded fonts) decode to before
 * PDFBox decodes them for real, and stops decoding as soon as a limit is passed: a 100 KB stream may
 * inflate to gigabytes, and PDFBox itself would inflate it whole. Each stream is counted once per page
 * however often it is referenced; a stream that fails to decode counts what it gave so far (the stripper
 * deals with damage).
 */
final class PdfStreamBudget {

    /** Forms inside forms inside forms: deeper than any real document, shallow enough for the stack. */
    private static final int MAX_DEPTH = 12;

    private final long perPage;
    private final long perDocument;
    private long documentTotal;
    private long pageTotal;
    private Set<COSBase> seen;

    PdfStreamBudget(ImportLimits limits) {
        this.perPage = limits.maxStreamBytesPerPage();
        this.perDocument = limits.maxStreamBytesPerDocument();
    }

    long documentTotal() {
        return documentTotal;
    }

    void checkPage(COSDictionary page, int pageNo) throws ImportException {
        pageTotal = 0;
        seen = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            COSBase contents = page.getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSStream s) {
                count(s, pageNo);
            } else if (contents instanceof COSArray parts) {
                for (int i = 0; i < parts.size(); i++) {
                    if (parts.getObject(i) instanceof COSStream s) {
                        count(s, pageNo);
                    }
                }
            }
            resources(page.getCOSDictionary(COSName.RESOURCES), pageNo, 0);
        } catch (StackOverflowError e) {
            throw new ImportException(ImportFailure.TOO_COMPLEX, "PDF nesting", null);
        }
    }

    private void resources(COSDictionary resources, int pageNo, int depth) throws ImportException {
        if (resources == null || depth > MAX_DEPTH || !seen.add(resources)) {
            return;
        }
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects != null) {
            for (COSName name : xobjects.keySet()) {
                if (xobjects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                    count(form, pageNo);
                    resources(form.getCOSDictionary(COSName.RESOURCES), pageNo, depth + 1);
                }
            }
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font) {
                    font(font, pageNo, depth);
                }
            }
        }
    }

    private void font(COSDictionary font, int pageNo, int depth) throws ImportException {
        if (!seen.add(font)) {
            return;
        }
        fontFiles(font.getCOSDictionary(COSName.FONT_DESC), pageNo);
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants) {
            for (int i = 0; i < Math.min(descendants.size(), 4); i++) {
                if (descendants.getObject(i) instanceof COSDictionary d) {
                    fontFiles(d.getCOSDictionary(COSName.FONT_DESC), pageNo);
                }
            }
        }
        COSDictionary procs = font.getCOSDictionary(COSName.CHAR_PROCS);
        if (procs != null) {
            for (COSName glyph : procs.keySet()) {
                if (procs.getDictionaryObject(glyph) instanceof COSStream s) {
                    count(s, pageNo);
                }
            }
            resources(font.getCOSDictionary(COSName.RESOURCES), pageNo, depth + 1);
        }
    }

    private void fontFiles(COSDictionary descriptor, int pageNo) throws ImportException {
        if (descriptor == null) {
            return;
        }
        for (COSName key : List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3)) {
            if (descriptor.getDictionaryObject(key) instanceof COSStream s) {
                count(s, pageNo);
            }
        }
    }

    private void count(COSStream stream, int pageNo) throws ImportException {
        if (!seen.add(stream)) {
            return;
        }
        LimitExceeded.checkInterrupted();
        long allowed = Math.min(perPage - pageTotal, perDocument - documentTotal);
        Counter counter = new Counter(allowed, false);
        try {
            decode(stream, counter);
        } catch (IOException | RuntimeException damaged) {
            // counted up to the damage; the stripper reports or skips the rest
        }
        if (counter.exceeded) {
            boolean page = perPage - pageTotal <= perDocument - documentTotal;
            throw new ImportException(ImportFailure.TOO_COMPLEX, page
                    ? "PDF page " + pageNo + " unpacks to more than " + perPage / (1024 * 1024) + " MB"
                    : "PDF unpacks to more than " + perDocument / (1024 * 1024) + " MB", null);
        }
        pageTotal += counter.count;
        documentTotal += counter.count;
    }

    /** Runs the stream's filters one after the other, each into a buffer no bigger than the budget left. */
    private static void decode(COSStream stream, Counter sink) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                boolean last = i == filters.size() - 1;
                if (last) {
                    filter.decode(in, sink, stream, i);
                } else {
                    Counter stage = new Counter(sink.limit, true);
                    filter.decode(in, stage, stream, i);
                    if (stage.exceeded) {
                        sink.exceeded = true;
                        return;
                    }
                    in = new ByteArrayInputStream(stage.kept.toByteArray());
                    stage.kept = null;
                }
                if (sink.exceeded) {
                    return;
                }
            }
            if (filters.isEmpty()) {
                in.transferTo(sink);
            }
        }
    }

    private static List<COSName> filters(COSBase filters) {
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        if (filters instanceof COSArray array) {
            if (array.size() > 8) {
                return List.of(); // no real stream has that many; read it raw rather than decode 8 times over
            }
            return array.toList().stream().map(b -> b instanceof COSObject o ? o.getObject() : b)
                    .filter(COSName.class::isInstance).map(COSName.class::cast).toList();
        }
        return List.of();
    }

    /** Counts bytes (keeping them only for an intermediate filter stage) and stops the filter past the limit. */
    private static final class Counter extends OutputStream {
        private final long limit;
        private long count;
        private boolean exceeded;
        private ByteArrayOutputStream kept;
        private int writes;

        Counter(long limit, boolean keep) {
            this.limit = limit;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > limit) {
                exceeded = true;
                throw new IOException("decoded stream exceeds its budget");
            }
            if ((++writes & 0xFF) == 0) {
                LimitExceeded.checkInterrupted();
            }
            if (kept != null) {
                kept.write(b, off, len);
            }
        }
    }
}
