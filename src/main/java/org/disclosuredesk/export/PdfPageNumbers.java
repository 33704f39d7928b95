package org.disclosuredesk.export;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** "- 3 -" centred under the text of every page, as government documents print their page numbers. */
final class PdfPageNumbers extends PdfPageEventHelper {

    private final Font font;

    PdfPageNumbers(BaseFont face) {
        this.font = new Font(face, 10.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float x = (document.left() + document.right()) / 2;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                new Phrase("- " + writer.getPageNumber() + " -", font), x, document.bottom() - 28, 0);
    }
}
