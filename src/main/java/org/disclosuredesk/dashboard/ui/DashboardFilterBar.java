package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.disclosuredesk.dashboard.AgencyRef;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.ui.FoldedFilters;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Year, year range and agency subtree. Changes are not applied here: they go to the view as a new
 * {@link DashboardFilter}, which puts them into the URL.
 */
class DashboardFilterBar extends Composite<VerticalLayout> {

    private final Select<Integer> year = yearSelect("dashboard-year");
    private final Select<Integer> from = yearSelect("dashboard-from");
    private final Select<Integer> to = yearSelect("dashboard-to");
    private final ComboBox<AgencyRef> agency = new ComboBox<>();
    private final Select<ReportScope> scope = new Select<>();
    private final HorizontalLayout breadcrumb = new HorizontalLayout();
    private final DashboardService service;
    private final String route;
    private DashboardFilter current;
    private boolean showing;

    DashboardFilterBar(DashboardService service, String route, boolean usesYear, boolean usesRange,
                       boolean usesScope, Consumer<DashboardFilter> onChange) {
        this.service = service;
        this.route = route;
        year.setLabel(getTranslation("dashboard.filter.year"));
        from.setLabel(getTranslation("dashboard.filter.from"));
        to.setLabel(getTranslation("dashboard.filter.to"));
        year.setVisible(usesYear);
        from.setVisible(usesRange);
        to.setVisible(usesRange);
        scope.setId("dashboard-scope");
        scope.setLabel(getTranslation("dashboard.filter.scope"));
        scope.setItems(ReportScope.PUBLISHED, ReportScope.REVIEWED, ReportScope.ALL);
        scope.setItemLabelGenerator(s -> getTranslation("dashboard.scope." + s.name()));
        scope.setWidth("13em");
        scope.setVisible(usesScope);
        scope.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                onChange.accept(current.withScope(e.getValue()));
            }
        });
        agency.setId("dashboard-agency");
        agency.setLabel(getTranslation("dashboard.filter.agency"));
        agency.setPlaceholder(getTranslation("dashboard.filter.agency.placeholder"));
        agency.setWidth("22em");
        agency.setItemLabelGenerator(AgencyRef::name);
        agency.setItems(query -> service.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        year.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                onChange.accept(current.withYear(e.getValue()));
            }
        });
        from.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                onChange.accept(current.withRange(e.getValue(), current.toYear()));
            }
        });
        to.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                onChange.accept(current.withRange(current.fromYear(), e.getValue()));
            }
        });
        agency.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                onChange.accept(current.withAgency(e.getValue().id()));
            }
        });
        HorizontalLayout fields = new HorizontalLayout(agency, year, from, to, scope);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        breadcrumb.setId("dashboard-breadcrumb");
        breadcrumb.addClassName("dashboard-breadcrumb");
        breadcrumb.setSpacing(false);
        getContent().setPadding(false);
        getContent().setSpacing(false);
        fields.setId("dashboard-filters");
        // on a phone the fields fold behind one button; the breadcrumb stays, saying where the figures are from
        getContent().add(FoldedFilters.toggle(fields, "dashboard-filter-toggle"), fields, breadcrumb);
    }

    void show(DashboardFilter filter) {
        showing = true;
        try {
            current = filter;
            year.setValue(filter.year());
            from.setValue(filter.fromYear());
            to.setValue(filter.toYear());
            scope.setValue(filter.scope());
            List<AgencyRef> path = service.path(filter.agencyId());
            agency.setValue(path.get(path.size() - 1));
            breadcrumb.removeAll();
            for (int i = 0; i < path.size(); i++) {
                AgencyRef a = path.get(i);
                if (i > 0) {
                    breadcrumb.add(new Span(" › "));
                }
                if (i == path.size() - 1) {
                    Span here = new Span(a.name());
                    here.addClassName("current");
                    breadcrumb.add(here);
                } else {
                    Anchor link = new Anchor(route + "?" + filter.withAgency(a.id()).toQuery().getQueryString(),
                            a.name());
                    link.getElement().setAttribute("router-link", true);
                    breadcrumb.add(link);
                }
            }
        } finally {
            showing = false;
        }
    }

    private static Select<Integer> yearSelect(String id) {
        Select<Integer> s = new Select<>();
        s.setId(id);
        s.setItems(IntStream.rangeClosed(DashboardService.FIRST_YEAR, DashboardFilter.lastYear()).boxed()
                .sorted((a, b) -> b - a).toList());
        s.setWidth("8em");
        return s;
    }
}
