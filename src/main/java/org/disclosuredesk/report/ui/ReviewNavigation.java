package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.ui.NavigationContribution;
import org.disclosuredesk.ui.NavigationRegistry;
import org.springframework.stereotype.Component;

import java.util.Set;

@Component
class ReviewNavigation implements NavigationContribution {
    @Override
    public NavigationRegistry.Entry entry() {
        return new NavigationRegistry.Entry("nav.review", ReviewQueueView.class, VaadinIcon.CHECK_SQUARE_O, 30,
                Set.of(Roles.REVIEWER, Roles.ADMIN));
    }
}
