package org.disclosuredesk.opendata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.disclosuredesk.error.UserFacingException;
import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.opendata.ApiToken;
import org.disclosuredesk.opendata.ApiTokenService;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.security.UserAdminService;
import org.disclosuredesk.ui.ConfirmDialog;
import org.springframework.security.access.AccessDeniedException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Administrators issue open-data API tokens for an agency of their subtree, see when they were used, revoke them. */
@Route("admin/api-tokens")
@RolesAllowed(Roles.ADMIN)
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();

    ApiTokensView(ApiTokenService tokens, UserAdminService users) {
        this.tokens = tokens;
        TextField name = new TextField(getTranslation("api.tokens.name"));
        name.setId("token-name");
        name.setMaxLength(100);
        ComboBox<UserAdminService.AgencyChoice> agency = new ComboBox<>(getTranslation("api.tokens.agency"));
        agency.setId("token-agency");
        List<UserAdminService.AgencyChoice> agencies = users.agencies();
        agency.setItems(agencies);
        agency.setItemLabelGenerator(UserAdminService.AgencyChoice::name);
        agency.setWidth("20em");
        Select<ReportScope> scope = new Select<>();
        scope.setId("token-scope");
        scope.setLabel(getTranslation("api.tokens.scope"));
        scope.setItems(ReportScope.PUBLISHED, ReportScope.REVIEWED, ReportScope.ALL);
        scope.setItemLabelGenerator(s -> getTranslation("dashboard.scope." + s.name()));
        scope.setValue(ReportScope.PUBLISHED);
        Button issue = new Button(getTranslation("api.tokens.issue"), e -> {
            if (agency.getValue() == null) {
                agency.setInvalid(true);
                return;
            }
            try {
                ApiTokenService.Issued issued = tokens.issue(name.getValue(), agency.getValue().id(), scope.getValue());
                showOnce(issued.secret());
                name.clear();
                refresh();
            } catch (UserFacingException ex) {
                fail(getTranslation(ex.messageKey(), ex.args()));
            } catch (AccessDeniedException ex) {
                fail(getTranslation("admin.error.agency"));
            }
        });
        issue.setId("token-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, agency, scope, issue);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.setId("token-grid");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("api.tokens.name")).setFlexGrow(2);
        grid.addColumn(ApiToken::agencyName).setHeader(getTranslation("api.tokens.agency")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation("dashboard.scope." + t.scope().name()))
                .setHeader(getTranslation("api.tokens.scope")).setAutoWidth(true);
        grid.addColumn(t -> TIME.format(t.createdAt()) + " · " + t.createdBy())
                .setHeader(getTranslation("api.tokens.col.created")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "—" : TIME.format(t.lastUsedAt()))
                .setHeader(getTranslation("api.tokens.col.lastUsed")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (!t.active()) {
                return new Paragraph(getTranslation("api.tokens.revoked"));
            }
            Button revoke = new Button(getTranslation("api.tokens.revoke"), e -> ConfirmDialog.ask(
                    getTranslation("api.tokens.revoke"), getTranslation("api.tokens.revoke.confirm", t.name()),
                    List.of(), getTranslation("api.tokens.revoke"), true, () -> {
                        tokens.revoke(t.id());
                        refresh();
                    }));
            revoke.setId("token-revoke-" + t.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setHeader(getTranslation("api.tokens.col.state")).setAutoWidth(true);

        add(new H2(getTranslation("api.tokens.title")), new Paragraph(getTranslation("api.tokens.help")), form, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }

    private void showOnce(String secret) {
        Dialog d = new Dialog();
        d.setId("token-issued");
        d.setHeaderTitle(getTranslation("api.tokens.issue"));
        TextField value = new TextField();
        value.setId("token-secret");
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        value.getElement().setAttribute("aria-label", getTranslation("api.tokens.issued"));
        Button close = new Button(getTranslation("api.tokens.close"), e -> d.close());
        d.add(new Paragraph(getTranslation("api.tokens.issued")), value);
        d.getFooter().add(close);
        d.setWidth("36rem");
        d.open();
    }

    private static void fail(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.tokens.title") + " · " + getTranslation("app.name");
    }
}
