package org.disclosuredesk.report;

import org.disclosuredesk.TestSamples;
import org.disclosuredesk.report.QualityScore.Aspect;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Each aspect of the quality score is earned or lost for the reason it names, with its documented weight. */
class QualityScoreTest {

    /** 淮安市人民政府 2024's tables, with parts 五 and 六 written and published in time. */
    private static final ReportContent HUAIAN = published(TestSamples.expected(TestSamples.HUAIAN)
            .withNarrative(NarrativePart.PROBLEMS, "（一）存在的主要问题：主动公开的深度和广度有待加强。（二）改进情况：加强培训。")
            .withNarrative(NarrativePart.OTHER, "本年度未收取信息处理费。"), LocalDate.of(2025, 1, 20));

    private static ReportContent published(ReportContent c, LocalDate on) {
        return new ReportContent(c.agencyName(), c.year(), c.edition(), c.cells(), c.narratives(), on);
    }

    private static QualityScore score(ReportContent c, boolean published) {
        return QualityScore.of(c, Validator.validate(c, null), published);
    }

    private static int points(QualityScore s, Aspect a) {
        return s.parts().stream().filter(p -> p.aspect() == a).findFirst().orElseThrow().points();
    }

    @Test
    void theWeightsAddUpToAHundred() {
        assertThat(Arrays.stream(Aspect.values()).mapToInt(Aspect::weight).sum()).isEqualTo(100);
        assertThat(score(HUAIAN, true).parts()).extracting(QualityScore.Part::aspect).containsExactly(Aspect.values());
    }

    @Test
    void aCleanReportPublishedOnTimeScoresEveryAspect() {
        // its tables balance, every cell is filled, part 一 states no figure the tables contradict
        QualityScore s = score(HUAIAN, true);
        assertThat(s.parts()).allMatch(QualityScore.Part::full);
        assertThat(s.total()).isEqualTo(100);
        // the sample as transcribed has no publication date and no narrative: those three aspects are lost
        QualityScore bare = score(TestSamples.expected(TestSamples.HUAIAN), true);
        assertThat(bare.parts()).filteredOn(p -> !p.full()).extracting(QualityScore.Part::aspect)
                .containsExactly(Aspect.ON_TIME, Aspect.PROBLEMS, Aspect.FEES);
        assertThat(bare.total()).isEqualTo(60);
    }

    @Test
    void anUnpublishedOrLateReportLosesOnlyTheOnTimePoints() {
        QualityScore base = score(HUAIAN, true);
        assertThat(points(score(HUAIAN, false), Aspect.ON_TIME)).isZero();
        assertThat(score(HUAIAN, false).total()).isEqualTo(base.total() - 20);
        ReportContent late = published(HUAIAN, LocalDate.of(2025, 3, 1));
        assertThat(points(score(late, true), Aspect.ON_TIME)).isZero();
    }

    @Test
    void aTableThatDoesNotBalanceLosesTheArithmeticPoints() {
        long natural = HUAIAN.cell("s3.granted.natural_person").number().longValueExact();
        QualityScore broken = score(HUAIAN.withCell("s3.granted.natural_person", CellValue.of(natural + 1)), true);
        assertThat(points(broken, Aspect.ARITHMETIC)).isZero();
        assertThat(points(score(HUAIAN, true), Aspect.ARITHMETIC)).isEqualTo(30);
    }

    @Test
    void aBlankCellCostsItsShareOfTheTemplatePoints() {
        int cells = HUAIAN.template().cellKeys().size();
        assertThat(points(score(HUAIAN, true), Aspect.TEMPLATE)).isEqualTo(15);
        QualityScore oneBlank = score(HUAIAN.withCell("s4.review.other", CellValue.BLANK), true);
        assertThat(points(oneBlank, Aspect.TEMPLATE)).isEqualTo(15 * (cells - 1) / cells).isLessThan(15);
    }

    @Test
    void partFiveMissingOrPartSixWithoutFeesLoseTheirPoints() {
        assertThat(points(score(HUAIAN.withNarrative(NarrativePart.PROBLEMS, ""), true), Aspect.PROBLEMS)).isZero();
        assertThat(points(score(HUAIAN.withNarrative(NarrativePart.OTHER, "本年度无其他需要报告的事项。"), true),
                Aspect.FEES)).isZero();
        // the 2019 edition does not ask part 六 to state the fees
        ReportContent liwan = TestSamples.expected(TestSamples.LIWAN);
        assertThat(points(score(liwan.withNarrative(NarrativePart.OTHER, "无。"), true), Aspect.FEES)).isEqualTo(10);
    }
}
