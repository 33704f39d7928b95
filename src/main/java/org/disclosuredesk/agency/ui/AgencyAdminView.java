package org.disclosuredesk.agency.ui;

import org.disclosuredesk.error.UserFacingException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.disclosuredesk.agency.Agency;
import org.disclosuredesk.agency.AgencyAdminService;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.security.Roles;

import java.util.List;
import java.util.stream.Stream;

/** Administrators: the agency hierarchy of their subtree (loaded level by level), adding and renaming agencies. */
@Route("admin/agencies")
@RolesAllowed(Roles.ADMIN)
class AgencyAdminView extends VerticalLayout implements HasDynamicTitle {

    private final AgencyAdminService agencies;
    private final TreeGrid<Agency> tree = new TreeGrid<>();

    public AgencyAdminView(AgencyAdminService agencies) {
        this.agencies = agencies;
        setSizeFull();
        tree.setId("agency-tree");
        tree.addHierarchyColumn(Agency::getName).setHeader(getTranslation("admin.agency.name")).setFlexGrow(3)
                .setSortable(false);
        tree.addColumn(a -> getTranslation("agency.kind." + a.getKind().name()))
                .setHeader(getTranslation("admin.agency.kind")).setAutoWidth(true);
        tree.setDataProvider(new AbstractBackEndHierarchicalDataProvider<Agency, Void>() {
            @Override
            public int getChildCount(HierarchicalQuery<Agency, Void> query) {
                return (int) children(query.getParent()).size();
            }

            @Override
            public boolean hasChildren(Agency item) {
                return agencies.hasChildren(item.getId());
            }

            @Override
            protected Stream<Agency> fetchChildrenFromBackEnd(HierarchicalQuery<Agency, Void> query) {
                return children(query.getParent()).stream().skip(query.getOffset()).limit(query.getLimit());
            }
        });

        TextField name = new TextField(getTranslation("admin.agency.name"));
        name.setId("new-agency-name");
        name.setWidth("24rem");
        Select<AgencyKind> kind = new Select<>();
        kind.setLabel(getTranslation("admin.agency.kind"));
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("agency.kind." + k.name()));
        kind.setValue(AgencyKind.AGENCY);
        Span parentHint = new Span(getTranslation("admin.agency.pickParent"));
        parentHint.setId("parent-hint");
        // once a unit is chosen the hint says where the new one goes instead of asking to choose
        tree.asSingleSelect().addValueChangeListener(e -> parentHint.setText(e.getValue() == null
                ? getTranslation("admin.agency.pickParent")
                : getTranslation("admin.agency.parentChosen", e.getValue().getName())));
        Button add = new Button(getTranslation("admin.agency.add"), e -> {
            Agency parent = tree.asSingleSelect().getValue();
            if (parent == null) {
                fail(getTranslation("admin.agency.pickParent"));
                return;
            }
            try {
                agencies.addChild(parent.getId(), name.getValue(), kind.getValue());
                name.clear();
                tree.getDataProvider().refreshItem(parent, true);
                tree.expand(parent);
                Notification.show(getTranslation("admin.agency.added"), 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException ex) {
                fail(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        add.setId("add-agency");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button rename = new Button(getTranslation("admin.agency.rename"), e -> {
            Agency selected = tree.asSingleSelect().getValue();
            if (selected == null) {
                fail(getTranslation("admin.agency.pickOne"));
                return;
            }
            try {
                Agency renamed = agencies.rename(selected.getId(), name.getValue());
                name.clear();
                tree.getDataProvider().refreshItem(renamed);
                Notification.show(getTranslation("admin.agency.renamed"), 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException ex) {
                fail(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        rename.setId("rename-agency");
        HorizontalLayout form = new HorizontalLayout(name, kind, add, rename, parentHint);
        form.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("admin.agencies.title")), form, tree);
        setFlexGrow(1, tree);
        tree.expand(agencies.root());
    }

    private List<Agency> children(Agency parent) {
        return parent == null ? List.of(agencies.root()) : agencies.children(parent.getId());
    }

    private static void fail(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.agencies.title");
    }
}
