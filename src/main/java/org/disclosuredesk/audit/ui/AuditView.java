package org.disclosuredesk.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.disclosuredesk.audit.AuditAction;
import org.disclosuredesk.audit.AuditEvent;
import org.disclosuredesk.audit.AuditFilter;
import org.disclosuredesk.audit.AuditService;
import org.disclosuredesk.security.Roles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Administrators: the audit trail of their subtree, newest first, read-only, filtered by actor and action.
 * The grid pages from the database (lazy), so a long trail never loads at once.
 */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Grid<AuditEvent> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final Select<AuditAction> action = new Select<>();

    public AuditView(AuditService audit) {
        setSizeFull();
        actor.setLabel(getTranslation("audit.col.actor"));
        actor.setId("audit-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.col.action"));
        action.setId("audit-action");
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.anyAction"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.anyAction")
                : getTranslation("audit.action." + a.name()));

        grid.setId("audit-grid");
        grid.addColumn(e -> AT.format(e.at())).setHeader(getTranslation("audit.col.at")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.col.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        grid.addColumn(AuditEvent::target).setHeader(getTranslation("audit.col.target")).setFlexGrow(2);
        grid.addColumn(AuditEvent::detail).setHeader(getTranslation("audit.col.detail")).setFlexGrow(3);
        grid.setItems(q -> audit.page(filter(), q.getOffset(), q.getLimit()).stream(), q -> audit.count(filter()));
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setEmptyStateText(getTranslation("audit.empty"));
        HorizontalLayout filters = new HorizontalLayout(actor, action);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true); // on a phone the two filters stack instead of running off the screen
        add(new H2(getTranslation("audit.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), action.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
