package org.disclosuredesk.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.disclosuredesk.security.AppUserPrincipal;

/** The app shell: header with user and language, side navigation to every feature's views. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(AuthenticationContext auth, NavigationRegistry navigation) {
        DrawerToggle toggle = new DrawerToggle();
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        HorizontalLayout header = new HorizontalLayout(toggle, title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        auth.getAuthenticatedUser(AppUserPrincipal.class).ifPresent(user -> {
            Span who = new Span(user.displayName() + " · " + getTranslation("role." + user.role().name()));
            who.setId("current-user");
            header.add(who);
        });
        header.add(new LanguageSwitch());
        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        header.add(logout);
        addToNavbar(header);

        SideNav nav = new SideNav();
        for (NavigationRegistry.Entry entry : navigation.entriesFor(auth)) {
            nav.addItem(new SideNavItem(getTranslation(entry.titleKey()), entry.view(), entry.icon().create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (getContent() instanceof NeedsWidth) {
            getElement().executeJs("return window.innerWidth").then(Integer.class, width -> {
                if (width < NeedsWidth.LAPTOP_WIDTH) {
                    setDrawerOpened(false);
                }
            });
        }
    }
}
