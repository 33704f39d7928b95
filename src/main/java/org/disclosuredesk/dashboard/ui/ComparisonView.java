package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.disclosuredesk.chart.ChartTable;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.dashboard.Metric;
import org.disclosuredesk.dashboard.PeerRow;
import org.disclosuredesk.dashboard.PeerSort;
import org.disclosuredesk.dashboard.TableExport;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The agencies directly under the selected one, side by side for one metric: value, rank and
 * percentile among them, last year and the change, and a flag where the value moved ×5 or ÷5.
 * Lazy and sorted in the database; exports the whole comparison as XLSX or CSV.
 */
@Route("dashboard/comparison")
@PermitAll
class ComparisonView extends DashboardView {

    private Metric metric = Metric.REQUESTS_RECEIVED;

    public ComparisonView(DashboardService service) {
        super(service, DashboardTabs.Tab.COMPARISON, true, false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> m = event.getLocation().getQueryParameters().getParameters().get("metric");
        try {
            metric = m == null || m.isEmpty() ? Metric.REQUESTS_RECEIVED : Metric.valueOf(m.get(0));
        } catch (IllegalArgumentException e) {
            metric = Metric.REQUESTS_RECEIVED;
        }
        super.beforeEnter(event);
    }

    @Override
    protected void navigate(DashboardFilter f) {
        var q = f.toQuery().merging("metric", metric.name());
        getUI().ifPresent(ui -> ui.navigate(route(), q));
    }

    @Override
    protected void render(DashboardFilter f) {
        Select<Metric> metricSelect = new Select<>();
        metricSelect.setId("comparison-metric");
        metricSelect.setLabel(getTranslation("dashboard.filter.metric"));
        metricSelect.setItems(Metric.values());
        metricSelect.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        metricSelect.setValue(metric);
        metricSelect.setWidth("16em");
        metricSelect.addValueChangeListener(e -> {
            metric = e.getValue();
            navigate(f);
        });
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(ev -> download(f, true)),
                getTranslation("dashboard.export.xlsx"));
        xlsx.setId("export-xlsx");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(ev -> download(f, false)),
                getTranslation("dashboard.export.csv"));
        csv.setId("export-csv");
        HorizontalLayout tools = new HorizontalLayout(metricSelect, xlsx, csv);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);

        int peers = service.peerCount(f.agencyId());
        Span count = new Span(getTranslation("dashboard.comparison.count", peers, f.year()));
        count.setId("comparison-count");
        Span percentileHelp = new Span(getTranslation("dashboard.comparison.percentileHelp",
                PeerRow.MIN_PEERS_FOR_PERCENTILE));
        percentileHelp.setId("comparison-percentile-help");
        content.add(tools, count, percentileHelp, grid(f));
    }

    private Grid<PeerRow> grid(DashboardFilter f) {
        Grid<PeerRow> grid = new Grid<>();
        grid.setId("comparison-grid");
        grid.addColumn(PeerRow::name).setHeader(getTranslation("dashboard.col.agency")).setKey(PeerSort.NAME.name())
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(p -> show(p.value(), metric.unit())).setHeader(getTranslation(metric.messageKey()))
                .setKey(PeerSort.VALUE.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> p.rank() == null ? "—" : p.rank() + " / " + p.rankedPeers())
                .setHeader(getTranslation("dashboard.col.rank")).setKey(PeerSort.RANK.name()).setSortable(true)
                .setAutoWidth(true);
        Span percentileHeader = new Span(getTranslation("dashboard.col.percentile"));
        percentileHeader.setTitle(getTranslation("dashboard.comparison.percentileHelp",
                PeerRow.MIN_PEERS_FOR_PERCENTILE));
        grid.addColumn(p -> p.percentile() == null ? "—" : format(p.percentile(), "%"))
                .setHeader(percentileHeader).setKey(PeerSort.PERCENTILE.name())
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> show(p.previous(), metric.unit()))
                .setHeader(getTranslation("dashboard.col.previous", f.year() - 1)).setAutoWidth(true);
        grid.addColumn(p -> p.yoyPercent() == null ? "—" : signed(p.yoyPercent()))
                .setHeader(getTranslation("dashboard.col.yoy")).setKey(PeerSort.YOY.name()).setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(p -> {
            if (!p.anomaly()) {
                return new Span();
            }
            Span s = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("dashboard.anomaly")));
            s.getElement().setAttribute("theme", "badge warning");
            s.addClassName("anomaly");
            return s;
        }).setHeader(getTranslation("dashboard.col.anomaly")).setAutoWidth(true);
        grid.addColumn(PeerRow::reports).setHeader(getTranslation("dashboard.col.reports"))
                .setKey(PeerSort.REPORTS.name()).setSortable(true).setAutoWidth(true);
        grid.setItems(query -> {
            PeerSort sort = PeerSort.ORDER;
            boolean asc = true;
            if (!query.getSortOrders().isEmpty()) {
                sort = PeerSort.valueOf(query.getSortOrders().get(0).getSorted());
                asc = query.getSortOrders().get(0).getDirection() == SortDirection.ASCENDING;
            }
            return service.peers(f.agencyId(), f.year(), f.scope(), metric, sort, asc, query.getOffset(), query.getLimit())
                    .stream();
        }, query -> service.peerCount(f.agencyId()));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(PeerSort.VALUE.name()), SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> drill(e.getItem().agencyId(), f.year(), metric.drillCells()));
        grid.addItemDoubleClickListener(e -> super.navigate(f.withAgency(e.getItem().agencyId())));
        grid.setAllRowsVisible(false);
        grid.setHeight("560px");
        return grid;
    }

    private String show(BigDecimal v, String unit) {
        if (v != null) {
            return format(v, unit);
        }
        return getTranslation(metric.editionBound() ? "dashboard.notApplicableShort" : "dashboard.noData");
    }

    private static String signed(BigDecimal pct) {
        String s = pct.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        return pct.signum() > 0 ? "+" + s : s;
    }

    private DownloadResponse download(DashboardFilter f, boolean excel) {
        Locale locale = userLocale();
        TableExport table = export(f);
        String base = "comparison-" + f.agencyId() + "-" + f.year() + "-" + metric.name().toLowerCase(Locale.ROOT)
                + "-" + f.scope().param();
        byte[] bytes = excel ? table.xlsx(getTranslation(locale, "dashboard.tab.comparison")) : table.csv();
        return new DownloadResponse(new ByteArrayInputStream(bytes), base + (excel ? ".xlsx" : ".csv"),
                excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8",
                bytes.length);
    }

    /**
     * The user's language, also while a download is served: that request has no current UI, where
     * {@code getTranslation(key)} would fall back to the server's default language.
     */
    private Locale userLocale() {
        return getUI().map(UI::getLocale).orElseGet(this::getLocale);
    }

    /**
     * The whole comparison (all peers, not only the loaded page), with the filters and export time on top, in the
     * user's language and rounded as the grid shows the figures.
     */
    TableExport export(DashboardFilter f) {
        Locale locale = userLocale();
        String path = String.join(" › ", service.path(f.agencyId()).stream().map(a -> a.name()).toList());
        String metricName = getTranslation(locale, metric.messageKey());
        List<String> about = List.of(getTranslation(locale, "dashboard.tab.comparison") + " · " + metricName,
                getTranslation(locale, "dashboard.export.filters", path, f.year()),
                getTranslation(locale, "dashboard.export.scope",
                        getTranslation(locale, "dashboard.scope." + f.scope().name())),
                getTranslation(locale, "dashboard.export.time",
                        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))));
        String unit = unit(metric.unit(), locale);
        String withUnit = unit == null || unit.isEmpty() ? "" : " (" + unit + ")";
        List<String> headers = List.of(getTranslation(locale, "dashboard.col.agency"), metricName + withUnit,
                getTranslation(locale, "dashboard.col.rank"), getTranslation(locale, "dashboard.col.percentile") + " (%)",
                getTranslation(locale, "dashboard.col.previous", f.year() - 1) + withUnit,
                getTranslation(locale, "dashboard.col.yoy") + " (%)", getTranslation(locale, "dashboard.col.anomaly"),
                getTranslation(locale, "dashboard.col.reports"));
        List<List<Object>> rows = new ArrayList<>();
        int n = service.peerCount(f.agencyId());
        for (PeerRow p : service.peers(f.agencyId(), f.year(), f.scope(), metric, PeerSort.VALUE, false, 0, Math.max(n, 1))) {
            rows.add(Arrays.asList(p.name(), ChartTable.round(p.value(), metric.unit()), p.rank(),
                    ChartTable.round(p.percentile(), "%"), ChartTable.round(p.previous(), metric.unit()),
                    ChartTable.round(p.yoyPercent(), "%"), p.anomaly() ? getTranslation(locale, "dashboard.anomaly") : null,
                    p.reports()));
        }
        return new TableExport(about, headers, rows);
    }
}
