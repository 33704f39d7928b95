package org.disclosuredesk.validation;

import org.disclosuredesk.TestSamples;
import org.disclosuredesk.i18n.Messages;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Totals;
import org.disclosuredesk.template.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ValidatorTest {

    private static final ReportContent LIWAN = TestSamples.expected(TestSamples.LIWAN);
    private static final ReportContent HUAIAN = TestSamples.expected(TestSamples.HUAIAN);

    private static Set<String> errorRules(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).map(Finding::ruleId).collect(Collectors.toSet());
    }

    private static String zh(Finding f) {
        return Messages.render(f.message(), true);
    }

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void seedSamplePassesEveryErrorRule() {
        List<Finding> findings = Validator.validate(LIWAN);
        assertThat(errorRules(findings)).isEmpty();
        assertThat(of(findings, "R0.4")).isEmpty();
    }

    @Test
    void pingtanTripsExactlyItsKnownSection3Inconsistency() {
        List<Finding> findings = Validator.validate(TestSamples.expected(TestSamples.PINGTAN));
        assertThat(errorRules(findings)).containsExactly("R3.2");
        // sub-results add up to 26 for natural persons and 27 in all, while （七）总计 prints 20 and 21
        assertThat(of(findings, "R3.2")).extracting(f -> f.cells().get(0))
                .containsExactlyInAnyOrder("s3.total_processed.natural_person", "s3.total_processed.total");
        assertThat(zh(of(findings, "R3.2").get(0))).contains("20").contains("26");
    }

    @Test
    void samples2024HaveNoErrors() {
        assertThat(errorRules(Validator.validate(HUAIAN))).isEmpty();
        assertThat(errorRules(Validator.validate(TestSamples.expected(TestSamples.SHANGHAI)))).isEmpty();
    }

    @ParameterizedTest(name = "{0} fires when {1} is changed")
    @CsvSource({
            "R3.1, s3.carried_forward.natural_person, 5",
            "R3.2, s3.granted.natural_person, 12",
            "R3.3, s3.new_received.total, 22",
            "R4.1, s4.review.upheld, 3",
            "R4.1, s4.litigation_direct.total, 11",
            "R0.1, s2.regulations.new_made, -1",
            "R0.1, s3.granted.research, 1.5",
            "R0.1, s2.procurement.count, 2000000000",
            "R2.1, s2.normative_documents.new_published, 4",
    })
    void breakingOneCellFiresTheRuleNamingThatCell(String rule, String cell, String value) {
        ReportContent broken = LIWAN.withCell(cell, CellValue.of(new BigDecimal(value)));
        List<Finding> findings = of(Validator.validate(broken), rule);
        assertThat(findings).isNotEmpty();
        assertThat(findings).allMatch(Finding::isError);
        assertThat(findings).anyMatch(f -> f.cells().contains(cell));
        assertThat(zh(findings.get(0))).isNotBlank().doesNotContain("!{");
        assertThat(Messages.render(findings.get(0).message(), false)).isNotBlank().doesNotContain("!{");
    }

    @Test
    void signedChangeMayBeNegativeIn2019Edition() {
        ReportContent r = LIWAN.withCell("s2.fees.change", CellValue.of(-15));
        assertThat(errorRules(Validator.validate(r))).isEmpty();
    }

    @Test
    void editionMustMatchYear() {
        ReportContent wrong = new ReportContent("x", 2021, Edition.E2019, LIWAN.cells(), LIWAN.narratives(), null);
        assertThat(of(Validator.validate(wrong), "R0.2")).hasSize(1).allMatch(Finding::isError);
    }

    @Test
    void blankIsNotZero() {
        ReportContent r = LIWAN.withCell("s3.granted.natural_person", CellValue.BLANK);
        List<Finding> findings = Validator.validate(r);
        // a blank cell cannot be judged by the sums, but is reported as blank
        assertThat(of(findings, "R3.2")).isEmpty();
        assertThat(of(findings, "R0.4")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("s3.granted.natural_person"));
        ReportContent na = LIWAN.withCell("s3.granted.natural_person", CellValue.NOT_APPLICABLE);
        assertThat(of(Validator.validate(na), "R0.4")).isEmpty();
    }

    @Test
    void cellsOfTheOtherEditionAreAWarning() {
        ReportContent mixed = HUAIAN.withCell("s3.other_single.natural_person", CellValue.of(1));
        assertThat(of(Validator.validate(mixed), "R0.3")).singleElement()
                .satisfies(f -> assertThat(f.cells()).contains("s3.other_single.natural_person"));
    }

    @Test
    void carriedOverMustMatchLastYearsCarriedForward() {
        ReportContent previous = new ReportContent("x", 2019, Edition.E2019,
                LIWAN.withCell("s3.carried_forward.natural_person", CellValue.of(3)).cells(), LIWAN.narratives(), null);
        List<Finding> rx = of(Validator.validate(LIWAN, previous), "RX.1");
        assertThat(rx).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactly("s3.carried_over.natural_person");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        ReportContent matching = new ReportContent("x", 2019, Edition.E2019, LIWAN.cells(), LIWAN.narratives(), null);
        assertThat(of(Validator.validate(LIWAN, matching), "RX.1")).isEmpty();
    }

    @Test
    void inForceFollowsLastYearPlusMadeMinusRepealed() {
        // Huai'an 2024: normative documents made 8, repealed 26, in force 66 → 2023 must have had 84
        ReportContent prev = new ReportContent("x", 2023, Edition.E2021,
                HUAIAN.withCell("s2.normative_documents.in_force", CellValue.of(84))
                        .withCell("s2.regulations.in_force", CellValue.of(10)).cells(), HUAIAN.narratives(), null);
        assertThat(of(Validator.validate(HUAIAN, prev), "RX.2")).isEmpty();
        ReportContent off = prev.withCell("s2.normative_documents.in_force", CellValue.of(80));
        assertThat(of(Validator.validate(HUAIAN, off), "RX.2")).singleElement()
                .satisfies(f -> assertThat(f.cells()).contains("s2.normative_documents.in_force"));
    }

    @Test
    void narrativeFiguresMustAgreeWithTheTables() {
        String ok = "2020 年办理政府信息公开\n申请 21 件，按时办结率为 100%，承办政府信息公开类诉讼 12 件";
        assertThat(of(Validator.validate(LIWAN.withNarrative(NarrativePart.OVERVIEW, ok)), "RN.1")).isEmpty();
        String wrong = "2020 年办理政府信息公开申请 25 件，承办政府信息公开类诉讼 12 件";
        List<Finding> rn = of(Validator.validate(LIWAN.withNarrative(NarrativePart.OVERVIEW, wrong)), "RN.1");
        assertThat(rn).singleElement().satisfies(f -> {
            assertThat(f.cells()).contains("s3.total_processed.total");
            assertThat(zh(f)).contains("25");
        });
        // a figure in a parenthesis after another figure is not what the verb states (淮安市人民政府 2024)
        String aside = "2020 年办理政府信息公开申请 21 件，答复 21 件（含上年度结转申请 34 件）";
        assertThat(of(Validator.validate(LIWAN.withNarrative(NarrativePart.OVERVIEW, aside)), "RN.1")).isEmpty();
        String wrongLitigation = "承办政府信息公开类诉讼 13 件";
        assertThat(of(Validator.validate(LIWAN.withNarrative(NarrativePart.OVERVIEW, wrongLitigation)), "RN.1"))
                .singleElement().satisfies(f -> assertThat(f.cells()).contains("s4.litigation_direct.total"));
    }

    @Test
    void problemsPartMustBeWrittenAndNotCopied() {
        assertThat(of(Validator.validate(LIWAN), "RQ.1")).hasSize(1);
        ReportContent written = LIWAN.withNarrative(NarrativePart.PROBLEMS, "一是公开内容不够全面。");
        assertThat(of(Validator.validate(written), "RQ.1")).isEmpty();
        ReportContent prev = new ReportContent("x", 2019, Edition.E2019, LIWAN.cells(),
                written.narratives(), null).withNarrative(NarrativePart.PROBLEMS, "一是公开内容 不够全面。");
        assertThat(of(Validator.validate(written, prev), "RQ.1")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("p5"));
    }

    @Test
    void edition2021MustStateTheProcessingFee() {
        assertThat(of(Validator.validate(HUAIAN), "RQ.2")).hasSize(1);
        ReportContent stated = HUAIAN.withNarrative(NarrativePart.OTHER, "本年度未收取信息处理费。");
        assertThat(of(Validator.validate(stated), "RQ.2")).isEmpty();
        assertThat(of(Validator.validate(LIWAN), "RQ.2")).isEmpty();
    }

    @Test
    void publishedAfterTheDeadlineIsAWarning() {
        ReportContent late = new ReportContent("x", 2020, Edition.E2019, LIWAN.cells(), LIWAN.narratives(),
                LocalDate.of(2021, 2, 1));
        assertThat(of(Validator.validate(late), "RQ.3")).hasSize(1);
        ReportContent onTime = new ReportContent("x", 2020, Edition.E2019, LIWAN.cells(), LIWAN.narratives(),
                LocalDate.of(2021, 1, 31));
        assertThat(of(Validator.validate(onTime), "RQ.3")).isEmpty();
    }

    /**
     * Issue 16 item 12: changing （一）予以公开 breaks R3.1 through （七）总计. Its finding names every cell of the
     * equation and the parts of （七）总计, the changed cell among them; none of the four terms is singled out.
     */
    @Test
    void aBrokenR31NamesTheChangedCellTheTotalAndBothSides() {
        Map<String, CellValue> cells = new LinkedHashMap<>(LIWAN.withCell("s3.granted.natural_person", CellValue.of(12)).cells());
        Totals.compute(LIWAN.template(), cells);
        ReportContent edited = new ReportContent(LIWAN.agencyName(), LIWAN.year(), LIWAN.edition(), cells,
                LIWAN.narratives(), null);
        Finding r31 = of(Validator.validate(edited), "R3.1").stream()
                .filter(f -> f.cells().contains("s3.new_received.natural_person")).findFirst().orElseThrow();
        List<String> terms = List.of("s3.new_received.natural_person", "s3.carried_over.natural_person",
                "s3.total_processed.natural_person", "s3.carried_forward.natural_person");
        assertThat(r31.cells()).containsAll(terms).contains("s3.granted.natural_person", "s3.other_single.natural_person");
        assertThat(r31.focus()).containsExactlyInAnyOrderElementsOf(terms);
        assertThat(r31.cells()).containsAll(r31.focus());
        // a "total = Σ parts" rule is still about its total
        Finding r32 = of(Validator.validate(LIWAN.withCell("s3.granted.natural_person", CellValue.of(12))), "R3.2").get(0);
        assertThat(r32.focus()).containsExactly("s3.total_processed.natural_person");
    }

    /** R0.4 asks for what the editor takes as "not applicable": "/" (the editor's own hint says so too). */
    @Test
    void r04AsksForTheMarkTheEditorTakes() {
        Finding r04 = of(Validator.validate(LIWAN.withCell("s3.granted.natural_person", CellValue.BLANK)), "R0.4").get(0);
        String zh = zh(r04);
        String en = Messages.render(r04.message(), false);
        assertThat(zh).contains("不适用请填“/”").doesNotContain("标记为“不适用”");
        assertThat(en).contains("\"/\" for not applicable");
        assertThat(CellInput.parse("/", ValueKind.COUNT).value().isNotApplicable()).isTrue();
        assertThat(Messages.render(CellInput.Problem.NOT_A_NUMBER.message(), true)).contains("不适用请输入“/”");
    }
}
