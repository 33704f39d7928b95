package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.disclosuredesk.chart.ChartCard;
import org.disclosuredesk.chart.ChartDataset;
import org.disclosuredesk.chart.ChartPalette;
import org.disclosuredesk.chart.ChartSpec;
import org.disclosuredesk.chart.ChartType;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.dashboard.Metric;
import org.disclosuredesk.dashboard.PeerRow;
import org.disclosuredesk.dashboard.RollupFigures;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.Template;

import java.util.List;

/**
 * 政府集中采购 (part 二, 第二十条第（九）项) by year and by agency. The block exists only in the 2019
 * edition: later years say "not in this edition's template" rather than showing 0.
 */
@Route("dashboard/procurement")
@PermitAll
class ProcurementDashboardView extends DashboardView {

    static final int TOP_N = 10;

    public ProcurementDashboardView(DashboardService service) {
        super(service, DashboardTabs.Tab.PROCUREMENT, true, true);
    }

    @Override
    protected void render(DashboardFilter f) {
        var block = Template.of(Edition.E2019).table("s2.art20_9");
        var row = block.row("procurement");
        boolean zh = chinese();
        String amountLabel = row.label(zh) + " · " + block.column("amount").label(zh);
        String countLabel = row.label(zh) + " · " + block.column("count").label(zh);
        String notInTemplate = getTranslation("dashboard.notInTemplate");
        String noData = getTranslation("dashboard.noData");
        List<RollupFigures> years = service.yearly(f.agencyId(), f.fromYear(), f.toYear(), f.scope());

        content.add(new Paragraph(getTranslation("dashboard.procurement.caption", block.title(zh))));
        ChartSpec amount = ChartSpec.of(ChartType.BAR, labels(years, notInTemplate), List.of(YearSeries.dataset(
                amountLabel, years, Metric.PROCUREMENT_AMOUNT.expr(), ChartPalette.color(0),
                Metric.PROCUREMENT_AMOUNT.drillCells().get(0), notInTemplate, noData)), unit("万元"));
        ChartCard amountCard = card("chart-procurement-amount", "dashboard.chart.procurementAmount", amount,
                "dashboard.col.year");
        amountCard.addChartClickListener(e -> drill(f.agencyId(), years.get(e.index()).year(),
                Metric.PROCUREMENT_AMOUNT.drillCells()));
        ChartSpec count = ChartSpec.of(ChartType.BAR, labels(years, notInTemplate), List.of(YearSeries.dataset(
                countLabel, years, Metric.PROCUREMENT_COUNT.expr(), ChartPalette.color(1),
                Metric.PROCUREMENT_COUNT.drillCells().get(0), notInTemplate, noData)), unit("项"));
        ChartCard countCard = card("chart-procurement-count", "dashboard.chart.procurementCount", count,
                "dashboard.col.year");
        countCard.addChartClickListener(e -> drill(f.agencyId(), years.get(e.index()).year(),
                Metric.PROCUREMENT_COUNT.drillCells()));
        content.add(grid(amountCard, countCard));

        if (!Metric.PROCUREMENT_AMOUNT.inTemplate(f.year())) {
            Paragraph p = new Paragraph(getTranslation("dashboard.procurement.notInTemplate.detail", f.year()));
            p.setId("procurement-top-not-applicable");
            p.addClassName("dashboard-note");
            content.add(p);
            return;
        }
        List<PeerRow> top = service.top(f.agencyId(), f.year(), f.scope(), Metric.PROCUREMENT_AMOUNT, TOP_N);
        ChartSpec topSpec = ChartSpec.of(ChartType.BAR, top.stream().map(PeerRow::name).toList(),
                List.of(ChartDataset.of(amountLabel, top.stream().map(PeerRow::value).toList(), ChartPalette.color(0))),
                unit("万元")).horizontally();
        ChartCard topCard = new ChartCard("chart-procurement-top",
                getTranslation("dashboard.chart.procurementTop", TOP_N, f.year()), topSpec,
                getTranslation("dashboard.col.agency"), getTranslation("chart.showTable"),
                getTranslation("chart.showChart"));
        topCard.chart().setHeight(Math.max(220, 36 * top.size() + 60) + "px");
        topCard.addChartClickListener(e -> drill(top.get(e.index()).agencyId(), f.year(),
                Metric.PROCUREMENT_AMOUNT.drillCells()));
        content.add(topCard);
    }

    /** Year labels; a year whose template has no procurement block says so under the year. */
    private static List<String> labels(List<RollupFigures> years, String notInTemplate) {
        return years.stream().map(y -> Metric.PROCUREMENT_AMOUNT.inTemplate(y.year())
                ? String.valueOf(y.year()) : y.year() + "\n" + notInTemplate).toList();
    }
}
