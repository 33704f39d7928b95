package org.disclosuredesk.export;

import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.PartHeading;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.TableLayout;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;

/**
 * A report as a standalone HTML page in the official format, ready to publish on a government
 * website: the six parts in order, the tables laid out as in the national template (same
 * {@link TableLayout} as the app's report page), every text escaped.
 */
public final class OfficialHtmlExporter {

    private static final String STYLE = """
            body{font-family:"SimSun","Songti SC","Noto Serif CJK SC",serif;max-width:960px;margin:2em auto;line-height:1.8}
            h1{text-align:center;font-size:1.6em}h2{font-size:1.2em;margin-top:1.5em}h3{font-size:1em}
            p{text-indent:2em;margin:.3em 0}table{border-collapse:collapse;margin:.5em 0 1em;font-size:.9em}
            th,td{border:1px solid #000;padding:3px 6px}th{font-weight:normal}td{text-align:right}
            tr.total th,tr.total td{font-weight:bold}""";

    private OfficialHtmlExporter() {
    }

    public static String render(ReportContent report) {
        return render(report, null);
    }

    /**
     * @param unpublishedStatus the status (in Chinese) when the report is not published — a draft, or one
     *                          under review: the page then says so in its title and on top, so that nobody
     *                          publishes it by mistake; null for a published report
     */
    public static String render(ReportContent report, String unpublishedStatus) {
        Template t = report.template();
        String title = (unpublishedStatus == null ? "" : "【" + unpublishedStatus + "】")
                + (report.agencyName() == null ? "" : report.agencyName()) + report.year() + "年政府信息公开工作年度报告";
        StringBuilder out = new StringBuilder(32_000);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>").append(esc(title))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        if (unpublishedStatus != null) {
            out.append("<p class=\"unpublished\" style=\"border:2px solid #b00;color:#b00;padding:.5em;text-indent:0\">")
                    .append(esc("未公开版本（" + unpublishedStatus + "）：本页数据尚未审核公开，不得作为正式年度报告发布。"))
                    .append("</p>\n");
        }
        out.append("<h1>").append(esc(title)).append("</h1>\n");
        narrative(out, PartHeading.OVERVIEW, report.narrative(NarrativePart.OVERVIEW));
        out.append("<h2>").append(esc(PartHeading.PROACTIVE.officialZh())).append("</h2>\n");
        for (TemplateTable table : t.tablesOfPart(PartHeading.PROACTIVE.part())) {
            out.append("<h3>").append(esc(table.titleZh())).append("</h3>\n");
            table(out, table, report);
        }
        for (PartHeading part : new PartHeading[]{PartHeading.REQUESTS, PartHeading.REVIEW_LITIGATION}) {
            out.append("<h2>").append(esc(part.officialZh())).append("</h2>\n");
            t.tablesOfPart(part.part()).forEach(table -> table(out, table, report));
        }
        narrative(out, PartHeading.PROBLEMS, report.narrative(NarrativePart.PROBLEMS));
        narrative(out, PartHeading.OTHER, report.narrative(NarrativePart.OTHER));
        return out.append("</body></html>\n").toString();
    }

    private static void narrative(StringBuilder out, PartHeading heading, String text) {
        out.append("<h2>").append(esc(heading.officialZh())).append("</h2>\n");
        for (String para : text.split("\\R")) {
            if (!para.isBlank()) {
                out.append("<p>").append(esc(para.strip())).append("</p>\n");
            }
        }
    }

    private static void table(StringBuilder out, TemplateTable table, ReportContent report) {
        TableLayout layout = TableLayout.of(table, true);
        out.append("<table>\n");
        layout.head().forEach(r -> row(out, r, report));
        layout.body().forEach(r -> row(out, r, report));
        out.append("</table>\n");
    }

    private static void row(StringBuilder out, TableLayout.LayoutRow row, ReportContent report) {
        out.append(row.total() ? "<tr class=\"total\">" : "<tr>");
        for (TableLayout.Cell cell : row.cells()) {
            String tag = cell.kind() == TableLayout.Kind.VALUE ? "td" : "th";
            out.append('<').append(tag);
            if (cell.colspan() > 1) {
                out.append(" colspan=\"").append(cell.colspan()).append('"');
            }
            if (cell.rowspan() > 1) {
                out.append(" rowspan=\"").append(cell.rowspan()).append('"');
            }
            out.append('>').append(esc(cell.kind() == TableLayout.Kind.VALUE
                    ? printed(report.cell(cell.key()), cell.column()) : cell.text()));
            out.append("</").append(tag).append('>');
        }
        out.append("</tr>\n");
    }

    /** As printed: the number (an amount with 万元 unless its header names the unit), blank empty, n/a 不适用. */
    static String printed(CellValue v, Column column) {
        return switch (v.state()) {
            case BLANK -> "";
            case NOT_APPLICABLE -> "不适用";
            case NUMBER -> column.unitZh() != null && "万元".equals(column.unitZh())
                    && !column.labelZh().contains("万元") ? v.number().toPlainString() + "万元" : v.display();
        };
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
