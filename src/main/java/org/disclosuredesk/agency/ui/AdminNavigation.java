package org.disclosuredesk.agency.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.ui.NavigationContribution;
import org.disclosuredesk.ui.NavigationRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

@Configuration
class AdminNavigation {
    @Bean
    NavigationContribution agencyAdminNavigation() {
        return () -> new NavigationRegistry.Entry("nav.admin.agencies", AgencyAdminView.class, VaadinIcon.SITEMAP, 90,
                Set.of(Roles.ADMIN));
    }
}
