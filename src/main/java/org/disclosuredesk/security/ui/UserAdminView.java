package org.disclosuredesk.security.ui;

import org.disclosuredesk.error.UserFacingException;
import org.disclosuredesk.ui.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.disclosuredesk.security.AppUser;
import org.disclosuredesk.security.Role;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.security.UserAdminService;
import org.springframework.security.access.AccessDeniedException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrators: the users of their subtree, a form to add one, and changing an account (enable, role, agency,
 * password). Roles and accounts are offered as {@link org.disclosuredesk.security.AdminGrants} allows; the service
 * checks the same again.
 */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdminService users;
    private final Grid<AppUser> grid = new Grid<>();
    private final Map<Long, String> agencyNames = new HashMap<>();
    private final List<UserAdminService.AgencyChoice> agencies;

    public UserAdminView(UserAdminService users) {
        this.users = users;
        setSizeFull();
        agencies = users.agencies();
        agencies.forEach(a -> agencyNames.put(a.id(), a.name()));
        grid.setId("user-grid");
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("admin.user.username")).setAutoWidth(true);
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("admin.user.displayName")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("role." + u.getRole().name())).setHeader(getTranslation("admin.user.role"))
                .setAutoWidth(true);
        grid.addColumn(u -> agencyNames.getOrDefault(u.getAgencyId(), String.valueOf(u.getAgencyId())))
                .setHeader(getTranslation("admin.user.agency")).setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("admin.user.enabled")).setAutoWidth(true);
        grid.addComponentColumn(u -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (users.mayManage(u)) {
                Button toggle = new Button(getTranslation(u.isEnabled() ? "admin.user.disable" : "admin.user.enable"),
                        e -> toggle(u));
                toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                toggle.setId("toggle-" + u.getUsername());
                Button change = new Button(getTranslation("admin.user.change"), e -> openChange(u));
                change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                change.setId("change-" + u.getUsername());
                actions.add(toggle, change);
            }
            return actions;
        }).setHeader(getTranslation("admin.user.actions")).setAutoWidth(true);
        grid.setItems(users.list());

        TextField username = new TextField(getTranslation("admin.user.username"));
        username.setId("new-username");
        TextField displayName = new TextField(getTranslation("admin.user.displayName"));
        displayName.setId("new-display-name");
        ComboBox<UserAdminService.AgencyChoice> agency = agencyBox("new-agency");
        Select<Role> role = roleSelect("new-role");
        agency.addValueChangeListener(e -> offerRoles(role, e.getValue()));
        PasswordField password = new PasswordField(getTranslation("admin.user.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("admin.user.passwordHelp", UserAdminService.MIN_PASSWORD));
        Button create = new Button(getTranslation("admin.user.create"), e -> {
            if (attempt(() -> users.create(username.getValue(), displayName.getValue(), role.getValue(),
                    agency.getValue() == null ? -1 : agency.getValue().id(), password.getValue()))) {
                username.clear();
                displayName.clear();
                password.clear();
                success("admin.user.created");
            }
        });
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, agency, role, password, create);
        add(new H2(getTranslation("admin.users.title")), grid, new H3(getTranslation("admin.user.new")), form);
        setFlexGrow(1, grid);
    }

    private ComboBox<UserAdminService.AgencyChoice> agencyBox(String id) {
        ComboBox<UserAdminService.AgencyChoice> agency = new ComboBox<>(getTranslation("admin.user.agency"));
        agency.setId(id);
        agency.setItems(agencies);
        agency.setItemLabelGenerator(UserAdminService.AgencyChoice::name);
        return agency;
    }

    private Select<Role> roleSelect(String id) {
        Select<Role> role = new Select<>();
        role.setId(id);
        role.setLabel(getTranslation("admin.user.role"));
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r.name()));
        role.setEnabled(false);
        role.setHelperText(getTranslation("admin.user.role.pickAgency"));
        return role;
    }

    /** The roles this administrator may grant at the chosen agency; the choice is kept when still allowed. */
    private void offerRoles(Select<Role> role, UserAdminService.AgencyChoice agency) {
        Role before = role.getValue();
        List<Role> roles = agency == null ? List.of() : users.grantableRoles(agency.id());
        role.setItems(roles);
        role.setEnabled(!roles.isEmpty());
        role.setHelperText(roles.isEmpty() ? getTranslation("admin.user.role.pickAgency") : null);
        role.setValue(before != null && roles.contains(before) ? before : roles.contains(Role.EDITOR) ? Role.EDITOR : null);
    }

    /** Role, agency and a new password for one account. */
    private void openChange(AppUser user) {
        Dialog dialog = new Dialog();
        dialog.setId("change-dialog");
        dialog.setHeaderTitle(getTranslation("admin.user.changeTitle", user.getUsername()));
        ComboBox<UserAdminService.AgencyChoice> agency = agencyBox("change-agency");
        Select<Role> role = roleSelect("change-role");
        agency.addValueChangeListener(e -> offerRoles(role, e.getValue()));
        agencies.stream().filter(a -> a.id() == user.getAgencyId()).findFirst().ifPresent(agency::setValue);
        if (role.getListDataView().contains(user.getRole())) {
            role.setValue(user.getRole());
        }
        Button save = new Button(getTranslation("admin.user.save"), e -> {
            if (agency.getValue() != null
                    && attempt(() -> users.changeAccess(user.getId(), role.getValue(), agency.getValue().id()))) {
                dialog.close();
                success("admin.user.saved");
            }
        });
        save.setId("change-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        PasswordField password = new PasswordField(getTranslation("admin.user.newPassword"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("admin.user.passwordHelp", UserAdminService.MIN_PASSWORD));
        Button reset = new Button(getTranslation("admin.user.resetPassword"), e -> {
            if (attempt(() -> users.resetPassword(user.getId(), password.getValue()))) {
                password.clear();
                success("admin.user.passwordReset");
            }
        });
        reset.setId("reset-password-button");
        FormLayout form = new FormLayout(agency, role, save, password, reset);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("report.action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    /** The account's state as a badge: 启用中 or 已停用 (the buttons beside it are what can be done). */
    private Span state(AppUser user) {
        Span badge = new Span(getTranslation(user.isEnabled() ? "admin.user.active" : "admin.user.disabled"));
        badge.getElement().getThemeList().addAll(user.isEnabled() ? List.of("badge", "success")
                : List.of("badge", "error"));
        badge.setId("state-" + user.getUsername());
        return badge;
    }

    /** Disabling asks first (it ends the user's sessions); enabling takes nothing away and does not. */
    private void toggle(AppUser user) {
        if (!user.isEnabled()) {
            setEnabled(user, true);
            return;
        }
        ConfirmDialog.ask(getTranslation("admin.user.disable"),
                getTranslation("admin.user.disableConsequence", user.getUsername(), user.getDisplayName()), List.of(),
                getTranslation("admin.user.disable"), true, () -> setEnabled(user, false));
    }

    private void setEnabled(AppUser user, boolean enable) {
        if (attempt(() -> users.setEnabled(user.getId(), enable))) {
            success(enable ? "admin.user.enabledDone" : "admin.user.disabledDone", user.getUsername());
        }
    }

    /** Runs an account change; refusals become a message in the user's language. True when it went through. */
    private boolean attempt(Runnable change) {
        try {
            change.run();
            grid.setItems(users.list());
            return true;
        } catch (UserFacingException ex) {
            fail(getTranslation(ex.messageKey(), ex.args()));
        } catch (AccessDeniedException ex) {
            fail(getTranslation("admin.error.agency"));
        }
        return false;
    }

    private static void fail(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void success(String key, Object... args) {
        Notification.show(getTranslation(key, args), 2500, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
