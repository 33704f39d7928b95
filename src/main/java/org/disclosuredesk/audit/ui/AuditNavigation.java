package org.disclosuredesk.audit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.ui.NavigationContribution;
import org.disclosuredesk.ui.NavigationRegistry;
import org.springframework.stereotype.Component;

import java.util.Set;

@Component
class AuditNavigation implements NavigationContribution {
    @Override
    public NavigationRegistry.Entry entry() {
        return new NavigationRegistry.Entry("nav.admin.audit", AuditView.class, VaadinIcon.CLIPBOARD_TEXT, 92,
                Set.of(Roles.ADMIN));
    }
}
