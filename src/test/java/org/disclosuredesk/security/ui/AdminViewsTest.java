package org.disclosuredesk.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonTester;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.security.AppUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The views run on the test's thread and join its transaction: rolled back after each test. */
@org.springframework.transaction.annotation.Transactional
class AdminViewsTest extends UiTestBase {

    @Test
    @WithUserDetails("admin")
    void adminSeesUsersAndAgencies() {
        UI.getCurrent().navigate("admin/users");
        GridTester<Grid<AppUser>, AppUser> users = gridTester();
        assertThat(IntStream.range(0, users.size()).mapToObj(r -> users.getCellText(r, 0)))
                .contains("admin", "viewer", "editor");
        // roles are offered once an agency is chosen, as AdminGrants allows (the root administrator: all)
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.disclosuredesk.security.Role> role =
                find(com.vaadin.flow.component.select.Select.class).withId("new-role").single();
        assertThat(role.isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<org.disclosuredesk.security.UserAdminService.AgencyChoice> agency =
                find(com.vaadin.flow.component.combobox.ComboBox.class).withId("new-agency").single();
        agency.setValue(agency.getListDataView().getItems().filter(a -> a.name().equals("淮安市")).findFirst()
                .orElseThrow());
        assertThat(role.isEnabled()).isTrue();
        assertThat(role.getListDataView().getItems()).containsExactly(org.disclosuredesk.security.Role.values());
        assertThat(role.getValue()).isEqualTo(org.disclosuredesk.security.Role.EDITOR);
        UI.getCurrent().navigate("admin/agencies");
        assertThat(find(TreeGrid.class).withId("agency-tree").all()).hasSize(1);
        // the administrator's root is open: its children (the provinces) are shown
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.treegrid.TreeGrid<org.disclosuredesk.agency.Agency> tree =
                find(com.vaadin.flow.component.treegrid.TreeGrid.class).withId("agency-tree").single();
        assertThat(tree.isExpanded(getRoot(tree))).isTrue();
        // issue 16 item 14: the hint asks for a parent only until one is chosen, then says where the unit goes
        Span hint = find(Span.class).withId("parent-hint").single();
        assertThat(hint.getText()).isEqualTo("请先在下方选择上级单位");
        tree.select(getRoot(tree));
        assertThat(hint.getText()).isEqualTo("新单位将添加到“" + getRoot(tree).getName() + "”之下");
        tree.deselectAll();
        assertThat(hint.getText()).isEqualTo("请先在下方选择上级单位");
    }

    private static org.disclosuredesk.agency.Agency getRoot(
            com.vaadin.flow.component.treegrid.TreeGrid<org.disclosuredesk.agency.Agency> tree) {
        return tree.getDataProvider().fetchChildren(
                new com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery<>(null, null)).findFirst().orElseThrow();
    }

    /**
     * Issue 16 item 13: the status column shows the account's state (启用中 / 已停用) beside the action, and
     * disabling or enabling says that it happened.
     */
    @Test
    @WithUserDetails("admin")
    void theStateOfEachAccountIsShownAndDisablingItSaysSo() {
        String name = "state-shown";
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, role, agency_id, enabled) "
                + "SELECT ?, '{noop}x', ?, 'VIEWER', MIN(id), TRUE FROM agency", name, name);
        UI.getCurrent().navigate("admin/users");
        assertThat(stateOf(name)).isEqualTo("启用中");
        assertThat(stateOf("admin")).isEqualTo("启用中");
        @SuppressWarnings("unchecked")
        Grid<AppUser> grid = find(Grid.class).withId("user-grid").single();
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).contains("账号状态", "操作");

        // disabling asks first, and cancelling leaves the account as it was
        new ButtonTester<>(button(name, "toggle-" + name)).click();
        assertThat(find(Paragraph.class).withId("confirm-consequence").single().getText()).contains("不能再登录");
        new ButtonTester<>(find(Button.class).withId("confirm-cancel").single()).click();
        assertThat(jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = ?", Boolean.class, name))
                .isTrue();
        new ButtonTester<>(button(name, "toggle-" + name)).click();
        new ButtonTester<>(find(Button.class).withId("confirm-ok").single()).click();
        assertThat(jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = ?", Boolean.class, name))
                .isFalse();
        assertThat(notices()).containsExactly("账号 " + name + " 已停用，该用户不能再登录");
        assertThat(stateOf(name)).isEqualTo("已停用");
        assertThat(button(name, "toggle-" + name).getText()).isEqualTo("启用");

        new ButtonTester<>(button(name, "toggle-" + name)).click();
        assertThat(stateOf(name)).isEqualTo("启用中");
        assertThat(notices()).contains("账号 " + name + " 已启用");
    }

    private List<String> notices() {
        return find(Notification.class).all().stream().filter(n -> n.hasThemeName("success"))
                .map(n -> n.getElement().getProperty("text")).toList();
    }

    private int rowOf(GridTester<Grid<AppUser>, AppUser> tester, String username) {
        for (int r = 0; r < tester.size(); r++) {
            if (tester.getRow(r).getUsername().equals(username)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + username);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AppUser>, AppUser> gridTester() {
        return new GridTester<>((Grid<AppUser>) find(Grid.class).withId("user-grid").single());
    }

    private String stateOf(String username) {
        GridTester<Grid<AppUser>, AppUser> tester = gridTester();
        Component cell = tester.getCellComponent(rowOf(tester, username), 4);
        return ((Span) cell).getText();
    }

    private Button button(String username, String id) {
        GridTester<Grid<AppUser>, AppUser> tester = gridTester();
        Component actions = tester.getCellComponent(rowOf(tester, username), 5);
        return (Button) actions.getChildren().filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("reviewer")
    void othersCannotOpenTheAdminViews() {
        UI.getCurrent().navigate("admin/users");
        assertThat(find(UserAdminView.class).all()).isEmpty();
        UI.getCurrent().navigate("admin/agencies");
        assertThat(find(TreeGrid.class).withId("agency-tree").all()).isEmpty();
    }
}
