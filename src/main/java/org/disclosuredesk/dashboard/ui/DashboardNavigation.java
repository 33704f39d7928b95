package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.disclosuredesk.ui.NavigationContribution;
import org.disclosuredesk.ui.NavigationRegistry;
import org.springframework.stereotype.Component;

import java.util.Set;

/** The dashboard in the side navigation; its views link to each other through tabs. */
@Component
class DashboardNavigation implements NavigationContribution {
    @Override
    public NavigationRegistry.Entry entry() {
        return new NavigationRegistry.Entry("nav.dashboard", OverviewDashboardView.class, VaadinIcon.DASHBOARD, 10,
                Set.of());
    }
}
