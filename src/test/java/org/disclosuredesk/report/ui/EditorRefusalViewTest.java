package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.disclosuredesk.UiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16 item 14: opening …/edit without being able to edit says why, in the reader's terms. */
class EditorRefusalViewTest extends UiTestBase {

    private String refusal() {
        return find(Paragraph.class).withId("editor-refused").single().getText();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerIsToldTheyCanReadButNotEdit() {
        long education = agencyId("淮安市教育局");
        UI.getCurrent().navigate("reports/2020/" + education + "/edit");
        assertThat(refusal()).isEqualTo("您的角色是“领导（查阅）”：可以查看此报告，但不能编辑。").doesNotContain("填报人员");
    }

    @Test
    @WithUserDetails("editor2")
    void anEditorOfAPublishedReportIsToldItsStatus() {
        long education = agencyId("淮安市教育局");
        UI.getCurrent().navigate("reports/2020/" + education + "/edit");
        assertThat(refusal()).isEqualTo("报告当前状态为“已公开”，不能编辑。");
    }
}
