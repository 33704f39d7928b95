package org.disclosuredesk.dashboard;

import org.disclosuredesk.export.SpreadsheetText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A dashboard table as CSV or XLSX. The file starts with what it shows — the filters and the export
 * time — so a copy passed on still says what it is. Numbers stay numbers; a missing value stays empty; text that
 * a spreadsheet would run as a formula is neutralised ({@link SpreadsheetText}).
 *
 * @param about lines describing the table (title, filters, export time), written above it
 */
public record TableExport(List<String> about, List<String> headers, List<List<Object>> rows) {

    /** UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly. */
    public byte[] csv() {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (String line : about) {
            sb.append(csvField(line)).append("\r\n");
        }
        sb.append("\r\n");
        sb.append(String.join(",", headers.stream().map(TableExport::csvField).toList())).append("\r\n");
        for (List<Object> row : rows) {
            sb.append(String.join(",", row.stream().map(TableExport::csvValue).toList())).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(String sheetName) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            for (String line : about) {
                sheet.createRow(r++).createCell(0).setCellValue(SpreadsheetText.neutralise(line));
            }
            r++;
            Row head = sheet.createRow(r++);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(SpreadsheetText.neutralise(headers.get(c)));
                cell.setCellStyle(bold);
            }
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(new BigDecimal(n.toString()).doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(SpreadsheetText.neutralise(v.toString()));
                    }
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvValue(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return v instanceof Number ? v.toString() : csvField(v.toString());
    }

    private static String csvField(String s) {
        return SpreadsheetText.csvField(s);
    }
}
