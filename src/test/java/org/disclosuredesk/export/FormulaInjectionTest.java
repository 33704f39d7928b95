package org.disclosuredesk.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosuredesk.dashboard.TableExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text that a spreadsheet would run as a formula leaves our CSV and XLSX files as plain text. */
class FormulaInjectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "＝1+1"})
    void dangerousLeadingCharactersAreNeutralised(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(SpreadsheetText.neutralise("淮安市教育局")).isEqualTo("淮安市教育局");
        assertThat(SpreadsheetText.neutralise("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.csvField("=1,2")).isEqualTo("\"'=1,2\"");
    }

    private static final TableExport TABLE = new TableExport(List.of("对比 =cmd|' /C calc'!A0"),
            List.of("机构", "=SUM(B1:B9)"),
            List.of(List.of("=HYPERLINK(\"http://evil\",\"点我\")", new BigDecimal("-12.5")),
                    List.of("@淮安市", 3)));

    @Test
    void csvWritesNamesAsTextAndNegativeNumbersAsNumbers() {
        String csv = new String(TABLE.csv(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\",-12.5\r\n")
                .contains("'@淮安市,3\r\n")
                .contains("机构,'=SUM(B1:B9)\r\n");
        assertThat(csv.lines()).noneMatch(line -> line.startsWith("=") || line.startsWith("@"));
    }

    @Test
    void xlsxHoldsNoFormulaCells() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TABLE.xlsx("对比")))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\",\"点我\")");
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("'@淮安市");
        }
    }
}
