package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.NarrativePart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportEditorViewTest extends UiTestBase {

    private static final String LIWAN = "广州市荔湾区政务服务数据管理局";

    @Autowired
    ReportService reports;

    private ReportEditorView openSeed() {
        UI.getCurrent().navigate("reports/2020/" + agencyId(LIWAN) + "/edit");
        return find(ReportEditorView.class).single();
    }

    private Element document() {
        return find(VerticalLayout.class).withId("report-document").single().getElement();
    }

    private boolean hasFinding(ReportEditorView view, String rule, String cell) {
        return view.findings().stream().anyMatch(f -> f.ruleId().equals(rule) && f.cells().contains(cell));
    }

    @Test
    @WithUserDetails("editor")
    void typingAValueMakesTheFindingAppearAndVanishAndTotalsFollow() {
        ReportEditorView view = openSeed();
        assertThat(view.findings()).noneMatch(f -> f.isError());
        assertThat(cell(document(), "s3.total_processed.natural_person").getText()).isEqualTo("21");

        view.type("s3.granted.natural_person", "12");
        // （七）总计 follows at once; now 21 new + 0 carried ≠ 22 processed + 0 forward
        assertThat(cell(document(), "s3.total_processed.natural_person").getText()).isEqualTo("22");
        assertThat(cell(document(), "s3.total_processed.total").getText()).isEqualTo("22");
        assertThat(hasFinding(view, "R3.1", "s3.new_received.natural_person")).isTrue();
        assertThat(cell(document(), "s3.new_received.natural_person").getClassList()).contains("has-error");
        String panel = allText(find(VerticalLayout.class).withId("findings-panel").single().getElement());
        assertThat(panel).contains("R3.1").contains("第一项加第二项之和为 21");

        view.type("s3.granted.natural_person", "11");
        assertThat(view.findings()).noneMatch(f -> f.isError());
        assertThat(cell(document(), "s3.new_received.natural_person").getClassList()).doesNotContain("has-error");
        assertThat(cell(document(), "s3.total_processed.natural_person").getText()).isEqualTo("21");
    }

    @Test
    @WithUserDetails("editor")
    void pastingATabSeparatedBlockFillsTheCellsFromTheFocusedOne() {
        ReportEditorView view = openSeed();
        // two rows × three columns copied from Excel, starting at （一）予以公开 / 商业企业;
        // the block's third column lands on 社会公益组织
        view.paste("s3.granted.commercial", List.of(List.of("1", "2", "3"), List.of("4", "5", "6")));
        assertThat(view.current().cell("s3.granted.commercial").number()).isEqualByComparingTo("1");
        assertThat(view.current().cell("s3.granted.research").number()).isEqualByComparingTo("2");
        assertThat(view.current().cell("s3.granted.public_interest").number()).isEqualByComparingTo("3");
        assertThat(view.current().cell("s3.partially_granted.commercial").number()).isEqualByComparingTo("4");
        assertThat(view.current().cell("s3.partially_granted.public_interest").number()).isEqualByComparingTo("6");
        assertThat(view.current().cell("s3.granted.legal_service").number()).isEqualByComparingTo("0");
        assertThat(cell(document(), "s3.granted.total").getText()).isEqualTo("17");
        // a block running into the computed 总计 column skips it
        view.paste("s3.carried_forward.other_org", List.of(List.of("2", "99")));
        assertThat(view.current().cell("s3.carried_forward.other_org").number()).isEqualByComparingTo("2");
        assertThat(view.current().cell("s3.carried_forward.total").number()).isEqualByComparingTo("2");
        // the JSON form the browser sends
        view.paste("{\"start\":\"s4.review.upheld\",\"rows\":[[\"3,000\",\"１\",\"2次\"]]}");
        assertThat(view.current().cell("s4.review.upheld").number()).isEqualByComparingTo("3000");
        assertThat(view.current().cell("s4.review.corrected").number()).isEqualByComparingTo("1");
        assertThat(view.current().cell("s4.review.other").number()).isEqualByComparingTo("2");
    }

    @Test
    @WithUserDetails("editor")
    void badInputIsRefusedAtTheCellAndNothingIsSaved() {
        ReportEditorView view = openSeed();
        long versionBefore = reports.find(agencyId(LIWAN), 2020).orElseThrow().report().getVersion();
        view.type("s3.granted.research", "abc");
        view.type("s3.granted.commercial", "-2");
        view.type("s2.regulations.new_made", "1.5");
        view.type("s2.procurement.count", "2000000000");
        view.type("s2.procurement.amount", "0.0000001");
        view.type("s2.fees.prev_year_items", "1" + ",".repeat(70));
        assertThat(view.invalidInputs())
                .containsEntry("s2.procurement.amount", CellInput.Problem.TOO_PRECISE)
                .containsEntry("s2.fees.prev_year_items", CellInput.Problem.TOO_LONG).containsEntry("s3.granted.research", CellInput.Problem.NOT_A_NUMBER)
                .containsEntry("s3.granted.commercial", CellInput.Problem.NEGATIVE)
                .containsEntry("s2.regulations.new_made", CellInput.Problem.FRACTION)
                .containsEntry("s2.procurement.count", CellInput.Problem.TOO_LARGE);
        Element research = cell(document(), "s3.granted.research");
        assertThat(research.getClassList()).contains("invalid");
        assertThat(research.getAttribute("data-problem")).contains("请输入数字");
        assertThat(view.save()).isFalse();
        assertThat(reports.find(agencyId(LIWAN), 2020).orElseThrow().report().getVersion()).isEqualTo(versionBefore);
        // the bad text is not taken as a value: the stored 0 still counts
        assertThat(view.current().cell("s3.granted.research").number()).isEqualByComparingTo("0");
        view.type("s3.granted.research", "");
        assertThat(view.current().cell("s3.granted.research").isBlank()).isTrue();
        assertThat(research.getClassList()).doesNotContain("invalid");
    }

    @Test
    @WithUserDetails("editor")
    void savesTextsAsPlainTextAndFiguresWithANewVersion() {
        LoadedReport draft = reports.find(agencyId(LIWAN), 2021).orElseGet(() -> reports.create(agencyId(LIWAN), 2021));
        UI.getCurrent().navigate("reports/2021/" + agencyId(LIWAN) + "/edit");
        ReportEditorView view = find(ReportEditorView.class).single();
        view.type("s3.new_received.natural_person", "7");
        view.write(NarrativePart.OVERVIEW, "<script>alert('x')</script>全年收到申请 7 件");
        assertThat(view.save()).isTrue();
        LoadedReport stored = reports.find(agencyId(LIWAN), 2021).orElseThrow();
        assertThat(stored.report().getVersion()).isGreaterThan(draft.report().getVersion());
        assertThat(stored.content().cell("s3.new_received.natural_person").number()).isEqualByComparingTo("7");
        assertThat(stored.content().narrative(NarrativePart.OVERVIEW)).startsWith("<script>");
        // shown back as text, never as markup
        UI.getCurrent().navigate("reports/2021/" + agencyId(LIWAN));
        Element overview = find(com.vaadin.flow.component.html.Div.class).withId("narrative-p1").single().getElement();
        assertThat(allText(overview)).contains("<script>alert('x')</script>全年收到申请 7 件");
        assertThat(descendants(overview).noneMatch(e -> !e.isTextNode() && "script".equals(e.getTag()))).isTrue();
        // and in the editor as the text area's value
        UI.getCurrent().navigate("reports/2021/" + agencyId(LIWAN) + "/edit");
        assertThat(find(TextArea.class).withId("narrative-p1").single().getValue()).startsWith("<script>");
    }

    @Test
    @WithUserDetails("editor2")
    void anotherAgencysEditorIsRefusedTheEditorByUrl() {
        UI.getCurrent().navigate("reports/2020/" + agencyId(LIWAN) + "/edit");
        assertThat(find(Paragraph.class).withId("editor-refused").single().getText()).isEqualTo("未找到该报告，或您无权查看。");
        assertThat(find(TextArea.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerCannotEdit() {
        UI.getCurrent().navigate("reports/2020/" + agencyId(LIWAN) + "/edit");
        assertThat(find(Paragraph.class).withId("editor-refused").single().getText()).contains("不能编辑");
    }

    @Test
    @WithUserDetails("editor")
    void whenSomeoneElseSavedFirstTheInputStaysAndCanBeReappliedWithoutLosingTheirs() {
        long liwan = agencyId(LIWAN);
        LoadedReport draft = reports.find(liwan, 2023).orElseGet(() -> reports.create(liwan, 2023));
        UI.getCurrent().navigate("reports/2023/" + liwan + "/edit");
        ReportEditorView view = find(ReportEditorView.class).single();
        view.type("s4.review.upheld", "4");

        // meanwhile a colleague saves another figure
        LoadedReport theirs = reports.saveContent(draft.report().getId(), draft.report().getVersion(),
                draft.content().withCell("s4.litigation_direct.upheld", org.disclosuredesk.template.CellValue.of(9)));

        assertThat(view.save()).isFalse();
        com.vaadin.flow.component.dialog.Dialog dialog = find(com.vaadin.flow.component.dialog.Dialog.class)
                .withId("conflict-dialog").single();
        assertThat(dialog.isOpened()).isTrue();
        // my input is still on screen, nothing of mine was stored
        assertThat(view.current().cell("s4.review.upheld").number()).isEqualByComparingTo("4");
        assertThat(reports.findById(draft.report().getId()).orElseThrow().content().cell("s4.review.upheld").isBlank())
                .isTrue();

        find(com.vaadin.flow.component.button.Button.class).withId("conflict-reapply").single().click();
        assertThat(view.current().cell("s4.review.upheld").number()).isEqualByComparingTo("4");
        assertThat(view.current().cell("s4.litigation_direct.upheld").number()).isEqualByComparingTo("9");
        assertThat(view.save()).isTrue();
        LoadedReport stored = reports.findById(draft.report().getId()).orElseThrow();
        assertThat(stored.report().getVersion()).isGreaterThan(theirs.report().getVersion());
        assertThat(stored.content().cell("s4.review.upheld").number()).isEqualByComparingTo("4");
        assertThat(stored.content().cell("s4.litigation_direct.upheld").number()).isEqualByComparingTo("9");
    }

    @Test
    @WithUserDetails("editor")
    void leavingWithUnsavedInputAsksFirstAndStayingKeepsIt() {
        ReportEditorView view = openSeed();
        view.type("s4.review.upheld", "5");
        UI.getCurrent().navigate("reports");
        // still here, asked what to do
        assertThat(find(ReportEditorView.class).all()).hasSize(1);
        com.vaadin.flow.component.dialog.Dialog dialog = find(com.vaadin.flow.component.dialog.Dialog.class)
                .withId("unsaved-dialog").single();
        assertThat(dialog.isOpened()).isTrue();
        find(com.vaadin.flow.component.button.Button.class).withId("leave-stay").single().click();
        assertThat(view.current().cell("s4.review.upheld").number()).isEqualByComparingTo("5");
        assertThat(document().getAttribute("data-unsaved")).isEqualTo("true");
        // discarding leaves without saving
        UI.getCurrent().navigate("reports");
        find(com.vaadin.flow.component.button.Button.class).withId("leave-discard").single().click();
        assertThat(find(ReportEditorView.class).all()).isEmpty();
        assertThat(reports.find(agencyId(LIWAN), 2020).orElseThrow().content().cell("s4.review.upheld").number())
                .isEqualByComparingTo("1");
    }
}
