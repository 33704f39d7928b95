package org.disclosuredesk.importer;

import org.disclosuredesk.TestSamples;
import org.disclosuredesk.export.OfficialTextRenderer;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Misprints, OCR misreadings, other numbering, rows left out: what real text does to labels. */
class MessyTextTest {

    @Test
    void misreadLabelCharactersAndOtherNumberingStillFindTheirRows() throws Exception {
        String text = TestSamples.text(TestSamples.LIWAN)
                .replace("1.属于国家秘密", "（1）属于国家秘蜜")      // OCR: 密 → 蜜, numbering in brackets
                .replace("（一）予以公开", "(一)予以公幵")            // 开 → 幵, half-width brackets
                .replace("2.重复申请", "2、重复申请")
                .replace("6.属于四类过程", "6．属于四类过稈")
                .replace("（七）总计", "（七） 总 计");
        ImportResult r = ReportImporter.importText(text);
        ReportContent expected = TestSamples.expected(TestSamples.LIWAN);
        assertThat(RoundTripTest.differences(expected, r.report())).isEmpty();
    }

    @Test
    void aRowLeftOutIsBlankAndNamedWhileItsNeighboursAreRead() throws Exception {
        ReportContent original = RandomReports.generate(new Random(3), Edition.E2021);
        String text = OfficialTextRenderer.render(original);
        String row = text.lines().filter(l -> l.startsWith("7.属于行政执法案卷")).findFirst().orElseThrow();
        ImportResult r = ReportImporter.importText(text.replace(row + "\n", ""));
        assertThat(r.unresolved()).allMatch(k -> k.startsWith("s3.denied_enforcement_file."));
        assertThat(r.unresolved()).hasSize(7);
        assertThat(r.report().cell("s3.denied_admin_query.total").number())
                .isEqualByComparingTo(original.cell("s3.denied_admin_query.total").number());
        assertThat(r.notes()).anyMatch(n -> n.code().equals("ROWS_NOT_FOUND") && n.message(true).contains("行政执法案卷"));
        // in English the row is named by its English label, not the Chinese one
        assertThat(r.notes()).filteredOn(n -> n.code().equals("ROWS_NOT_FOUND")).singleElement()
                .satisfies(n -> assertThat(n.message(false)).isEqualTo(
                        "These rows could not be located in the source and are left blank: 7. Enforcement case file"));
    }

    @Test
    void a2021ReportThatStillPrintsOneOtherRowIsNotGuessed() throws Exception {
        ReportContent original = RandomReports.generate(new Random(4), Edition.E2021);
        String text = OfficialTextRenderer.render(original);
        StringBuilder mixed = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("1.申请人无正当理由") || line.startsWith("2.申请人逾期未按收费")) {
                continue;
            }
            mixed.append(line.startsWith("3.其他 ") ? line.replace("3.其他 ", "") : line).append('\n');
        }
        ImportResult r = ReportImporter.importText(mixed.toString());
        assertThat(r.report().edition()).isEqualTo(Edition.E2021);
        // one printed row for three template rows: none of them can be told
        assertThat(r.report().cell("s3.other_overdue_correction.total").isNumber()).isFalse();
        assertThat(r.report().cell("s3.other_misc.total").isNumber()).isFalse();
        assertThat(r.report().cell("s3.total_processed.total").number())
                .isEqualByComparingTo(original.cell("s3.total_processed.total").number());
    }

    @Test
    void pageNumbersWithDashesInsideTheTableAreNotValues() throws Exception {
        String text = TestSamples.text(TestSamples.LIWAN).replace("2.重复申请 3 0 0 0 0 0 3\n",
                "2.重复申请 3 0 0 0 0 0 3\n\n— 4 —\n\n");
        ImportResult r = ReportImporter.importText(text);
        assertThat(RoundTripTest.differences(TestSamples.expected(TestSamples.LIWAN), r.report())).isEmpty();
    }
}
