package org.disclosuredesk.report;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.i18n.Messages;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each test runs in a transaction rolled back after it, so changes to the seed report are never seen by others. */
@Transactional
class ReportServiceTest extends SpringTestBase {

    @Autowired
    ReportService service;

    private LoadedReport seed() {
        return service.find(agencyId("广州市荔湾区政务服务数据管理局"), 2020).orElseThrow();
    }

    @Test
    void badFigureIsRejectedNamingRowAndColumnAndNothingIsSaved() {
        loginAs("editor");
        LoadedReport before = seed();
        ReportContent bad = before.content()
                .withCell("s3.granted.commercial", CellValue.of(new BigDecimal("-3")))
                .withCell("s3.granted.natural_person", CellValue.of(new BigDecimal("2.5")))
                .withNarrative(NarrativePart.PROBLEMS, "已修改的文字");
        assertThatThrownBy(() -> service.saveContent(before.report().getId(), before.report().getVersion(), bad))
                .isInstanceOfSatisfying(ReportException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("report.error.badInput");
                    assertThat(Messages.render(e.messageKey(), e.args(), Messages.CHINESE))
                            .contains("（一）予以公开 / 商业企业：-3 不能为负数")
                            .contains("（一）予以公开 / 自然人：2.5 必须是整数");
                    assertThat(Messages.render(e.messageKey(), e.args(), Messages.ENGLISH))
                            .contains("(1) Disclosed / Businesses: -3 must not be negative").doesNotContain("：");
                });
        LoadedReport after = seed();
        assertThat(after.report().getVersion()).isEqualTo(before.report().getVersion());
        assertThat(after.content().cell("s3.granted.commercial").number()).isEqualByComparingTo("0");
        assertThat(after.content().narrative(NarrativePart.PROBLEMS)).isEqualTo(before.content()
                .narrative(NarrativePart.PROBLEMS));
    }

    @Test
    void validSaveUpdatesFiguresAndTheMetricsRowTogether() {
        loginAs("editor");
        LoadedReport before = seed();
        ReportContent broken = before.content().withCell("s3.granted.natural_person", CellValue.of(12));
        LoadedReport saved = service.saveContent(before.report().getId(),
                before.report().getVersion(), broken);
        // totals are computed on save: （七）总计 becomes 22, so 21 new + 0 carried no longer balances (R3.1)
        assertThat(saved.content().cell("s3.total_processed.natural_person").number()).isEqualByComparingTo("22");
        assertThat(saved.findings()).anyMatch(f -> f.ruleId().equals("R3.1") && f.isError());
        Integer errors = jdbc.queryForObject("SELECT error_count FROM report_metrics WHERE report_id = ?",
                Integer.class, saved.report().getId());
        assertThat(errors).isEqualTo((int) saved.findings().stream().filter(f -> f.isError()).count()).isPositive();
        Long granted = jdbc.queryForObject("SELECT s3_granted_total FROM report_metrics WHERE report_id = ?",
                Long.class, saved.report().getId());
        assertThat(granted).isEqualTo(12L);
        // the quality score moves with the findings: the broken table costs the arithmetic points
        Integer quality = jdbc.queryForObject("SELECT quality_score FROM report_metrics WHERE report_id = ?",
                Integer.class, saved.report().getId());
        assertThat(quality).isEqualTo(QualityScore.of(saved).total())
                .isEqualTo(QualityScore.of(before).total() - QualityScore.Aspect.ARITHMETIC.weight());
    }

    @Test
    void theReportListSortsByQualityScore() {
        loginAs("viewer");
        ReportListFilter y2025 = new ReportListFilter(null, 2025, null, null, null, null);
        List<ReportListRow> best = service.list(y2025, "quality", false, 0, 500);
        assertThat(best).hasSizeGreaterThan(10);
        assertThat(best).extracting(ReportListRow::quality).doesNotContainNull()
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(best.get(0).quality()).isGreaterThan(best.get(best.size() - 1).quality());
        Integer stored = jdbc.queryForObject("SELECT quality_score FROM report_metrics WHERE report_id = ? AND NOT prior",
                Integer.class, best.get(0).reportId());
        assertThat(best.get(0).quality()).isEqualTo(stored);
    }

    @Test
    void staleSaveThroughTheServiceIsRefused() {
        loginAs("editor");
        LoadedReport before = seed();
        assertThatThrownBy(() -> service.saveContent(before.report().getId(), before.report().getVersion() - 1,
                before.content())).isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void editorOfAnotherAgencyCannotReadOrSave() {
        loginAs("editor");
        LoadedReport seed = seed();
        loginAs("editor2");
        assertThatThrownBy(() -> service.find(agencyId("广州市荔湾区政务服务数据管理局"), 2020))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.saveContent(seed.report().getId(), seed.report().getVersion(),
                seed.content())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void narrativeOverTheLengthLimitIsRejectedAndNothingIsSaved() {
        loginAs("editor");
        LoadedReport before = seed();
        ReportContent tooLong = before.content().withNarrative(NarrativePart.OTHER,
                "长".repeat(NarrativePart.MAX_LENGTH + 1));
        assertThatThrownBy(() -> service.saveContent(before.report().getId(), before.report().getVersion(), tooLong))
                .isInstanceOfSatisfying(ReportException.class, e -> assertThat(
                        Messages.render(e.messageKey(), e.args(), Messages.CHINESE))
                        .contains("六、其他需要报告的事项：超过 20000 字"));
        assertThat(seed().report().getVersion()).isEqualTo(before.report().getVersion());
    }
}
