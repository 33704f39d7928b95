package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import org.disclosuredesk.UiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the editor marks on the cells: every cell of a broken rule, and a unit it dropped from what was typed. */
class ReportEditorMarksTest extends UiTestBase {

    private static final String LIWAN = "广州市荔湾区政务服务数据管理局";

    private EditorScreen openSeed() {
        UI.getCurrent().navigate("reports/2020/" + agencyId(LIWAN) + "/edit");
        return new EditorScreen(find(ReportEditorView.class).single());
    }

    /** Issue 16 item 12: after changing （一）予以公开 the changed cell, （七）总计 and row 四 are marked too. */
    @Test
    @WithUserDetails("editor")
    void aBrokenR31MarksEveryCellItNames() {
        EditorScreen editor = openSeed();
        editor.type("s3.granted.natural_person", "12");
        for (String term : List.of("s3.new_received.natural_person", "s3.carried_over.natural_person",
                "s3.total_processed.natural_person", "s3.carried_forward.natural_person")) {
            Element td = editor.cell(term);
            assertThat(td.getClassList()).as(term).contains("has-error");
            assertThat(td.getAttribute("title")).as(term).contains("R3.1");
        }
        Element changed = editor.cell("s3.granted.natural_person");
        assertThat(changed.getClassList()).contains("involved");
        assertThat(changed.getAttribute("title")).contains("R3.1").contains("第一项加第二项之和为 21");
        // a cell of another column is not part of it
        assertThat(editor.cell("s3.granted.commercial").getClassList()).doesNotContain("involved", "has-error");

        editor.type("s3.granted.natural_person", "11");
        assertThat(editor.cell("s3.total_processed.natural_person").getClassList()).doesNotContain("has-error");
        assertThat(changed.getClassList()).doesNotContain("involved");
    }

    /** Issue 16 item 14: "11次" is kept as 11, and the editor says the unit was dropped. */
    @Test
    @WithUserDetails("editor")
    void aDroppedUnitIsShownAtTheCell() {
        EditorScreen editor = openSeed();
        editor.type("s4.review.upheld", "11次");
        Element td = editor.cell("s4.review.upheld");
        assertThat(td.getClassList()).contains("input-note");
        assertThat(td.getAttribute("data-note")).isEqualTo("已去掉单位“次”，按 11 保存");
        assertThat(find(Notification.class).all()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text", "")).isEqualTo("已去掉单位“次”，按 11 保存"));

        editor.type("s4.review.upheld", "11");
        assertThat(td.getClassList()).doesNotContain("input-note");
        assertThat(td.getAttribute("data-note")).isNull();
    }

    @Test
    @WithUserDetails("editor")
    void englishMarksAreEnglish() {
        english();
        EditorScreen editor = openSeed();
        editor.type("s4.review.upheld", "2件");
        assertThat(editor.cell("s4.review.upheld").getAttribute("data-note")).isEqualTo("Unit \"件\" dropped: saved as 2");
        editor.type("s3.granted.research", "abc");
        assertThat(allText(find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).withId("findings-panel")
                .single().getElement())).contains("(1) Disclosed / Research institutions: Enter a number")
                .doesNotContain("：");
    }
}
