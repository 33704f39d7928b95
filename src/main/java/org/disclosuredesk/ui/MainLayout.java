package org.disclosuredesk.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
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
        // the full name, or on a phone (styles.css) the short one, so the header keeps to one line
        Span full = new Span(getTranslation("app.name"));
        full.addClassName("app-title-full");
        Span brief = new Span(getTranslation("app.name.short"));
        brief.addClassName("app-title-short");
        brief.getElement().setAttribute("aria-hidden", "true");
        Span title = new Span(full, brief);
        title.addClassName("app-title");
        HorizontalLayout header = new HorizontalLayout(toggle, title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        String whoText = auth.getAuthenticatedUser(AppUserPrincipal.class)
                .map(user -> user.displayName() + " · " + getTranslation("role." + user.role().name())).orElse(null);
        if (whoText != null) {
            Span who = new Span(whoText);
            who.setId("current-user");
            header.add(who);
        }
        header.add(new LanguageSwitch());
        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        header.add(logout, userMenu(whoText, auth));
        addToNavbar(header);

        SideNav nav = new SideNav();
        for (NavigationRegistry.Entry entry : navigation.entriesFor(auth)) {
            nav.addItem(new SideNavItem(getTranslation(entry.titleKey()), entry.view(), entry.icon().create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /**
     * On a phone the user's name, the language and logging out move into one menu (styles.css shows it there and
     * hides the three header items), so the header keeps to one line.
     */
    private MenuBar userMenu(String whoText, AuthenticationContext auth) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addClassName("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem root = menu.addItem(VaadinIcon.USER.create());
        root.setAriaLabel(getTranslation("nav.userMenu"));
        root.getElement().setAttribute("title", getTranslation("nav.userMenu"));
        if (whoText != null) {
            MenuItem who = root.getSubMenu().addItem(whoText);
            who.setEnabled(false);
        }
        boolean chinese = LanguageSwitch.chinese();
        root.getSubMenu().addItem(chinese ? "English" : "中文", e -> LanguageSwitch.switchLanguage(!chinese));
        root.getSubMenu().addItem(getTranslation("nav.logout"), e -> auth.logout()).setId("user-menu-logout");
        return menu;
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
