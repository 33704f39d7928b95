package org.disclosuredesk.security.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.ui.NavigationContribution;
import org.disclosuredesk.ui.NavigationRegistry;
import org.springframework.stereotype.Component;

import java.util.Set;

@Component
class UserAdminNavigation implements NavigationContribution {
    @Override
    public NavigationRegistry.Entry entry() {
        return new NavigationRegistry.Entry("nav.admin.users", UserAdminView.class, VaadinIcon.USERS, 91, Set.of(Roles.ADMIN));
    }
}
