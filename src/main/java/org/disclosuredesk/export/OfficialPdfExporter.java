package org.disclosuredesk.export;

import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.PartHeading;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

/**
 * A report as a PDF in the official format — the six parts in order, the tables laid out from the one
 * {@link org.disclosuredesk.template.TableLayout} with their merged headers — on A4 with "- n -" page numbers and
 * the Chinese faces embedded as subsets ({@link PdfFonts}), so that it prints and reads the same everywhere and our
 * own importer reads its figures back. Lines break between any two Chinese characters.
 */
public final class OfficialPdfExporter {

    /** 2.5 cm in points. */
    static final float MARGIN = 70.9f;
    private static final Color RULE = new Color(0x55, 0x55, 0x55);
    private static final Color HEAD_FILL = new Color(0xF2, 0xF2, 0xF2);

    private OfficialPdfExporter() {
    }

    /** Whether this server can make PDFs (it has a Chinese face to embed). */
    public static boolean available() {
        return PdfFonts.faces().isPresent();
    }

    public static byte[] render(ReportContent report, String unpublishedStatus) {
        PdfFonts.Faces faces = PdfFonts.faces().orElseThrow(PdfUnavailableException::new);
        String title = (report.agencyName() == null ? "" : report.agencyName()) + report.year()
                + "年政府信息公开工作年度报告";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PdfPageNumbers(faces.body()));
        doc.addTitle(title);
        doc.addCreator("Disclosure Desk");
        doc.open();
        try {
            if (unpublishedStatus != null) {
                Paragraph warning = new Paragraph("未公开版本（" + unpublishedStatus
                        + "）：本文件数据尚未审核公开，不得作为正式年度报告发布。", new Font(faces.bold(), 10.5f,
                        Font.NORMAL, new Color(0xB0, 0x00, 0x20)));
                warning.setSpacingAfter(8);
                doc.add(warning);
            }
            Paragraph heading = new Paragraph(title, new Font(faces.bold(), 18));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(14);
            doc.add(heading);
            Template t = report.template();
            narrative(doc, writer, faces, PartHeading.OVERVIEW, report.narrative(NarrativePart.OVERVIEW));
            partHeading(doc, writer, faces, PartHeading.PROACTIVE.officialZh());
            for (TemplateTable table : t.tablesOfPart(PartHeading.PROACTIVE.part())) {
                PdfHeadings.add(doc, writer, new Font(faces.bold(), 10.5f), table.titleZh(), 4, 4, 60);
                doc.add(table(faces, table, report));
            }
            for (PartHeading part : new PartHeading[]{PartHeading.REQUESTS, PartHeading.REVIEW_LITIGATION}) {
                partHeading(doc, writer, faces, part.officialZh());
                for (TemplateTable table : t.tablesOfPart(part.part())) {
                    doc.add(table(faces, table, report));
                }
            }
            narrative(doc, writer, faces, PartHeading.PROBLEMS, report.narrative(NarrativePart.PROBLEMS));
            narrative(doc, writer, faces, PartHeading.OTHER, report.narrative(NarrativePart.OTHER));
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF layout failed", e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static void partHeading(Document doc, PdfWriter writer, PdfFonts.Faces faces, String text) {
        PdfHeadings.add(doc, writer, new Font(faces.bold(), 14), text, 10, 6, 60);
    }

    private static void narrative(Document doc, PdfWriter writer, PdfFonts.Faces faces, PartHeading heading,
                                  String text) {
        partHeading(doc, writer, faces, heading.officialZh());
        Font body = new Font(faces.body(), 12);
        for (String para : text.split("\\R")) {
            if (!para.isBlank()) {
                Paragraph p = new Paragraph(21, "", body);
                p.add(ChineseLineBreaks.phrase(para.strip(), body));
                p.setFirstLineIndent(24);
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setSpacingAfter(3);
                doc.add(p);
            }
        }
    }

    private static PdfPTable table(PdfFonts.Faces faces, TemplateTable template, ReportContent report) {
        TableGrid grid = TableGrid.of(template);
        float[] widths = new float[grid.columnCount()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = (float) grid.share(c);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        Font plain = new Font(faces.body(), 9);
        Font bold = new Font(faces.bold(), 9);
        for (int r = 0; r < grid.rowCount(); r++) {
            for (int c = 0; c < grid.columnCount(); c++) {
                TableGrid.Placed p = grid.at(r, c);
                if (p == null) {
                    table.addCell(cell(new Phrase(""), Element.ALIGN_CENTER));
                } else if (p.row() == r && p.col() == c) {
                    boolean header = p.cell().kind() == org.disclosuredesk.template.TableLayout.Kind.HEADER;
                    PdfPCell cell = cell(ChineseLineBreaks.phrase(p.text(report), header || grid.isTotal(r) ? bold : plain),
                            p.isValue() ? Element.ALIGN_RIGHT : p.cell().kind()
                                    == org.disclosuredesk.template.TableLayout.Kind.ROW_LABEL ? Element.ALIGN_LEFT
                                    : Element.ALIGN_CENTER);
                    cell.setColspan(p.cell().colspan());
                    cell.setRowspan(p.cell().rowspan());
                    if (header) {
                        cell.setBackgroundColor(HEAD_FILL);
                    }
                    table.addCell(cell);
                }
            }
        }
        return table;
    }

    private static PdfPCell cell(Phrase text, int align) {
        PdfPCell cell = new PdfPCell(text);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }
}
