package org.disclosuredesk.report;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Workflow, concurrency, history and prefill on real MariaDB, for an agency of the reviewer's region. Each test
 * runs in a transaction rolled back after it (the conflicting save is a stale version, not a second thread).
 */
@Transactional
class ReportWorkflowTest extends SpringTestBase {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;

    private long agencyId;
    private String editor;

    @BeforeEach
    void newAgencyWithItsEditor() {
        FreshAgency fresh = newAgencyWithEditor("测试局", 500);
        agencyId = fresh.id();
        editor = fresh.editor();
    }

    /** A draft for 2020 holding the seed sample's figures (which obey every error rule). */
    private LoadedReport cleanDraft() {
        loginAs(editor);
        LoadedReport created = reports.create(agencyId, 2020);
        ReportContent seed = TestSamples.expected(TestSamples.LIWAN)
                .withNarrative(NarrativePart.PROBLEMS, "一是解读形式单一。");
        return reports.saveContent(created.report().getId(), created.report().getVersion(), seed);
    }

    private static long id(LoadedReport r) {
        return r.report().getId();
    }

    private static long v(LoadedReport r) {
        return r.report().getVersion();
    }

    @Test
    void fullWorkflowDraftSubmitApprovePublishThenCorrection() {
        LoadedReport draft = cleanDraft();
        assertThat(draft.report().getStatus()).isEqualTo(ReportStatus.DRAFT);
        LoadedReport submitted = workflow.submit(id(draft), v(draft));
        assertThat(submitted.report().getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        // once submitted the editor can no longer change it
        assertThatThrownBy(() -> reports.saveContent(id(submitted), v(submitted), submitted.content()))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.notEditable"));

        loginAs("reviewer");
        LoadedReport approved = workflow.approve(id(submitted), v(submitted));
        assertThat(approved.report().getStatus()).isEqualTo(ReportStatus.APPROVED);
        LoadedReport published = workflow.publish(id(approved), v(approved));
        assertThat(published.report().getStatus()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(published.report().getPublishedOn()).isNotNull();

        loginAs(editor);
        assertThatThrownBy(() -> reports.saveContent(id(published), v(published), published.content()))
                .isInstanceOf(ReportException.class);
        // with separation of duties (the default) a reviewer reopens a published report, not its editor
        loginAs("reviewer");
        assertThatThrownBy(() -> workflow.startCorrection(id(published), v(published), " "))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.reasonRequired"));
        LoadedReport correction = workflow.startCorrection(id(published), v(published), "更正行政复议数据");
        assertThat(correction.report().getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(correction.report().getRevision()).isEqualTo(2);

        List<ReportHistory.Save> history = reports.history(id(correction));
        assertThat(history).extracting(ReportHistory.Save::action)
                .containsExactly("CORRECT", "PUBLISH", "APPROVE", "SUBMIT", "SAVE", "CREATE");
        assertThat(history.get(0).reason()).isEqualTo("更正行政复议数据");
        assertThat(history.get(0).revision()).isEqualTo(2);
        assertThat(history.get(0).savedBy()).isEqualTo("reviewer");
        assertThat(history.get(2).savedBy()).isEqualTo("reviewer");
        assertThat(history.get(3).savedBy()).isEqualTo(editor);
    }

    @Test
    void submitIsRefusedWhileAnErrorStands() {
        LoadedReport draft = cleanDraft();
        // 5 carried forward for natural persons breaks R3.1 (21 + 0 ≠ 21 + 5)
        LoadedReport broken = reports.saveContent(id(draft), v(draft),
                draft.content().withCell("s3.carried_forward.natural_person", CellValue.of(5)));
        assertThat(broken.hasErrors()).isTrue();
        assertThatThrownBy(() -> workflow.submit(id(broken), v(broken)))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.submitWithErrors"));
        assertThat(reports.findById(id(broken)).orElseThrow().report().getStatus()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void returnNeedsAReasonAndGoesBackToTheEditor() {
        LoadedReport draft = cleanDraft();
        LoadedReport submitted = workflow.submit(id(draft), v(draft));
        loginAs("reviewer");
        assertThatThrownBy(() -> workflow.returnToEditor(id(submitted), v(submitted), ""))
                .isInstanceOf(ReportException.class);
        assertThatThrownBy(() -> workflow.returnToEditor(id(submitted), v(submitted), "x".repeat(2001)))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.reasonTooLong"));
        LoadedReport returned = workflow.returnToEditor(id(submitted), v(submitted), "行政复议数据与法制办不一致");
        assertThat(returned.report().getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.report().getReturnReason()).isEqualTo("行政复议数据与法制办不一致");
        // the editor can fix and resubmit
        loginAs(editor);
        LoadedReport fixed = reports.saveContent(id(returned), v(returned), returned.content());
        assertThat(workflow.submit(id(fixed), v(fixed)).report().getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        LoadedReport draft = cleanDraft();
        loginAs("reviewer");
        assertThatThrownBy(() -> workflow.approve(id(draft), v(draft)))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.badTransition"));
        assertThatThrownBy(() -> workflow.publish(id(draft), v(draft))).isInstanceOf(ReportException.class);
        assertThatThrownBy(() -> workflow.returnToEditor(id(draft), v(draft), "x")).isInstanceOf(ReportException.class);
        loginAs(editor);
        assertThatThrownBy(() -> workflow.startCorrection(id(draft), v(draft), "x")).isInstanceOf(ReportException.class);
        // an editor cannot approve, publish or return at all
        LoadedReport submitted = workflow.submit(id(draft), v(draft));
        assertThatThrownBy(() -> workflow.approve(id(submitted), v(submitted))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.publish(id(submitted), v(submitted))).isInstanceOf(AccessDeniedException.class);
        // a viewer cannot do anything but read
        loginAs("viewer");
        assertThat(reports.findById(id(submitted))).isPresent();
        assertThatThrownBy(() -> workflow.approve(id(submitted), v(submitted))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.saveContent(id(submitted), v(submitted), submitted.content()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void concurrentSaveConflictLosesNothing() {
        LoadedReport base = cleanDraft();
        // two people opened version v; the first saves a granted count, the second a narrative
        LoadedReport first = reports.saveContent(id(base), v(base),
                base.content().withCell("s3.granted.natural_person", CellValue.of(10))
                        .withCell("s3.unable_not_held.natural_person", CellValue.of(4)));
        ReportContent secondsInput = base.content().withNarrative(NarrativePart.OVERVIEW, "第二个人写的总体情况");
        assertThatThrownBy(() -> reports.saveContent(id(base), v(base), secondsInput))
                .isInstanceOf(OptimisticLockingFailureException.class);
        LoadedReport stored = reports.findById(id(base)).orElseThrow();
        assertThat(stored.report().getVersion()).isEqualTo(first.report().getVersion());
        assertThat(stored.content().cell("s3.granted.natural_person").number()).isEqualByComparingTo("10");
        assertThat(stored.content().narrative(NarrativePart.OVERVIEW)).isEmpty();
        // the second person re-applies their text on the current version: both changes are kept
        LoadedReport merged = reports.saveContent(id(base), v(stored),
                stored.content().withNarrative(NarrativePart.OVERVIEW, "第二个人写的总体情况"));
        assertThat(merged.content().cell("s3.granted.natural_person").number()).isEqualByComparingTo("10");
        assertThat(merged.content().narrative(NarrativePart.OVERVIEW)).isEqualTo("第二个人写的总体情况");
    }

    @Test
    void historyRecordsEachChangedCellAndTextAndComparesAnyTwoSaves() {
        LoadedReport base = cleanDraft();
        LoadedReport changed = reports.saveContent(id(base), v(base),
                base.content().withCell("s4.review.upheld", CellValue.of(2))
                        .withCell("s4.review.pending", CellValue.NOT_APPLICABLE)
                        .withNarrative(NarrativePart.OTHER, "无"));
        List<ReportHistory.Save> saves = reports.history(id(changed));
        ReportHistory.Save last = saves.get(0);
        assertThat(last.action()).isEqualTo("SAVE");
        // upheld, pending and the part 六 text; the group total stays 2 (1 + 1 before, 2 + n/a after)
        assertThat(last.changeCount()).isEqualTo(3);
        List<ReportDiff.Change> diff = reports.compare(id(changed), saves.get(1).id(), last.id());
        assertThat(diff).extracting(c -> c.key() + ":" + c.before() + "→" + c.after())
                .containsExactlyInAnyOrder("s4.review.upheld:1→2", "s4.review.pending:1→/", "p6:→无");
        // comparing the creation with now lists every figure that was filled in
        assertThat(reports.compare(id(changed), saves.get(saves.size() - 1).id(), last.id())).hasSizeGreaterThan(150);
    }

    @Test
    void newReportPrefillsCarriedOverFromLastYear() {
        loginAs(editor);
        LoadedReport y2023 = reports.create(agencyId, 2023);
        ReportContent carried = y2023.content();
        for (String column : List.of("commercial", "research", "public_interest", "other_org")) {
            carried = carried.withCell("s3.carried_forward." + column, CellValue.of(0));
        }
        reports.saveContent(id(y2023), v(y2023), carried
                .withCell("s3.carried_forward.natural_person", CellValue.of(3))
                .withCell("s3.carried_forward.legal_service", CellValue.of(1)));
        LoadedReport y2024 = reports.create(agencyId, 2024);
        assertThat(y2024.content().edition().code()).isEqualTo("2021");
        assertThat(y2024.content().cell("s3.carried_over.natural_person").number()).isEqualByComparingTo("3");
        assertThat(y2024.content().cell("s3.carried_over.legal_service").number()).isEqualByComparingTo("1");
        assertThat(y2024.content().cell("s3.carried_over.total").number()).isEqualByComparingTo("4");
        assertThat(y2024.content().cell("s3.new_received.natural_person").isBlank()).isTrue();
        assertThatThrownBy(() -> reports.create(agencyId, 2024)).isInstanceOfSatisfying(ReportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("report.error.exists"));
        LoadedReport y2019 = reports.create(agencyId, 2019);
        assertThat(y2019.content().edition().code()).isEqualTo("2019");
    }
}
