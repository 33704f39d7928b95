package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.disclosuredesk.ui.NavigationContribution;
import org.disclosuredesk.ui.NavigationRegistry;
import org.springframework.stereotype.Component;

import java.util.Set;

@Component
class ReportNavigation implements NavigationContribution {
    @Override
    public NavigationRegistry.Entry entry() {
        return new NavigationRegistry.Entry("nav.reports", ReportListView.class, VaadinIcon.FILE_TEXT_O, 20, Set.of());
    }
}
