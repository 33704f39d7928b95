package org.disclosuredesk.importer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosuredesk.export.OfficialTextRenderer;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.PartHeading;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A report as a web page with real {@code <table>}s (row and column spans as government sites print
 * them) and as a Word document with tables, built from the template model. Zeros are printed as a dash
 * now and then, as real tables do.
 */
public final class OfficialDocuments {

    private OfficialDocuments() {
    }

    /** One table row as cells: the label cells, then the values. */
    private record TableRow(List<String> labels, List<String> values, int labelSpan) {
    }

    public static String html(ReportContent r, Random rnd) {
        Document doc = Document.createShell("");
        doc.title(title(r) + "_政府信息公开年报");
        Element body = doc.body();
        body.appendElement("div").addClass("nav").text("首页 > 政府信息公开 > 年报");
        body.appendElement("h1").text(title(r));
        body.appendElement("p").text(PartHeading.OVERVIEW.officialZh());
        body.appendElement("p").text(r.narrative(NarrativePart.OVERVIEW));
        body.appendElement("p").text(PartHeading.PROACTIVE.officialZh());
        Template t = r.template();
        Element s2 = body.appendElement("table").attr("border", "1");
        for (TemplateTable table : t.tablesOfPart("s2")) {
            s2.appendElement("tr").appendElement("td").attr("colspan", String.valueOf(table.columns().size() + 1))
                    .text(table.titleZh());
            Element header = s2.appendElement("tr");
            header.appendElement("td").text(table.headerZh());
            table.columns().forEach(c -> header.appendElement("td").text(c.labelZh()));
            for (Row row : table.rows()) {
                Element tr = s2.appendElement("tr");
                tr.appendElement("td").text(row.labelZh());
                for (Column c : table.columns()) {
                    tr.appendElement("td").text(cell(r.cell(table.cellKey(row, c)), c, rnd));
                }
            }
        }
        body.appendElement("p").text(PartHeading.REQUESTS.officialZh());
        Element s3 = body.appendElement("table").attr("border", "1");
        TemplateTable table = t.table("s3");
        Element h1 = s3.appendElement("tr");
        h1.appendElement("td").attr("colspan", "3").attr("rowspan", "2").text(table.noteZh());
        h1.appendElement("td").attr("colspan", "7").text(table.headerZh());
        Element h2 = s3.appendElement("tr");
        h2.appendElement("td").attr("rowspan", "2").text("自然人");
        h2.appendElement("td").attr("colspan", "5").text("法人或其他组织");
        h2.appendElement("td").attr("rowspan", "2").text("总计");
        Element h3 = s3.appendElement("tr");
        for (Column c : table.columns()) {
            if (c.groupZh() != null) {
                // a vertical header cell: one character per line
                Element td = h3.appendElement("td");
                for (char ch : c.labelZh().toCharArray()) {
                    td.appendText(String.valueOf(ch)).appendElement("br");
                }
            }
        }
        String section = null;
        String group = null;
        for (Row row : table.rows()) {
            Element tr = s3.appendElement("tr");
            if (row.sectionZh() != null && !row.sectionZh().equals(section)) {
                int span = (int) table.rows().stream().filter(x -> row.sectionZh().equals(x.sectionZh())).count();
                tr.appendElement("td").attr("rowspan", String.valueOf(span)).text(row.sectionZh());
            }
            if (row.groupZh() != null && !row.groupZh().equals(group)) {
                int span = (int) table.rows().stream().filter(x -> row.groupZh().equals(x.groupZh())).count();
                tr.appendElement("td").attr("rowspan", String.valueOf(span)).text(row.groupZh());
            }
            int labelSpan = row.sectionZh() == null ? 3 : row.groupZh() == null ? 2 : 1;
            tr.appendElement("td").attr("colspan", String.valueOf(labelSpan)).text(row.labelZh());
            section = row.sectionZh();
            group = row.groupZh();
            for (Column c : table.columns()) {
                tr.appendElement("td").text(cell(r.cell(table.cellKey(row, c)), c, rnd));
            }
        }
        body.appendElement("p").text(PartHeading.REVIEW_LITIGATION.officialZh());
        Element s4 = body.appendElement("table").attr("border", "1");
        TemplateTable t4 = t.table("s4");
        Element g1 = s4.appendElement("tr");
        g1.appendElement("td").attr("colspan", "5").text("行政复议");
        g1.appendElement("td").attr("colspan", "10").text("行政诉讼");
        Element g2 = s4.appendElement("tr");
        g2.appendElement("td").attr("colspan", "5");
        g2.appendElement("td").attr("colspan", "5").text("未经复议直接起诉");
        g2.appendElement("td").attr("colspan", "5").text("复议后起诉");
        Element g3 = s4.appendElement("tr");
        Element data = s4.appendElement("tr");
        for (Row g : t4.rows()) {
            for (Column c : t4.columns()) {
                g3.appendElement("td").text(c.labelZh());
                data.appendElement("td").text(cell(r.cell(t4.cellKey(g, c)), c, rnd));
            }
        }
        body.appendElement("p").text(PartHeading.PROBLEMS.officialZh());
        body.appendElement("p").text(r.narrative(NarrativePart.PROBLEMS));
        body.appendElement("p").text(PartHeading.OTHER.officialZh());
        body.appendElement("p").text(r.narrative(NarrativePart.OTHER));
        body.appendElement("div").addClass("footer").text("主办：某市人民政府办公室 电话：0591-23165370");
        return doc.outerHtml();
    }

