package org.disclosuredesk.opendata.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.ui.NavigationContribution;
import org.disclosuredesk.ui.NavigationRegistry;
import org.springframework.stereotype.Component;

import java.util.Set;

@Component
class ApiTokensNavigation implements NavigationContribution {
    @Override
    public NavigationRegistry.Entry entry() {
        return new NavigationRegistry.Entry("nav.admin.apiTokens", ApiTokensView.class, VaadinIcon.KEY, 93,
                Set.of(Roles.ADMIN));
    }
}
