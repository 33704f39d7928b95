package org.disclosuredesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.disclosuredesk.security.AppUser;
import org.disclosuredesk.security.Role;
import org.disclosuredesk.security.UserAdminService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

/** Administrators: the users of their subtree, and a form to add one. */
@Route("admin/users")
@RolesAllowed("ADMIN")
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdminService users;
    private final Grid<AppUser> grid = new Grid<>();
    private final Map<Long, String> agencyNames;

    public UserAdminView(UserAdminService users, JdbcTemplate jdbc) {
        this.users = users;
        setSizeFull();
        agencyNames = new java.util.HashMap<>();
        jdbc.query("SELECT id, name FROM agency WHERE kind <> 'SUB_UNIT' OR id IN (SELECT agency_id FROM app_user)",
                rs -> {
                    agencyNames.put(rs.getLong(1), rs.getString(2));
                });
        grid.setId("user-grid");
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("admin.user.username")).setAutoWidth(true);
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("admin.user.displayName")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("role." + u.getRole().name())).setHeader(getTranslation("admin.user.role"))
                .setAutoWidth(true);
        grid.addColumn(u -> agencyNames.getOrDefault(u.getAgencyId(), String.valueOf(u.getAgencyId())))
                .setHeader(getTranslation("admin.user.agency")).setFlexGrow(1);
        grid.addComponentColumn(u -> {
            Button toggle = new Button(getTranslation(u.isEnabled() ? "admin.user.disable" : "admin.user.enable"),
                    e -> toggle(u));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            toggle.setId("toggle-" + u.getUsername());
            return toggle;
        }).setHeader(getTranslation("admin.user.enabled")).setAutoWidth(true);
        grid.setItems(users.list());

        TextField username = new TextField(getTranslation("admin.user.username"));
        username.setId("new-username");
        TextField displayName = new TextField(getTranslation("admin.user.displayName"));
        displayName.setId("new-display-name");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("admin.user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.EDITOR);
        ComboBox<Map.Entry<Long, String>> agency = new ComboBox<>(getTranslation("admin.user.agency"));
        agency.setId("new-agency");
        agency.setItems(agencyNames.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList());
        agency.setItemLabelGenerator(Map.Entry::getValue);
        PasswordField password = new PasswordField(getTranslation("admin.user.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("admin.user.passwordHelp", UserAdminService.MIN_PASSWORD));
        Button create = new Button(getTranslation("admin.user.create"), e -> {
            try {
                users.create(username.getValue(), displayName.getValue(), role.getValue(),
                        agency.getValue() == null ? -1 : agency.getValue().getKey(), password.getValue());
                grid.setItems(users.list());
                username.clear();
                displayName.clear();
                password.clear();
                Notification.show(getTranslation("admin.user.created"), 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException ex) {
                Notification.show(getTranslation(ex.getMessage()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (org.springframework.security.access.AccessDeniedException ex) {
                Notification.show(getTranslation("admin.error.agency"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, role, agency, password, create);
        add(new H2(getTranslation("admin.users.title")), grid, new H3(getTranslation("admin.user.new")), form);
        setFlexGrow(1, grid);
    }

    void toggle(AppUser user) {
        try {
            users.setEnabled(user.getId(), !user.isEnabled());
            grid.setItems(users.list());
        } catch (IllegalArgumentException ex) {
            Notification.show(getTranslation(ex.getMessage()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    List<AppUser> shownUsers() {
        return grid.getGenericDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
