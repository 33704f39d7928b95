package org.disclosuredesk.importer;

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

/** Paragraphs and tables of a Word document in document order; table rows as tab-separated cells. */
final class DocxTextExtractor {

    private DocxTextExtractor() {
    }

    static ExtractedText extract(byte[] bytes) throws ImportException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    writeTable(t, out);
                }
            }
            return new ExtractedText(HtmlTextExtractor.tidy(out), SourceFormat.DOCX, List.of());
        } catch (IOException | RuntimeException e) {
            // POI reports broken packages with unchecked exceptions as well
            throw new ImportException(ImportFailure.UNREADABLE_DOCUMENT, "DOCX", e);
        }
    }

    private static void writeTable(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFTable nested : cell.getTables()) {
                    writeTable(nested, out);
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
