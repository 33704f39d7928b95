package org.disclosuredesk.export;

import org.disclosuredesk.TestSamples;
import org.disclosuredesk.importer.ImportResult;
import org.disclosuredesk.importer.ReportImporter;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportTest {

    /** The official HTML, read back by the importer, gives the same figures: the layout is the real one. */
    @ParameterizedTest
    @ValueSource(strings = {TestSamples.LIWAN, TestSamples.HUAIAN})
    void officialHtmlImportsBackToTheSameFigures(String sample) throws Exception {
        ReportContent report = TestSamples.expected(sample)
                .withNarrative(NarrativePart.OVERVIEW, "全年收到申请若干件。")
                .withNarrative(NarrativePart.PROBLEMS, "一是……")
                .withNarrative(NarrativePart.OTHER, "本年度未收取信息处理费。");
        String html = OfficialHtmlExporter.render(report);
        ImportResult back = ReportImporter.importBytes("report.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(back.report().year()).isEqualTo(report.year());
        assertThat(back.report().edition()).isEqualTo(report.edition());
        assertThat(back.unresolved()).isEmpty();
        for (String key : report.template().cellKeys()) {
            CellValue expected = report.cell(key);
            assertThat(back.report().cell(key).number()).as(key).isEqualByComparingTo(expected.number());
        }
    }

    /**
     * Issue 16 item 2: the 平潭 report has 10 blank cells. Its official HTML prints them as empty cells, which
     * read back blank and unread, never as 0; "不适用" reads back not applicable; a printed dash is still 0.
     */
    @Test
    void blankCellsOfTheOfficialHtmlImportBackBlankNotZero() throws Exception {
        ReportContent report = TestSamples.expected(TestSamples.PINGTAN).withCell("s2.fees.change", CellValue.NOT_APPLICABLE);
        List<String> blank = report.template().cellKeys().stream().filter(k -> report.cell(k).isBlank()).toList();
        assertThat(blank).hasSize(10).contains("s2.licensing.change", "s2.procurement.amount");
        String html = OfficialHtmlExporter.render(report);
        ImportResult back = ReportImporter.importBytes("report.html", html.getBytes(StandardCharsets.UTF_8));
        for (String key : report.template().cellKeys()) {
            assertThat(back.report().cell(key)).as(key).isEqualTo(report.cell(key));
        }
        assertThat(back.unresolved()).containsExactlyElementsOf(blank);
        assertThat(back.notes()).anySatisfy(n -> assertThat(n.message(true)).contains("10 个空白单元格"));
        assertThat(Validator.validate(back.report())).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("R0.4"));

        String dashed = html.replace("<td>0</td>", "<td>—</td>");
        assertThat(dashed).isNotEqualTo(html);
        ImportResult zeros = ReportImporter.importBytes("report.html", dashed.getBytes(StandardCharsets.UTF_8));
        assertThat(zeros.report().cell("s3.carried_over.total").number()).isEqualByComparingTo("0");
    }

    @Test
    void htmlEscapesTextAndShowsTheOfficialHeadingsAndSpans() {
        ReportContent report = TestSamples.expected(TestSamples.LIWAN)
                .withNarrative(NarrativePart.OVERVIEW, "<script>alert(1)</script>")
                .withCell("s2.fees.change", CellValue.NOT_APPLICABLE);
        String html = OfficialHtmlExporter.render(report);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("<h2>三、收到和处理政府信息公开申请情况</h2>")
                .contains("<th colspan=\"5\">法人或其他组织</th>")
                .contains(">3522.436287万元<")
                .contains(">不适用<");
    }

    @Test
    void csvHasOneLinePerCellWithBlankAndNotApplicableApart() {
        ReportContent report = TestSamples.expected(TestSamples.LIWAN)
                .withCell("s2.fees.change", CellValue.NOT_APPLICABLE)
                .withCell("s2.fees.prev_year_items", CellValue.BLANK);
        String csv = ReportCsvExporter.render(report);
        String[] lines = csv.split("\n");
        assertThat(lines).hasSize(report.template().cellKeys().size() + 1);
        assertThat(csv).contains("s2.fees.change,二、主动公开政府信息情况 第二十条第（八）项,行政事业性收费,本年增/减,,不适用,")
                .contains("s2.fees.prev_year_items,二、主动公开政府信息情况 第二十条第（八）项,行政事业性收费,上一年项目数量,,空白,")
                .contains("s2.procurement.amount,二、主动公开政府信息情况 第二十条第（九）项,政府集中采购,采购总金额,3522.436287,数值,"
                        + "3522.436287万");
        // parts 三 and 四 are named as printed, not by their key
        assertThat(csv).contains("s3.granted.natural_person,三、收到和处理政府信息公开申请情况,")
                .contains("s4.review.upheld,四、政府信息公开行政复议、行政诉讼情况,")
                .doesNotContain(",s3,").doesNotContain(",s4,");
    }
}
