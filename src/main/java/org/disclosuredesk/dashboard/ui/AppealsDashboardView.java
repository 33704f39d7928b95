package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.disclosuredesk.chart.ChartCard;
import org.disclosuredesk.chart.ChartDataset;
import org.disclosuredesk.chart.ChartPalette;
import org.disclosuredesk.chart.ChartSpec;
import org.disclosuredesk.chart.ChartType;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.dashboard.Metric;
import org.disclosuredesk.dashboard.MetricExpr;
import org.disclosuredesk.dashboard.RollupFigures;
import org.disclosuredesk.dashboard.TemplateFigures;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Part 四: for 行政复议 and both kinds of 行政诉讼, outcomes (维持 / 纠正 / 其他 / 尚未审结) by year,
 * and the correction rate (纠正 ÷ 审结, 审结 = 总计 − 尚未审结) over the years.
 */
@Route("dashboard/appeals")
@PermitAll
class AppealsDashboardView extends DashboardView {

    public AppealsDashboardView(DashboardService service) {
        super(service, DashboardTabs.Tab.APPEALS, false, true);
    }

    @Override
    protected void render(DashboardFilter f) {
        boolean zh = chinese();
        String noData = getTranslation("dashboard.noData");
        List<RollupFigures> years = service.yearly(f.agencyId(), f.fromYear(), f.toYear(), f.scope());
        List<Column> outcomes = TemplateFigures.appealOutcomes();
        List<ChartCard> cards = new ArrayList<>();
        List<Row> groups = TemplateFigures.appealGroups();
        for (int g = 0; g < groups.size(); g++) {
            Row group = groups.get(g);
            List<ChartDataset> series = new ArrayList<>();
            for (int o = 0; o < outcomes.size(); o++) {
                series.add(YearSeries.dataset(outcomes.get(o).label(zh), years,
                        new MetricExpr.Cell(TemplateFigures.appealCell(group, outcomes.get(o))), ChartPalette.color(o),
                        null, null, noData));
            }
            ChartCard card = new ChartCard("chart-appeals-" + group.key(), TemplateFigures.appealGroupLabel(group, zh),
                    ChartSpec.of(ChartType.STACKED_BAR, YearSeries.labels(years), series, unit("件")),
                    getTranslation("dashboard.col.year"), getTranslation("chart.showTable"),
                    getTranslation("chart.showChart"));
            card.addChartClickListener(e -> drill(f.agencyId(), years.get(e.index()).year(),
                    List.of(TemplateFigures.appealCell(group, outcomes.get(e.datasetIndex())))));
            cards.add(card);
        }
        Metric[] rates = {Metric.REVIEW_CORRECTION_RATE, Metric.LITIGATION_CORRECTION_RATE};
        List<ChartDataset> rateSeries = new ArrayList<>();
        for (int i = 0; i < rates.length; i++) {
            rateSeries.add(YearSeries.dataset(getTranslation(rates[i].messageKey()), years, rates[i].expr(),
                    ChartPalette.color(i + 4), null, null, noData));
        }
        ChartCard trend = card("chart-correction-rate", "dashboard.chart.correctionRate",
                ChartSpec.of(ChartType.LINE, YearSeries.labels(years), rateSeries, "%"), "dashboard.col.year");
        trend.withNote(getTranslation("dashboard.correction.detail"));
        trend.addChartClickListener(e -> drill(f.agencyId(), years.get(e.index()).year(),
                rates[e.datasetIndex()].drillCells()));
        cards.add(trend);
        content.add(grid(cards.toArray(ChartCard[]::new)));
    }
}
