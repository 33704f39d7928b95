package org.disclosuredesk.export;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Headings of our PDFs, in one place for the official report and the leadership brief. A heading never stands
 * alone at the foot of a page: when less than {@code keepWithNext} points remain below it, it starts the next page
 * together with what it introduces.
 */
final class PdfHeadings {

    private PdfHeadings() {
    }

    static void add(Document doc, PdfWriter writer, Font font, String text, float before, float after,
                    float keepWithNext) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        if (writer.getVerticalPosition(true) - doc.bottom() < keepWithNext + before + font.getSize() * 1.5f) {
            doc.newPage();
        }
        doc.add(p);
    }
}