    public static byte[] docx(ReportContent r, Random rnd) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(title(r));
            para(doc, PartHeading.OVERVIEW.officialZh());
            para(doc, r.narrative(NarrativePart.OVERVIEW));
            para(doc, PartHeading.PROACTIVE.officialZh());
            Template t = r.template();
            for (TemplateTable table : t.tablesOfPart("s2")) {
                para(doc, table.titleZh());
                List<TableRow> rows = new ArrayList<>();
                rows.add(new TableRow(List.of(table.headerZh()), table.columns().stream().map(Column::labelZh).toList(), 1));
                for (Row row : table.rows()) {
                    rows.add(new TableRow(List.of(row.labelZh()), values(r, table, row, rnd), 1));
                }
                table(doc, rows);
            }
            para(doc, PartHeading.REQUESTS.officialZh());
            TemplateTable s3 = t.table("s3");
            List<TableRow> rows = new ArrayList<>();
            rows.add(new TableRow(List.of(s3.noteZh(), "", ""), s3.columns().stream().map(Column::labelZh).toList(), 3));
            for (Row row : s3.rows()) {
                // merged cells of Word come out as empty cells beside the label
                List<String> labels = List.of(row.sectionZh() == null ? "" : row.sectionZh(),
                        row.groupZh() == null ? "" : row.groupZh(), row.labelZh());
                rows.add(new TableRow(labels, values(r, s3, row, rnd), 3));
            }
            table(doc, rows);
            para(doc, PartHeading.REVIEW_LITIGATION.officialZh());
            TemplateTable s4 = t.table("s4");
            List<String> headers = new ArrayList<>();
            List<String> vals = new ArrayList<>();
            for (Row g : s4.rows()) {
                headers.addAll(s4.columns().stream().map(Column::labelZh).toList());
                vals.addAll(values(r, s4, g, rnd));
            }
            table(doc, List.of(new TableRow(List.of(), headers, 0), new TableRow(List.of(), vals, 0)));
            para(doc, PartHeading.PROBLEMS.officialZh());
            para(doc, r.narrative(NarrativePart.PROBLEMS));
            para(doc, PartHeading.OTHER.officialZh());
            para(doc, r.narrative(NarrativePart.OTHER));
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> values(ReportContent r, TemplateTable table, Row row, Random rnd) {
        return table.columns().stream().map(c -> cell(r.cell(table.cellKey(row, c)), c, rnd)).toList();
    }

    private static void table(XWPFDocument doc, List<TableRow> rows) {
        int width = rows.stream().mapToInt(x -> x.labels().size() + x.values().size()).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), width);
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow tr = table.getRow(i);
            List<String> cells = new ArrayList<>(rows.get(i).labels());
            cells.addAll(rows.get(i).values());
            for (int c = 0; c < cells.size(); c++) {
                tr.getCell(c).setText(cells.get(c));
            }
        }
    }

    private static void para(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    /**
     * Zero printed as a dash one time in four, as on real sites. (An empty cell is not a zero: it imports
     * as blank, so generated zeros are never printed empty.)
     */
    private static String cell(CellValue v, Column c, Random rnd) {
        if (v.isNumber() && v.number().signum() == 0) {
            int k = rnd.nextInt(8);
            if (k == 0) {
                return "-";
            }
            if (k == 1) {
                return "—";
            }
        }
        return OfficialTextRenderer.display(v, c);
    }

    private static String title(ReportContent r) {
        return r.agencyName() + r.year() + "年政府信息公开工作年度报告";
    }
}
