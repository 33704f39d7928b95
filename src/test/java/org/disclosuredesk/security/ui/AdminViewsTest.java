package org.disclosuredesk.security.ui;

import com.vaadin.flow.component.UI;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.agency.ui.AgencyAdminView;
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
        UI.getCurrent().navigate("admin/agencies");
        assertThat(find(AgencyAdminView.class).all()).hasSize(1);
    }

    @Test
    @WithUserDetails("reviewer")
    void othersCannotOpenTheAdminViews() {
        UI.getCurrent().navigate("admin/users");
        assertThat(find(UserAdminView.class).all()).isEmpty();
        UI.getCurrent().navigate("admin/agencies");
        assertThat(find(AgencyAdminView.class).all()).isEmpty();
    }
}
