package org.disclosuredesk.importer;

import org.disclosuredesk.export.OfficialTextRenderer;
import org.disclosuredesk.i18n.Messages;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.validation.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source's own errors told apart from ours: a certain reading that breaks a rule keeps the figures as printed and
 * carries the error; a label printed otherwise than the template's is still read, with a warning naming what was
 * printed.
 */
class SourceErrorsTest {

    private static ReportContent plus(ReportContent r, String key, long delta) {
        return r.withCell(key, CellValue.of(r.cell(key).number().longValue() + delta));
    }

    private record Broken(String rule, Edition edition, UnaryOperator<ReportContent> change, String cell) {
    }

    /** Per rule family, a report printed laid out (every value beside its label) whose arithmetic is off. */
    @Test
    void aCertainReadingThatBreaksARuleKeepsTheFiguresAsPrintedAndCarriesTheError() throws Exception {
        List<Broken> cases = List.of(
                // total of a row ≠ its applicant columns
                new Broken("R3.3", Edition.E2021, r -> plus(r, "s3.new_received.total", 1), "s3.new_received.total"),
                // an outcome row and its total both one more: the row adds up, the results do not
                new Broken("R3.2", Edition.E2019, r -> plus(plus(r, "s3.granted.natural_person", 1),
                        "s3.granted.total", 1), "s3.granted.natural_person"),
                // carried forward one more, its row still adding up: new + carried over ≠ processed + forward
                new Broken("R3.1", Edition.E2021, r -> plus(plus(r, "s3.carried_forward.commercial", 2),
                        "s3.carried_forward.total", 2), "s3.carried_forward.commercial"),
                new Broken("R4.1", Edition.E2019, r -> plus(r, "s4.review.total", 3), "s4.review.total"),
                // 2019: newly published more than published in all
                new Broken("R2.1", Edition.E2019, r -> r.withCell("s2.regulations.new_published",
                        CellValue.of(r.cell("s2.regulations.total_published").number().longValue() + 5)),
                        "s2.regulations.new_published"));
        Random rnd = new Random(83);
        for (Broken c : cases) {
            for (int i = 0; i < 5; i++) {
                ReportContent printed = c.change().apply(RandomReports.generate(rnd, c.edition()));
                ImportResult r = ReportImporter.importText(OfficialTextRenderer.render(printed));
                assertThat(RoundTripTest.differences(printed, r.report())).as(c.rule()).isEmpty();
                assertThat(r.provenance().get(c.cell()).confidence()).as(c.cell())
                        .isEqualTo(Provenance.Confidence.CERTAIN);
                assertThat(r.findings()).as(c.rule())
                        .anyMatch(f -> f.ruleId().equals(c.rule()) && f.isError() && f.cells().contains(c.cell()));
                assertThat(r.unresolved()).as(c.rule()).isEmpty();
            }
        }
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as(from).isNotNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    @Test
    void aRowLabelAFewCharactersOffIsReadAndWarnedAboutWithWhatWasPrinted() throws Exception {
        ReportContent original = RandomReports.generate(new Random(89), Edition.E2019);
        String text = OfficialTextRenderer.render(original);
        ImportResult exact = ReportImporter.importText(text);
        assertThat(exact.findings()).noneMatch(PrintFindings::isAboutPrint);

        String misprinted = replaceOnce(text, "其他对外管理服务事项", "其他对外管理服条事项");
        ImportResult r = ReportImporter.importText(misprinted);
        assertThat(RoundTripTest.differences(original, r.report())).isEmpty();
        Finding f = r.findings().stream().filter(PrintFindings::isAboutPrint).findFirst().orElseThrow();
        assertThat(r.findings()).filteredOn(PrintFindings::isAboutPrint).hasSize(1);
        assertThat(f.ruleId()).isEqualTo(PrintFindings.LABEL_MISPRINTED);
        assertThat(f.isError()).isFalse();
        assertThat(f.cells()).containsExactly("s2.other_management_services.prev_year_items",
                "s2.other_management_services.change", "s2.other_management_services.decisions");
        assertThat(Messages.render(f.message(), true)).isEqualTo("行标签“其他对外管理服务事项”印作“其他对外管理服条事项”，已按该行读取，请核对");
        assertThat(Messages.render(f.message(), false)).isEqualTo("The row label \"其他对外管理服务事项\" "
                + "(Other external management services) is printed as \"其他对外管理服条事项\": read as that row, please check");
    }

    /** Labels printed as the template prints them give no warning, however extraction deformed the text. */
    @Test
    void officialLabelsGiveNoWarningInAnyShapeOfExtraction() throws Exception {
        Random rnd = new Random(91);
        for (int i = 0; i < 20; i++) {
            ReportContent original = RandomReports.generate(rnd, i % 2 == 0 ? Edition.E2019 : Edition.E2021);
            String text = OfficialTextRenderer.render(original);
            for (String shaped : List.of(TextShapes.runTogether(text), TextShapes.pipeTables(text, rnd),
                    TextShapes.tabsOrSpaces(text, rnd), TextShapes.wrappedLabels(text, rnd),
                    TextShapes.oneCellPerLine(text, rnd))) {
                ImportResult r = ReportImporter.importText(shaped);
                assertThat(r.findings()).as(shaped).noneMatch(PrintFindings::isAboutPrint);
            }
        }
    }

    /** A 2021 report printing the 2019 wording 规范性文件: read as 行政规范性文件, with a warning naming the wording. */
    @Test
    void theOtherEditionsWordingOfARowIsReadAndWarnedAbout() throws Exception {
        ReportContent original = RandomReports.generate(new Random(97), Edition.E2021);
        String text = OfficialTextRenderer.render(original);
        assertThat(ReportImporter.importText(text).findings()).noneMatch(PrintFindings::isAboutPrint);
        String line = text.lines().filter(l -> l.startsWith("行政规范性文件 ")).findFirst().orElseThrow();
        ImportResult r = ReportImporter.importText(text.replace(line, line.replace("行政规范性文件", "规范性文件")));
        assertThat(RoundTripTest.differences(original, r.report())).isEmpty();
        assertThat(r.findings()).filteredOn(PrintFindings::isAboutPrint).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(PrintFindings.OTHER_WORDING);
            assertThat(f.cells()).contains("s2.normative_documents.made");
            assertThat(Messages.render(f.message(), true)).isEqualTo("行标签“行政规范性文件”印作另一版模板的表述“规范性文件”");
            assertThat(Messages.render(f.message(), false)).contains("other edition's wording \"规范性文件\"");
        });
    }
}
