package org.disclosuredesk.importing.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.ui.NavigationContribution;
import org.disclosuredesk.ui.NavigationRegistry;
import org.springframework.stereotype.Component;

import java.util.Set;

/** "导入年报" in the side navigation, for the roles that may create drafts. */
@Component
class ImportNavigation implements NavigationContribution {
    @Override
    public NavigationRegistry.Entry entry() {
        return new NavigationRegistry.Entry("nav.import", ImportView.class, VaadinIcon.UPLOAD, 30,
                Set.of(Roles.EDITOR, Roles.ADMIN));
    }
}
