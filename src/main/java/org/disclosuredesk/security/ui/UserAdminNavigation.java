package org.disclosuredesk.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.ui.NavigationContribution;
import org.disclosuredesk.ui.NavigationRegistry;

import java.util.Set;

/**
 * The security feature's views as seen from outside: the login view for the security configuration, and
 * "用户管理" in the side navigation.
 */
// fully qualified: Component alone is Vaadin's, the type loginView() returns
@org.springframework.stereotype.Component
public final class UserAdminNavigation implements NavigationContribution {

    UserAdminNavigation() {
    }

    /** The view Vaadin's security configurer sends anonymous users to. */
    public static Class<? extends Component> loginView() {
        return LoginView.class;
    }

    @Override
    public NavigationRegistry.Entry entry() {
        return new NavigationRegistry.Entry("nav.admin.users", UserAdminView.class, VaadinIcon.USERS, 91, Set.of(Roles.ADMIN));
    }
}
