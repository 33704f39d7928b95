package org.disclosuredesk.export;

import org.disclosuredesk.template.CellDef;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.PartHeading;
import org.disclosuredesk.template.ReportContent;

/**
 * A report's figures as CSV, one line per template cell in reading order (UTF-8 with BOM so Excel and
 * WPS open the Chinese labels correctly): key, labels, value, and whether it is blank or not applicable.
 */
public final class ReportCsvExporter {

    private ReportCsvExporter() {
    }

    public static String render(ReportContent report) {
        StringBuilder out = new StringBuilder("\uFEFF单元格,部分,行,列,数值,状态,原文\n");
        for (CellDef def : report.template().cells().values()) {
            CellValue v = report.cell(def.key());
            out.append(def.key()).append(',')
                    .append(field(partOf(def))).append(',')
                    .append(field(def.row().labelZh())).append(',')
                    .append(field(def.column().labelZh())).append(',')
                    .append(v.isNumber() ? v.number().toPlainString() : "").append(',')
                    .append(switch (v.state()) {
                        case NUMBER -> "数值";
                        case BLANK -> "空白";
                        case NOT_APPLICABLE -> "不适用";
                    }).append(',')
                    .append(field(v.raw() == null ? "" : v.raw())).append('\n');
        }
        return out.toString();
    }

    /** The part as printed, with the table's own title where a part has several (二: 第二十条第（八）项). */
    private static String partOf(CellDef def) {
        String part = PartHeading.of(def.table().part()).officialZh();
        return def.table().titleZh() == null ? part : part + " " + def.table().titleZh();
    }

    private static String field(String s) {
        return SpreadsheetText.csvField(s);
    }
}
