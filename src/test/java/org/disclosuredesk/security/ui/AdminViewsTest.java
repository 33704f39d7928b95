package org.disclosuredesk.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.security.AppUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class AdminViewsTest extends UiTestBase {

    @Test
    @WithUserDetails("admin")
    void adminSeesUsersAndAgencies() {
        UI.getCurrent().navigate("admin/users");
        UserAdminView users = find(UserAdminView.class).single();
        assertThat(users.shownUsers()).extracting(AppUser::getUsername).contains("admin", "viewer", "editor");
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
    }

    private static org.disclosuredesk.agency.Agency getRoot(
            com.vaadin.flow.component.treegrid.TreeGrid<org.disclosuredesk.agency.Agency> tree) {
        return tree.getDataProvider().fetchChildren(
                new com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery<>(null, null)).findFirst().orElseThrow();
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
