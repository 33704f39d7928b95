package org.disclosuredesk.export;

import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.PartHeading;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;
import org.disclosuredesk.template.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as plain text in the official layout: title, the six headings, the tables with their
 * labels and one printed row per line (cells separated by a space), part 四's fifteen values on one
 * line under its two-level header. Generated from the template model, so a new edition needs no change here.
 */
public final class OfficialTextRenderer {

    private OfficialTextRenderer() {
    }

    public static String render(ReportContent report) {
        Template t = report.template();
        StringBuilder out = new StringBuilder();
        out.append(report.agencyName() == null ? "" : report.agencyName()).append(report.year())
                .append("年政府信息公开工作年度报告\n\n");
        heading(out, PartHeading.OVERVIEW);
        narrative(out, report.narrative(NarrativePart.OVERVIEW));

        heading(out, PartHeading.PROACTIVE);
        for (TemplateTable table : t.tablesOfPart("s2")) {
            out.append(table.titleZh()).append('\n');
            List<String> header = new ArrayList<>();
            header.add(table.headerZh());
            table.columns().forEach(c -> header.add(c.labelZh()));
            line(out, header);
            for (Row row : table.rows()) {
                dataRow(out, report, table, row, row.labelZh());
            }
        }
        out.append('\n');

        heading(out, PartHeading.REQUESTS);
        TemplateTable s3 = t.table("s3");
        out.append(s3.noteZh()).append('\n').append(s3.headerZh()).append('\n');
        line(out, columnHeader(s3.columns()));
        String section = null;
        String group = null;
        for (Row row : s3.rows()) {
            if (row.sectionZh() != null && !row.sectionZh().equals(section)) {
                out.append(row.sectionZh()).append('\n');
            }
            section = row.sectionZh();
            if (row.groupZh() != null && !row.groupZh().equals(group)) {
                out.append(row.groupZh()).append('\n');
            }
            group = row.groupZh();
            dataRow(out, report, s3, row, row.labelZh());
        }
        out.append('\n');

        heading(out, PartHeading.REVIEW_LITIGATION);
        TemplateTable s4 = t.table("s4");
        List<String> top = new ArrayList<>();
        List<String> middle = new ArrayList<>();
        for (Row g : s4.rows()) {
            String outer = g.sectionZh() == null ? g.labelZh() : g.sectionZh();
            if (!top.contains(outer)) {
                top.add(outer);
            }
            if (g.sectionZh() != null) {
                middle.add(g.labelZh());
            }
        }
        line(out, top);
        line(out, middle);
        List<String> outcomes = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Row g : s4.rows()) {
            for (Column c : s4.columns()) {
                outcomes.add(c.labelZh());
                values.add(display(report.cell(s4.cellKey(g, c)), c));
            }
        }
        line(out, outcomes);
        line(out, values);
        out.append('\n');

        heading(out, PartHeading.PROBLEMS);
        narrative(out, report.narrative(NarrativePart.PROBLEMS));
        heading(out, PartHeading.OTHER);
        narrative(out, report.narrative(NarrativePart.OTHER));
        return out.toString();
    }

    /** 自然人 / 法人或其他组织 (商业企业 … 其他) / 总计, as the spanning header prints them. */
    private static List<String> columnHeader(List<Column> columns) {
        List<String> cells = new ArrayList<>();
        String group = null;
        for (Column c : columns) {
            if (c.groupZh() != null && !Objects.equals(c.groupZh(), group)) {
                cells.add(c.groupZh());
            }
            group = c.groupZh();
            cells.add(c.labelZh());
        }
        return cells;
    }

    private static void dataRow(StringBuilder out, ReportContent report, TemplateTable table, Row row, String label) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        for (Column c : table.columns()) {
            cells.add(display(report.cell(table.cellKey(row, c)), c));
        }
        line(out, cells);
    }

    /** Amounts as printed when known; otherwise in 万元, naming the unit unless the column header does. */
    public static String display(CellValue v, Column c) {
        if (c.kind() == ValueKind.AMOUNT_WAN_YUAN && v.isNumber()) {
            if (v.raw() != null && !v.raw().isBlank()) {
                return v.raw();
            }
            return c.labelZh().contains("万元") ? v.number().toPlainString() : v.number().toPlainString() + "万元";
        }
        return v.display();
    }

    private static void heading(StringBuilder out, PartHeading h) {
        out.append(h.officialZh()).append('\n');
    }

    private static void narrative(StringBuilder out, String text) {
        if (!text.isBlank()) {
            out.append(text.strip()).append('\n');
        }
        out.append('\n');
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(String.join(" ", cells)).append('\n');
    }
}
