package org.disclosuredesk.export;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.PartHeading;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * A report as a Word document in the official format — the six parts in order, the tables laid out from the one
 * {@link org.disclosuredesk.template.TableLayout} with their merged headers (column spans as grid spans, row spans as vertical merges), on A4
 * with page numbers in the footer — which agencies edit and publish, often as the PDF beside the web page.
 */
public final class OfficialDocxExporter {

    private static final String FONT = "宋体";
    /** A4 in twentieths of a point, 2.5 cm margins. */
    private static final long A4_WIDTH = 11_906;
    private static final long A4_HEIGHT = 16_838;
    private static final long MARGIN = 1_418;

    private OfficialDocxExporter() {
    }

    public static byte[] render(ReportContent report, String unpublishedStatus) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            String title = (report.agencyName() == null ? "" : report.agencyName()) + report.year()
                    + "年政府信息公开工作年度报告";
            if (unpublishedStatus != null) {
                paragraph(doc, "未公开版本（" + unpublishedStatus + "）：本文件数据尚未审核公开，不得作为正式年度报告发布。",
                        ParagraphAlignment.LEFT, true, 11, false);
            }
            paragraph(doc, title, ParagraphAlignment.CENTER, true, 18, false);
            Template t = report.template();
            narrative(doc, PartHeading.OVERVIEW, report.narrative(NarrativePart.OVERVIEW));
            heading(doc, PartHeading.PROACTIVE.officialZh());
            for (TemplateTable table : t.tablesOfPart(PartHeading.PROACTIVE.part())) {
                paragraph(doc, table.titleZh(), ParagraphAlignment.LEFT, true, 11, false);
                table(doc, table, report);
            }
            for (PartHeading part : new PartHeading[]{PartHeading.REQUESTS, PartHeading.REVIEW_LITIGATION}) {
                heading(doc, part.officialZh());
                t.tablesOfPart(part.part()).forEach(table -> table(doc, table, report));
            }
            narrative(doc, PartHeading.PROBLEMS, report.narrative(NarrativePart.PROBLEMS));
            narrative(doc, PartHeading.OTHER, report.narrative(NarrativePart.OTHER));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        // page numbers: "- 3 -" centred in the footer, as government documents print them
        XWPFFooter footer = new XWPFHeaderFooterPolicy(doc, sect).createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText("- ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        p.createRun().setText(" -");
    }

    private static void heading(XWPFDocument doc, String text) {
        paragraph(doc, text, ParagraphAlignment.LEFT, true, 14, false);
    }

    private static void narrative(XWPFDocument doc, PartHeading heading, String text) {
        heading(doc, heading.officialZh());
        for (String para : text.split("\\R")) {
            if (!para.isBlank()) {
                paragraph(doc, para.strip(), ParagraphAlignment.LEFT, false, 12, true);
            }
        }
    }

    private static void paragraph(XWPFDocument doc, String text, ParagraphAlignment align, boolean bold, int size,
                                  boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (indent) {
            p.setFirstLineIndent(2 * size * 20);
        }
        run(p, text, bold, size);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily(FONT);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
    }

    private static void table(XWPFDocument doc, TemplateTable template, ReportContent report) {
        TableGrid grid = TableGrid.of(template);
        int width = grid.columnCount();
        long textWidth = A4_WIDTH - 2 * MARGIN;
        long[] widths = new long[width];
        for (int c = 0; c < width; c++) {
            widths[c] = Math.round(textWidth * grid.share(c));
        }
        XWPFTable table = doc.createTable();
        // a fixed grid with the label columns wider than the figures: without it Word and WPS guess, and wrap
        // every label a character per line
        CTTblPr tblPr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid tblGrid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (tblGrid.sizeOfGridColArray() > 0) {
            tblGrid.removeGridCol(0);
        }
        for (long w : widths) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < grid.rowCount(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (row.getTableCells().size() > 0) {
                row.removeCell(0);
            }
            for (int c = 0; c < width; ) {
                TableGrid.Placed p = grid.at(r, c);
                if (p == null) {
                    row.addNewTableCell();
                    c++;
                    continue;
                }
                XWPFTableCell tc = row.addNewTableCell();
                CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
                if (p.cell().colspan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(p.cell().colspan()));
                }
                long w = 0;
                for (int k = c; k < c + p.cell().colspan() && k < width; k++) {
                    w += widths[k];
                }
                CTTblWidth tcW = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(w));
                if (p.cell().rowspan() > 1) {
                    pr.addNewVMerge().setVal(p.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (p.row() == r) {
                    XWPFParagraph para = tc.getParagraphs().isEmpty() ? tc.addParagraph() : tc.getParagraphs().get(0);
                    para.setAlignment(p.isValue() ? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER);
                    run(para, p.text(report), grid.isTotal(r), 10);
                }
                c += p.cell().colspan();
            }
        }
        doc.createParagraph();
    }
}
