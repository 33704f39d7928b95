package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.report.ReportDiff;
import org.disclosuredesk.report.ReportHistory;
import org.disclosuredesk.report.ReportListRow;
import org.disclosuredesk.report.ReportStatus;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's queue and buttons, the editor's buttons, and the history view. The browserless views run on the
 * test's thread and join its transaction, rolled back after each test: the seed keeps its reports and history.
 */
@org.springframework.transaction.annotation.Transactional
class WorkflowViewsTest extends UiTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    org.disclosuredesk.report.ReportService reports;

    private List<String> buttonIds() {
        return find(Button.class).all().stream().map(b -> b.getId().orElse("")).filter(s -> s.startsWith("action-"))
                .toList();
    }

    @Test
    @WithUserDetails("reviewer")
    void reviewQueueListsTheSubmittedReportsOfTheSubtree() {
        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<ReportListRow> grid = find(Grid.class).withId("review-grid").single();
        List<ReportListRow> rows = grid.getLazyDataView().getItems().toList();
        int expected = jdbc.queryForObject("""
                SELECT COUNT(*) FROM annual_report r JOIN agency_closure c ON c.descendant_id = r.agency_id
                WHERE c.ancestor_id = (SELECT id FROM agency WHERE name = '淮安市') AND r.status = 'SUBMITTED'""",
                Integer.class);
        assertThat(rows).hasSize(expected).isNotEmpty().allMatch(r -> r.status() == ReportStatus.SUBMITTED);
        assertThat(find(Span.class).withId("review-count").single().getText()).contains(String.valueOf(expected));
        // a submitted report offers the reviewer approve and return, not edit
        ReportListRow first = rows.get(0);
        UI.getCurrent().navigate("reports/" + first.year() + "/" + first.agencyId());
        assertThat(buttonIds()).contains("action-approve", "action-return", "action-history")
                .doesNotContain("action-edit", "action-publish");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.disclosuredesk.report.ReportWorkflow workflow;
    @org.springframework.beans.factory.annotation.Autowired
    org.disclosuredesk.agency.AgencyAdminService agencies;

    @Test
    @WithUserDetails("admin")
    void whoSubmittedIsOfferedNeitherApproveNorReturnButSeesItWaitsForAnotherReviewer() {
        long agency = agencies.addChild(agencyId("淮安市"), "视图分工测试局",
                org.disclosuredesk.agency.AgencyKind.AGENCY).getId();
        var created = reports.create(agency, 2020);
        var draft = reports.saveContent(created.report().getId(), created.report().getVersion(),
                org.disclosuredesk.TestSamples.expected(org.disclosuredesk.TestSamples.LIWAN));
        workflow.submit(draft.report().getId(), draft.report().getVersion());
        UI.getCurrent().navigate("reports/2020/" + agency);
        assertThat(buttonIds()).contains("action-history").doesNotContain("action-approve", "action-return");
        assertThat(find(Span.class).withId("awaiting-another-reviewer").all()).hasSize(1);

        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<ReportListRow> grid = find(Grid.class).withId("review-grid").single();
        ReportListRow own = grid.getLazyDataView().getItems().filter(r -> r.agencyId() == agency).findFirst()
                .orElseThrow();
        assertThat(own.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    @WithUserDetails("editor")
    void editorSeesEditOnTheirDraftAndNoReviewButtons() {
        UI.getCurrent().navigate("reports/2020/" + agencyId("广州市荔湾区政务服务数据管理局"));
        assertThat(buttonIds()).contains("action-edit", "action-history").doesNotContain("action-approve");
    }

    @Test
    @WithUserDetails("editor")
    void reviewQueueIsClosedToEditors() {
        UI.getCurrent().navigate("review");
        assertThat(find(ReviewQueueView.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void historyShowsSavesAndTheDifferencesOfTheSelectedOnes() {
        long liwan = agencyId("广州市荔湾区政务服务数据管理局");
        // the seed has no 2022 report for 荔湾: created through the service as the editor would
        reports.create(liwan, 2022);
        UI.getCurrent().navigate("reports/2022/" + liwan + "/edit");
        EditorScreen editor = new EditorScreen(find(ReportEditorView.class).single());
        editor.type("s4.review.upheld", "3");
        editor.type("s4.review.corrected", "1");
        assertThat(editor.save()).isTrue();

        UI.getCurrent().navigate("reports/2022/" + liwan + "/history");
        List<ReportHistory.Save> saves = rows("history-grid");
        assertThat(saves).extracting(ReportHistory.Save::action).startsWith("SAVE").endsWith("CREATE");
        // the newest save is preselected and compared with the one before
        List<ReportDiff.Change> shownDiff = rows("diff-grid");
        assertThat(shownDiff).extracting(c -> c.key() + "=" + c.after())
                .contains("s4.review.upheld=3", "s4.review.corrected=1");
        assertThat(shownDiff).allMatch(c -> c.labelZh() != null && !c.labelZh().isBlank());
        // picking the two oldest saves instead compares those two
        GridTester<Grid<ReportHistory.Save>, ReportHistory.Save> history = gridTester("history-grid");
        history.getComponent().deselectAll();
        history.select(saves.size() - 1);
        assertThat(find(com.vaadin.flow.component.html.H3.class).withId("diff-title").single().getText())
                .isEqualTo(UI.getCurrent().getTranslation("history.first"));
        assertThat(rows("diff-grid")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private <T> GridTester<Grid<T>, T> gridTester(String id) {
        return new GridTester<>((Grid<T>) find(Grid.class).withId(id).single());
    }

    /** The rows a grid shows, top to bottom. */
    private <T> List<T> rows(String id) {
        GridTester<Grid<T>, T> grid = gridTester(id);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
