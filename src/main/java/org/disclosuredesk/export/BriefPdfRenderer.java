package org.disclosuredesk.export;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A {@link BriefDocument} as an A4 PDF for a meeting: the headline figures as cards, the charts two by two, the
 * ranking and findings tables, page numbers — with the Chinese faces embedded ({@link PdfFonts}).
 */
public final class BriefPdfRenderer {

    private static final Color MUTED = new Color(0x55, 0x5F, 0x6B);
    private static final Color CARD = new Color(0xF4, 0xF6, 0xF9);
    private static final Color RULE = new Color(0xC8, 0xCD, 0xD3);
    private static final float CHART_HEIGHT = 175;

    private BriefPdfRenderer() {
    }

    public static byte[] render(BriefDocument brief) {
        PdfFonts.Faces faces = PdfFonts.faces().orElseThrow(PdfUnavailableException::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        float margin = OfficialPdfExporter.MARGIN * 0.75f;
        Document doc = new Document(PageSize.A4, margin, margin, margin, margin);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PdfPageNumbers(faces.body()));
        doc.addTitle(brief.title());
        doc.addCreator("Disclosure Desk");
        doc.open();
        try {
            Paragraph title = new Paragraph(brief.title(), new Font(faces.bold(), 17));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(4);
            doc.add(title);
            Font small = new Font(faces.body(), 9, Font.NORMAL, MUTED);
            for (String line : brief.subtitle()) {
                Paragraph p = new Paragraph(ChineseLineBreaks.phrase(line, small));
                p.setAlignment(Element.ALIGN_CENTER);
                doc.add(p);
            }
            heading(doc, writer, faces, brief.figuresTitle());
            doc.add(figures(faces, brief.figures()));
            doc.add(charts(writer, faces, brief.charts(), doc.right() - doc.left()));
            for (BriefDocument.Table table : brief.tables()) {
                heading(doc, writer, faces, table.title());
                doc.add(table(faces, table));
                if (table.note() != null) {
                    doc.add(new Paragraph(ChineseLineBreaks.phrase(table.note(), small)));
                }
            }
            if (brief.footer() != null) {
                Paragraph footer = new Paragraph(ChineseLineBreaks.phrase(brief.footer(), small));
                footer.setSpacingBefore(12);
                doc.add(footer);
            }
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    /** A section heading keeps the first rows of its table (or the first row of cards) on its page. */
    private static void heading(Document doc, PdfWriter writer, PdfFonts.Faces faces, String text) {
        PdfHeadings.add(doc, writer, new Font(faces.bold(), 12.5f), text, 12, 6, 70);
    }

    private static PdfPTable figures(PdfFonts.Faces faces, List<BriefDocument.Figure> figures) {
        int columns = 4;
        PdfPTable grid = new PdfPTable(columns);
        grid.setWidthPercentage(100);
        Font label = new Font(faces.body(), 8.5f, Font.NORMAL, MUTED);
        Font value = new Font(faces.bold(), 15);
        Font change = new Font(faces.body(), 8, Font.NORMAL, MUTED);
        for (BriefDocument.Figure f : figures) {
            PdfPCell cell = new PdfPCell();
            cell.setBorderColor(Color.WHITE);
            cell.setBorderWidth(3);
            cell.setBackgroundColor(CARD);
            cell.setPadding(6);
            cell.setPaddingBottom(8);
            cell.addElement(new Paragraph(ChineseLineBreaks.phrase(f.label(), label)));
            cell.addElement(new Paragraph(f.value(), value));
            if (f.change() != null && !f.change().isBlank()) {
                cell.addElement(new Paragraph(ChineseLineBreaks.phrase(f.change(), change)));
            }
            grid.addCell(cell);
        }
        completeWithBlanks(grid);
        return grid;
    }

    /** Fills the last row with borderless blank cells, so that a short row shows no empty cards. */
    private static void completeWithBlanks(PdfPTable grid) {
        grid.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        grid.getDefaultCell().setBackgroundColor(null);
        grid.completeRow();
    }

    private static PdfPTable charts(PdfWriter writer, PdfFonts.Faces faces, List<BriefDocument.Chart> charts,
                                    float textWidth) {
        PdfPTable grid = new PdfPTable(2);
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(10);
        float w = textWidth / 2 - 14;
        for (BriefDocument.Chart chart : charts) {
            Image image = Image.getInstance(PdfCharts.draw(writer.getDirectContent(), chart, faces.body(), w,
                    CHART_HEIGHT));
            PdfPCell cell = new PdfPCell(image, false);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(6);
            cell.setPaddingBottom(12);
            grid.addCell(cell);
        }
        completeWithBlanks(grid);
        return grid;
    }

    private static PdfPTable table(PdfFonts.Faces faces, BriefDocument.Table t) {
        PdfPTable table = new PdfPTable(t.header().size());
        table.setWidthPercentage(100);
        table.setWidths(t.widths());
        table.setHeaderRows(1);
        Font head = new Font(faces.bold(), 9);
        Font body = new Font(faces.body(), 9);
        for (int i = 0; i < t.header().size(); i++) {
            table.addCell(cell(t.header().get(i), head, t.rightAligned()[i], CARD));
        }
        for (List<String> row : t.rows()) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), body, t.rightAligned()[i], null));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean right, Color fill) {
        PdfPCell cell = new PdfPCell(ChineseLineBreaks.phrase(text, font));
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3.5f);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }
}
