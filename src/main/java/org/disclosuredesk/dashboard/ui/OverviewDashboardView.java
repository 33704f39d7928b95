package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.disclosuredesk.chart.ChartCard;
import org.disclosuredesk.chart.ChartPalette;
import org.disclosuredesk.chart.ChartSpec;
import org.disclosuredesk.chart.ChartType;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.dashboard.Headline;
import org.disclosuredesk.dashboard.Metric;
import org.disclosuredesk.dashboard.RollupFigures;
import org.disclosuredesk.dashboard.TemplateFigures;
import org.disclosuredesk.dashboard.SubmissionState;
import org.disclosuredesk.report.ReportListFilter;
import org.disclosuredesk.report.ui.ReportNavigation;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.Template;

import java.math.BigDecimal;
import java.util.List;

/** Headline figures of the selected subtree and year, and the requests received over the years. */
@Route("dashboard")
@PermitAll
class OverviewDashboardView extends DashboardView {

    public OverviewDashboardView(DashboardService service) {
        super(service, DashboardTabs.Tab.OVERVIEW, true, true);
    }

    @Override
    protected void render(DashboardFilter f) {
        Headline h = headline();
        Div cards = new Div();
        cards.addClassName("figure-cards");
        cards.setId("headline-figures");
        var s3 = Template.of(Edition.E2021).table("s3");
        cards.add(figure(h, Metric.REQUESTS_RECEIVED,
                s3.row("new_received").labelZh().substring(2) + " + " + s3.row("carried_over").labelZh().substring(2),
                s3.row("new_received").labelEn().substring(3) + " + " + s3.row("carried_over").labelEn().substring(3)));
        cards.add(figure(h, Metric.ANSWERED_SHARE, s3.row("granted").labelZh() + " + "
                + TemplateFigures.shortLabel(s3.row("partially_granted").labelZh()), s3.row("granted").labelEn() + " + "
                + s3.row("partially_granted").labelEn()));
        cards.add(figure(h, Metric.REVIEW_CORRECTION_RATE, getTranslation("dashboard.correction.detail"), null));
        cards.add(figure(h, Metric.LITIGATION_CORRECTION_RATE, getTranslation("dashboard.correction.detail"), null));
        cards.add(procurement(h, Metric.PROCUREMENT_AMOUNT));
        cards.add(procurement(h, Metric.PROCUREMENT_COUNT));
        cards.add(new FigureCard("figure-REPORTS_WITH_ERRORS", getTranslation(Metric.REPORTS_WITH_ERRORS.messageKey()),
                format(h.figure(Metric.REPORTS_WITH_ERRORS), "份"),
                getTranslation("dashboard.errors.detail", h.reports()), false)
                .onClick(() -> getUI().ifPresent(ui -> ReportNavigation.openList(ui,
                        new ReportListFilter(null, f.year(), null, null, true, f.agencyId(), f.scope()), null))));
        cards.add(new FigureCard("figure-NOT_SUBMITTED", getTranslation("dashboard.metric.NOT_SUBMITTED"),
                format(BigDecimal.valueOf(h.notSubmitted()), "家"),
                getTranslation("dashboard.notSubmitted.detail", h.reportingAgencies(),
                        SubmissionState.deadline(f.year()).toString()), false)
                .onClick(() -> getUI().ifPresent(ui -> ui.navigate(DashboardTabs.Tab.SUBMISSIONS.route(),
                        f.toQuery()))));
        content.add(new Paragraph(getTranslation("dashboard.overview.hint")), cards);

        List<RollupFigures> years = service.yearly(f.agencyId(), f.fromYear(), f.toYear(), f.scope());
        ChartSpec received = ChartSpec.of(ChartType.BAR, YearSeries.labels(years), List.of(
                YearSeries.dataset(getTranslation(Metric.REQUESTS_RECEIVED.messageKey()), years,
                        Metric.REQUESTS_RECEIVED.expr(), ChartPalette.color(0), null, null,
                        getTranslation("dashboard.noData"))), unit("件"));
        ChartCard receivedCard = card("chart-requests-by-year", "dashboard.chart.requestsByYear", received,
                "dashboard.col.year");
        receivedCard.addChartClickListener(e -> drill(f.agencyId(), years.get(e.index()).year(),
                Metric.REQUESTS_RECEIVED.drillCells()));
        ChartSpec rates = ChartSpec.of(ChartType.LINE, YearSeries.labels(years), List.of(
                YearSeries.dataset(getTranslation(Metric.ANSWERED_SHARE.messageKey()), years,
                        Metric.ANSWERED_SHARE.expr(), ChartPalette.color(2), null, null, getTranslation("dashboard.noData")),
                YearSeries.dataset(getTranslation(Metric.REVIEW_CORRECTION_RATE.messageKey()), years,
                        Metric.REVIEW_CORRECTION_RATE.expr(), ChartPalette.color(1), null, null,
                        getTranslation("dashboard.noData")),
                YearSeries.dataset(getTranslation(Metric.LITIGATION_CORRECTION_RATE.messageKey()), years,
                        Metric.LITIGATION_CORRECTION_RATE.expr(), ChartPalette.color(3), null, null,
                        getTranslation("dashboard.noData"))), "%");
        ChartCard ratesCard = card("chart-rates-by-year", "dashboard.chart.ratesByYear", rates, "dashboard.col.year");
        Metric[] rateMetrics = {Metric.ANSWERED_SHARE, Metric.REVIEW_CORRECTION_RATE, Metric.LITIGATION_CORRECTION_RATE};
        ratesCard.addChartClickListener(e -> drill(f.agencyId(), years.get(e.index()).year(),
                rateMetrics[e.datasetIndex()].drillCells()));
        content.add(grid(receivedCard, ratesCard));
    }

    private FigureCard figure(Headline h, Metric m, String detailZh, String detailEn) {
        BigDecimal v = h.figure(m);
        String detail = chinese() || detailEn == null ? detailZh : detailEn;
        FigureCard card = new FigureCard("figure-" + m.name(), getTranslation(m.messageKey()),
                v == null ? getTranslation("dashboard.noData") : format(v, m.unit()), detail, v == null);
        return card.onClick(() -> drill(h.agencyId(), h.year(), m.drillCells()));
    }

    private FigureCard procurement(Headline h, Metric m) {
        BigDecimal v = h.figure(m);
        String value = v != null ? format(v, m.unit())
                : getTranslation(h.procurementInTemplate() ? "dashboard.noData" : "dashboard.notInTemplate");
        String detail = h.procurementInTemplate() ? getTranslation("dashboard.procurement.detail")
                : getTranslation("dashboard.procurement.notInTemplate.detail", h.year());
        FigureCard card = new FigureCard("figure-" + m.name(), getTranslation(m.messageKey()), value, detail, v == null);
        return v == null ? card : card.onClick(() -> drill(h.agencyId(), h.year(), m.drillCells()));
    }
}
