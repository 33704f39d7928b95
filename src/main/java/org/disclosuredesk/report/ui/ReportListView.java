package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.disclosuredesk.agency.AgencyService;
import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.report.ReportListFilter;
import org.disclosuredesk.report.ReportListRow;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportStatus;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.security.CurrentUser;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.ui.FoldedFilters;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * All reports the user may see, filtered and sorted in the database, page by page. The filters live
 * in the URL (?agency=…&year=…&edition=…&status=…&errors=1&subtree=…) so a list can be bookmarked.
 */
@Route("reports")
@RouteAlias("")
@PermitAll
class ReportListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The widest screen styles.css treats as a phone. */
    static final int PHONE_WIDTH = 700;
    private final ReportService service;
    private final TextField agency = new TextField();
    private final Select<Integer> year = new Select<>();
    private final Select<Edition> edition = new Select<>();
    private final Select<ReportStatus> status = new Select<>();
    private final Checkbox errorsOnly = new Checkbox();
    private final Grid<ReportListRow> grid = new Grid<>();
    private final Span count = new Span();
    /** Says which subtree the list is limited to (a dashboard drill-down), hidden otherwise. */
    private final Span subtreeBanner = new Span();
    private final AgencyService agencies;
    private Long subtree;
    /** The reports a dashboard figure counts, when the list is its drill-down; null otherwise. */
    private ReportScope scope;
    /** The cells to highlight in a report opened from this list (dashboard drill-down), or empty. */
    private List<String> cells = List.of();
    private boolean applyingUrl;

    public ReportListView(ReportService service, AgencyService agencies) {
        this.service = service;
        this.agencies = agencies;
        setSizeFull();
        addClassName("report-list-view");

        agency.setLabel(getTranslation("reports.filter.agency"));
        agency.setId("filter-agency");
        agency.setClearButtonVisible(true);
        agency.setValueChangeMode(ValueChangeMode.LAZY);
        year.setLabel(getTranslation("reports.filter.year"));
        year.setId("filter-year");
        year.setEmptySelectionAllowed(true);
        year.setItems(IntStream.rangeClosed(2019, Year.now().getValue()).boxed().sorted((a, b) -> b - a).toList());
        edition.setLabel(getTranslation("reports.filter.edition"));
        edition.setId("filter-edition");
        edition.setEmptySelectionAllowed(true);
        edition.setItems(Edition.values());
        edition.setItemLabelGenerator(e -> e == null ? "" : getTranslation("edition." + e.code()));
        status.setLabel(getTranslation("reports.filter.status"));
        status.setId("filter-status");
        status.setEmptySelectionAllowed(true);
        status.setItems(ReportStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("status." + s.name()));
        errorsOnly.setLabel(getTranslation("reports.filter.errorsOnly"));
        errorsOnly.setId("filter-errors");
        Button clear = new Button(getTranslation("reports.filter.clear"), e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout filters = new HorizontalLayout(agency, year, edition, status, errorsOnly, clear);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        agency.addValueChangeListener(e -> filtersChanged());
        year.addValueChangeListener(e -> filtersChanged());
        edition.addValueChangeListener(e -> filtersChanged());
        status.addValueChangeListener(e -> filtersChanged());
        errorsOnly.addValueChangeListener(e -> filtersChanged());

        grid.setId("report-grid");
        grid.addColumn(ReportListRow::agencyName).setHeader(getTranslation("reports.col.agency"))
                .setKey("agency").setSortable(true).setFlexGrow(3);
        grid.addColumn(ReportListRow::year).setHeader(getTranslation("reports.col.year")).setKey("year")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("edition." + r.edition())).setHeader(getTranslation("reports.col.edition"))
                .setKey("edition").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("status." + r.status().name()))
                .setHeader(getTranslation("reports.col.status")).setKey("status").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span s = new Span(String.valueOf(r.errorCount()));
            if (r.errorCount() > 0) {
                s.getElement().setAttribute("theme", "badge error");
            }
            return s;
        }).setHeader(getTranslation("reports.col.errors")).setKey("errors").setSortable(true).setAutoWidth(true);
        grid.addColumn(ReportListRow::warningCount).setHeader(getTranslation("reports.col.warnings"))
                .setKey("warnings").setAutoWidth(true);
        grid.addColumn(r -> r.quality() == null ? "—" : String.valueOf(r.quality()))
                .setHeader(getTranslation("reports.col.quality")).setKey("quality").setSortable(true).setAutoWidth(true);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("year"), SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ReportNavigation.openReport(ui, e.getItem().year(), e.getItem().agencyId(), cells)));
        grid.setSizeFull();
        count.setId("report-count");
        subtreeBanner.setId("report-subtree");
        subtreeBanner.addClassName("subtree-banner");
        subtreeBanner.getElement().getThemeList().add("badge");
        subtreeBanner.setVisible(false);

        H2 title = new H2(getTranslation("reports.title"));
        filters.setId("report-filters");
        add(title, FoldedFilters.toggle(filters, "report-filter-toggle"), filters, subtreeBanner, count, grid);
        setFlexGrow(1, grid);
    }

    /** On a phone the grid keeps the columns a reader needs (agency, year, status, errors); the rest are hidden. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("return window.innerWidth").then(Integer.class, width -> {
            boolean phone = width <= PHONE_WIDTH;
            grid.getColumnByKey("edition").setVisible(!phone);
            grid.getColumnByKey("warnings").setVisible(!phone);
            grid.getColumnByKey("quality").setVisible(!phone);
            if (phone) {
                // an agency's full name over lines rather than cut to "淮安市…"; the short columns keep to their
                // figures, so the grid does not scroll sideways
                grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
                grid.getColumnByKey("agency").setWidth("6em").setFlexGrow(1);
                for (String key : List.of("year", "status", "errors")) {
                    grid.getColumnByKey(key).setAutoWidth(false).setWidth("5em").setFlexGrow(0);
                }
            }
        });
    }

    private ReportListFilter filter() {
        return new ReportListFilter(agency.getValue(), year.getValue(),
                edition.getValue() == null ? null : edition.getValue().code(), status.getValue(),
                errorsOnly.getValue() ? Boolean.TRUE : null, subtree, scope);
    }

    private void refresh() {
        ReportListFilter f = filter();
        grid.setItems(query -> {
            String sort = query.getSortOrders().isEmpty() ? "year" : query.getSortOrders().get(0).getSorted();
            boolean asc = !query.getSortOrders().isEmpty()
                    && query.getSortOrders().get(0).getDirection() == SortDirection.ASCENDING;
            return service.list(f, sort, asc, query.getOffset(), query.getLimit()).stream();
        }, query -> service.count(f));
        count.setText(getTranslation("reports.count", service.count(f)));
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        ReportListFilter f = filter();
        getUI().ifPresent(ui -> ReportNavigation.openList(ui, f, cells));
    }

    private void clearFilters() {
        subtree = null;
        scope = null;
        cells = List.of();
        getUI().ifPresent(ui -> ReportNavigation.openList(ui, ReportListFilter.none(), null));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        applyingUrl = true;
        try {
            agency.setValue(first(p, "agency", ""));
            year.setValue(parseInt(first(p, "year", null)));
            edition.setValue(parseEdition(first(p, "edition", null)));
            status.setValue(parseStatus(first(p, "status", null)));
            errorsOnly.setValue("1".equals(first(p, "errors", null)));
            Integer sub = parseInt(first(p, "subtree", null));
            subtree = sub == null ? null : sub.longValue();
            String scopeParam = first(p, "scope", null);
            scope = scopeParam == null ? null : ReportScope.fromParam(scopeParam);
            cells = ReportNavigation.cells(event.getLocation().getQueryParameters());
        } finally {
            applyingUrl = false;
        }
        showSubtree();
        refresh();
    }

    /** "仅显示 淮安市 及其下属单位的报告" when the list is limited to a subtree the user may read. */
    private void showSubtree() {
        String name = null;
        if (subtree != null) {
            AppUserPrincipal user = CurrentUser.require();
            if (agencies.isInSubtree(user.agencyId(), subtree)) {
                name = agencies.get(subtree).getName();
            }
        }
        String text = name == null ? "" : getTranslation("reports.subtree", name);
        if (scope != null && scope != ReportScope.ALL) {
            text = (text + " " + getTranslation("reports.scope." + scope.name())).strip();
        }
        subtreeBanner.setText(text);
        subtreeBanner.setVisible(!text.isEmpty());
    }

    private static String first(Map<String, List<String>> p, String key, String fallback) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() ? fallback : v.get(0);
    }

    private static Integer parseInt(String s) {
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Edition parseEdition(String s) {
        try {
            return s == null ? null : Edition.fromCode(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ReportStatus parseStatus(String s) {
        try {
            return s == null ? null : ReportStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " · " + getTranslation("app.name");
    }
}
