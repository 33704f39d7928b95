package org.disclosuredesk.report;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.TestSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Separation of duties on real MariaDB: who submitted a report last does not approve or return it, and only
 * reviewers and administrators reopen a published one; the same rule decides what the report page offers.
 * With the setting off, the old rules hold. Each test runs in a transaction rolled back after it; the setting is
 * in memory and put back after each test.
 */
@Transactional
class SeparationOfDutiesTest extends SpringTestBase {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    ReportPermissions permissions;

    private long agencyId;
    private String editor;

    @BeforeEach
    void newAgencyWithItsEditor() {
        FreshAgency fresh = newAgencyWithEditor("分工测试局", 600);
        agencyId = fresh.id();
        editor = fresh.editor();
    }

    @AfterEach
    void settingBackOn() {
        permissions.separate(true);
    }

    /** A clean 2020 draft, created and filled by the given user. */
    private LoadedReport cleanDraft(String by) {
        loginAs(by);
        LoadedReport created = reports.create(agencyId, 2020);
        return reports.saveContent(id(created), v(created), TestSamples.expected(TestSamples.LIWAN));
    }

    private LoadedReport current(LoadedReport r) {
        return reports.findById(id(r)).orElseThrow();
    }

    private static long id(LoadedReport r) {
        return r.report().getId();
    }

    private static long v(LoadedReport r) {
        return r.report().getVersion();
    }

    private static void refusedWith(Runnable step, String key) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ReportException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void isOnByDefault() {
        assertThat(permissions.separated()).isTrue();
    }

    @Test
    void anAdministratorCannotApproveOrReturnWhatTheySubmitted() {
        LoadedReport draft = cleanDraft("admin");
        LoadedReport submitted = workflow.submit(id(draft), v(draft));
        refusedWith(() -> workflow.approve(id(submitted), v(submitted)), "report.error.ownSubmission");
        refusedWith(() -> workflow.returnToEditor(id(submitted), v(submitted), "自己退回"), "report.error.ownSubmission");
        // the page offers the submitter neither step, and the queue marks the report as someone else's to review
        assertThat(permissions.actions(current(submitted).report())).doesNotContain(ReportAction.APPROVE,
                ReportAction.RETURN);
        assertThat(workflow.awaitingAnotherReviewer(List.of(id(submitted)))).containsExactly(id(submitted));
        assertThat(current(submitted).report().getStatus()).isEqualTo(ReportStatus.SUBMITTED);

        loginAs("reviewer");
        assertThat(permissions.actions(current(submitted).report()))
                .containsExactlyInAnyOrder(ReportAction.APPROVE, ReportAction.RETURN);
        assertThat(workflow.awaitingAnotherReviewer(List.of(id(submitted)))).isEmpty();
        LoadedReport approved = workflow.approve(id(submitted), v(submitted));
        // once another reviewer approved, publishing is not a duty the submitter is kept from
        loginAs("admin");
        assertThat(permissions.actions(approved.report())).contains(ReportAction.PUBLISH);
        assertThat(workflow.publish(id(approved), v(approved)).report().getStatus()).isEqualTo(ReportStatus.PUBLISHED);
    }

    @Test
    void oneAnswerForWhatEachUserMayDoAndEveryChangeEnforcesIt() {
        LoadedReport draft = cleanDraft(editor);
        // the agency's editor edits and submits a draft; a reviewer, a viewer and another agency's editor do nothing
        assertThat(permissions.actions(draft.report())).containsExactlyInAnyOrder(ReportAction.EDIT, ReportAction.SUBMIT);
        loginAs("reviewer");
        assertThat(permissions.actions(draft.report())).isEmpty();
        assertThatThrownBy(() -> reports.saveContent(id(draft), v(draft), draft.content()))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("viewer");
        assertThat(permissions.actions(draft.report())).isEmpty();
        loginAs("admin");
        assertThat(permissions.actions(draft.report())).containsExactlyInAnyOrder(ReportAction.EDIT, ReportAction.SUBMIT);
        // once submitted, nobody edits: the answer and the save agree
        loginAs(editor);
        LoadedReport submitted = workflow.submit(id(draft), v(draft));
        assertThat(permissions.actions(submitted.report())).isEmpty();
        refusedWith(() -> reports.saveContent(id(submitted), v(submitted), submitted.content()),
                "report.error.notEditable");
        refusedWith(() -> workflow.submit(id(submitted), v(submitted)), "report.error.badTransition");
    }

