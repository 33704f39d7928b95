package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.disclosuredesk.chart.ChartCard;
import org.disclosuredesk.chart.ChartDataset;
import org.disclosuredesk.chart.ChartPalette;
import org.disclosuredesk.chart.ChartSpec;
import org.disclosuredesk.chart.ChartType;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.dashboard.RollupFigures;
import org.disclosuredesk.dashboard.TemplateFigures;
import org.disclosuredesk.dashboard.TemplateFigures.Figure;
import org.disclosuredesk.dashboard.TemplateFigures.ReasonGroup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How requests were answered (part 三): outcomes （一）–（六） by year, this year's split, the reasons
 * behind 不予公开 / 无法提供 / 不予处理, and who asked. Every label is the template's.
 */
@Route("dashboard/requests")
@PermitAll
class RequestsDashboardView extends DashboardView {

    public RequestsDashboardView(DashboardService service) {
        super(service, DashboardTabs.Tab.REQUESTS, true, true);
    }

    @Override
    protected void render(DashboardFilter f) {
        boolean zh = chinese();
        String noData = getTranslation("dashboard.noData");
        List<Figure> outcomes = TemplateFigures.outcomeCategories();
        List<RollupFigures> years = service.yearly(f.agencyId(), f.fromYear(), f.toYear(), f.scope());

        List<ChartDataset> byYear = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            byYear.add(YearSeries.dataset(outcomes.get(i).label(zh), years, outcomes.get(i).expr(),
                    ChartPalette.color(i), null, null, noData));
        }
        ChartCard stacked = card("chart-outcomes-by-year", "dashboard.chart.outcomesByYear",
                ChartSpec.of(ChartType.STACKED_BAR, YearSeries.labels(years), byYear, unit("件")), "dashboard.col.year");
        stacked.addChartClickListener(e -> drill(f.agencyId(), years.get(e.index()).year(),
                outcomes.get(e.datasetIndex()).cellKeys()));

        RollupFigures current = years.stream().filter(y -> y.year() == f.year()).findFirst()
                .orElseGet(() -> service.yearly(f.agencyId(), f.year(), f.year(), f.scope()).get(0));
        ChartCard split = card("chart-outcomes-split", "dashboard.chart.outcomesSplit",
                doughnut(outcomes, current, zh), "dashboard.col.outcome");
        split.addChartClickListener(e -> drill(f.agencyId(), f.year(), outcomes.get(e.index()).cellKeys()));
        content.add(grid(stacked, split));

        List<ChartCard> reasonCards = new ArrayList<>();
        List<ReasonGroup> groups = TemplateFigures.reasonGroups();
        for (int g = 0; g < groups.size(); g++) {
            ReasonGroup group = groups.get(g);
            List<Figure> reasons = group.reasons();
            ChartSpec spec = ChartSpec.of(ChartType.BAR, reasons.stream().map(r -> r.label(zh)).toList(),
                    List.of(ChartDataset.of(group.label(zh), values(reasons, current), ChartPalette.color(g + 2))),
                    unit("件")).horizontally();
            ChartCard card = new ChartCard("chart-reasons-" + g, group.label(zh) + " · " + f.year(), spec,
                    getTranslation("dashboard.col.reason"), getTranslation("chart.showTable"),
                    getTranslation("chart.showChart"));
            card.chart().setHeight(Math.max(200, 34 * reasons.size() + 60) + "px");
            card.addChartClickListener(e -> drill(f.agencyId(), f.year(), reasons.get(e.index()).cellKeys()));
            reasonCards.add(card);
        }
        List<Figure> applicants = TemplateFigures.applicantTypes();
        ChartCard applicantCard = card("chart-applicants", "dashboard.chart.applicants",
                doughnut(applicants, current, zh), "dashboard.col.applicant");
        applicantCard.addChartClickListener(e -> drill(f.agencyId(), f.year(),
                applicants.get(e.index()).cellKeys()));
        reasonCards.add(applicantCard);
        content.add(grid(reasonCards.toArray(ChartCard[]::new)));
    }

    private ChartSpec doughnut(List<Figure> figures, RollupFigures year, boolean zh) {
        return ChartSpec.of(ChartType.DOUGHNUT, figures.stream().map(o -> o.label(zh)).toList(),
                List.of(ChartDataset.of(String.valueOf(year.year()), values(figures, year), ChartPalette.color(0))
                        .withColors(ChartPalette.colors(figures.size()))), unit("件"));
    }

    private static List<BigDecimal> values(List<Figure> figures, RollupFigures year) {
        return figures.stream().map(r -> r.expr().eval(year)).toList();
    }
}