    @Test
    void theLastSubmitCountsNotAnEarlierOne() {
        LoadedReport draft = cleanDraft(editor);
        LoadedReport byEditor = workflow.submit(id(draft), v(draft));
        loginAs("reviewer");
        LoadedReport returned = workflow.returnToEditor(id(byEditor), v(byEditor), "请补充说明");
        // the administrator fixes and resubmits: now they are the submitter
        loginAs("admin");
        LoadedReport byAdmin = workflow.submit(id(returned), v(returned));
        refusedWith(() -> workflow.approve(id(byAdmin), v(byAdmin)), "report.error.ownSubmission");
        loginAs("reviewer");
        LoadedReport again = workflow.returnToEditor(id(byAdmin), v(byAdmin), "仍需修改");
        loginAs(editor);
        LoadedReport byEditorAgain = workflow.submit(id(again), v(again));
        // the editor submitted last: the administrator may approve
        loginAs("admin");
        assertThat(permissions.actions(byEditorAgain.report())).contains(ReportAction.APPROVE);
        assertThat(workflow.approve(id(byEditorAgain), v(byEditorAgain)).report().getStatus())
                .isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void onlyReviewersAndAdministratorsReopenAPublishedReport() {
        LoadedReport published = publishedReport();
        loginAs(editor);
        assertThat(permissions.actions(published.report())).doesNotContain(ReportAction.CORRECT);
        refusedWith(() -> workflow.startCorrection(id(published), v(published), "更正数据"),
                "report.error.correctionNeedsReviewer");
        assertThat(current(published).report().getStatus()).isEqualTo(ReportStatus.PUBLISHED);
        // an editor of another agency is refused outright, as before
        loginAs("editor2");
        assertThatThrownBy(() -> workflow.startCorrection(id(published), v(published), "更正数据"))
                .isInstanceOf(AccessDeniedException.class);

        loginAs("reviewer");
        assertThat(permissions.actions(published.report())).containsExactly(ReportAction.CORRECT);
        LoadedReport correction = workflow.startCorrection(id(published), v(published), "更正行政复议数据");
        assertThat(correction.report().getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(correction.report().getRevision()).isEqualTo(2);
    }

    @Test
    void withTheSettingOffTheOldRulesHold() {
        permissions.separate(false);
        LoadedReport draft = cleanDraft("admin");
        LoadedReport submitted = workflow.submit(id(draft), v(draft));
        assertThat(permissions.actions(submitted.report())).contains(ReportAction.APPROVE, ReportAction.RETURN);
        assertThat(workflow.awaitingAnotherReviewer(List.of(id(submitted)))).isEmpty();
        LoadedReport approved = workflow.approve(id(submitted), v(submitted));
        LoadedReport published = workflow.publish(id(approved), v(approved));
        assertThat(published.report().getStatus()).isEqualTo(ReportStatus.PUBLISHED);

        // the agency's editor reopens it; a reviewer does not
        loginAs("reviewer");
        assertThat(permissions.actions(published.report())).doesNotContain(ReportAction.CORRECT);
        assertThatThrownBy(() -> workflow.startCorrection(id(published), v(published), "更正"))
                .isInstanceOf(AccessDeniedException.class);
        loginAs(editor);
        assertThat(permissions.actions(published.report())).containsExactly(ReportAction.CORRECT);
        assertThat(workflow.startCorrection(id(published), v(published), "更正").report().getStatus())
                .isEqualTo(ReportStatus.DRAFT);
    }

    private LoadedReport publishedReport() {
        LoadedReport draft = cleanDraft(editor);
        LoadedReport submitted = workflow.submit(id(draft), v(draft));
        loginAs("reviewer");
        LoadedReport approved = workflow.approve(id(submitted), v(submitted));
        return workflow.publish(id(approved), v(approved));
    }
}
