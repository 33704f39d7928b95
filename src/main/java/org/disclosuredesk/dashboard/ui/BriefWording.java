package org.disclosuredesk.dashboard.ui;

import org.disclosuredesk.chart.ChartTable;
import org.disclosuredesk.dashboard.AgencyRef;
import org.disclosuredesk.dashboard.Headline;
import org.disclosuredesk.dashboard.LeadershipBrief;
import org.disclosuredesk.dashboard.Metric;
import org.disclosuredesk.dashboard.OpenFinding;
import org.disclosuredesk.dashboard.PeerRow;
import org.disclosuredesk.dashboard.RollupFigures;
import org.disclosuredesk.export.BriefDocument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A {@link LeadershipBrief} worded in the reader's language, with the dashboard's own number formats, as the
 * {@link BriefDocument} the PDF lays out.
 */
final class BriefWording {

    private static final List<Metric> CHANGE_IN_POINTS = List.of(Metric.ANSWERED_SHARE,
            Metric.REVIEW_CORRECTION_RATE, Metric.LITIGATION_CORRECTION_RATE);

    private final DashboardView view;
    /** The reader's language, passed in: the download request that asks for the brief has no current UI. */
    private final Locale locale;

    private BriefWording(DashboardView view, Locale locale) {
        this.view = view;
        this.locale = locale;
    }

    static BriefDocument of(LeadershipBrief b, DashboardFilter f, DashboardView view, Locale locale,
                            LocalDateTime now) {
        return new BriefWording(view, locale).document(b, f, now);
    }

    private String t(String key, Object... args) {
        return view.getTranslation(locale, key, args);
    }

    private String format(BigDecimal v, String unitZh) {
        return ChartTable.format(v, view.unit(unitZh, locale), locale);
    }

    private BriefDocument document(LeadershipBrief b, DashboardFilter f, LocalDateTime now) {
        Headline h = b.headline();
        List<String> subtitle = List.of(
                b.path().stream().map(AgencyRef::name).collect(Collectors.joining(" / ")) + " · "
                        + t("brief.years", String.valueOf(f.fromYear()), String.valueOf(f.toYear())) + " · " + t("brief.scope",
                        t("dashboard.scope." + b.scope().name())),
                t("brief.made", now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        return new BriefDocument(t("brief.title", b.region().name(), String.valueOf(h.year())), subtitle,
                t("brief.figures", String.valueOf(h.year())), figures(b), charts(b), tables(b), t("brief.footer"));
    }

    private List<BriefDocument.Figure> figures(LeadershipBrief b) {
        Headline h = b.headline();
        List<BriefDocument.Figure> out = new ArrayList<>();
        out.add(new BriefDocument.Figure(t("brief.reports"), format(BigDecimal.valueOf(h.reports()), "份"),
                t("brief.reporting", h.reportingAgencies())));
        for (Metric m : Metric.values()) {
            BigDecimal v = h.figure(m);
            String value = m.editionBound() && !h.procurementInTemplate() ? t("dashboard.notInTemplate")
                    : v == null ? "—" : format(v, m.unit());
            out.add(new BriefDocument.Figure(t(m.messageKey()), value, change(m, v,
                    b.previous() == null ? null : b.previous().figure(m))));
        }
        out.add(new BriefDocument.Figure(t("dashboard.metric.NOT_SUBMITTED"),
                format(BigDecimal.valueOf(h.notSubmitted()), "家"), ""));
        return out;
    }

    private String change(Metric m, BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "";
        }
        if (CHANGE_IN_POINTS.contains(m)) {
            return t("brief.changePoints", signed(now.subtract(before)));
        }
        if (before.signum() == 0) {
            return "";
        }
        return t("brief.changePercent", signed(now.subtract(before).multiply(BigDecimal.valueOf(100))
                .divide(before, MathContext.DECIMAL64)));
    }

    private String signed(BigDecimal v) {
        String s = format(v.abs(), "");
        return (v.signum() > 0 ? "+" : v.signum() < 0 ? "−" : "±") + s;
    }

    private List<BriefDocument.Chart> charts(LeadershipBrief b) {
        List<String> years = b.years().stream().map(r -> String.valueOf(r.year())).toList();
        return List.of(
                chart("dashboard.metric.REQUESTS_RECEIVED", Metric.REQUESTS_RECEIVED, true, b, years),
                new BriefDocument.Chart(t("brief.chart.rates"), "%", false, years, List.of(
                        series(Metric.ANSWERED_SHARE, b), series(Metric.REVIEW_CORRECTION_RATE, b),
                        series(Metric.LITIGATION_CORRECTION_RATE, b))),
                chart("dashboard.metric.QUALITY_SCORE", Metric.QUALITY_SCORE, true, b, years),
                chart("dashboard.metric.REPORTS_WITH_ERRORS", Metric.REPORTS_WITH_ERRORS, true, b, years));
    }

    private BriefDocument.Chart chart(String titleKey, Metric m, boolean bars, LeadershipBrief b, List<String> years) {
        return new BriefDocument.Chart(t(titleKey), view.unit(m.unit(), locale), bars, years, List.of(series(m, b)));
    }

    private BriefDocument.Series series(Metric m, LeadershipBrief b) {
        List<BigDecimal> values = new ArrayList<>();
        for (RollupFigures r : b.years()) {
            values.add(r.reportCount() == 0 ? null : m.expr().eval(r));
        }
        return new BriefDocument.Series(t(m.messageKey()), values);
    }

    private List<BriefDocument.Table> tables(LeadershipBrief b) {
        List<BriefDocument.Table> out = new ArrayList<>();
        List<String> header = List.of(t("dashboard.col.rank"), t("dashboard.col.agency"), t(b.rankedBy().messageKey()),
                t("dashboard.col.reports"));
        float[] widths = {0.8f, 5, 1.6f, 1.1f};
        boolean[] right = {true, false, true, true};
        String note = t("brief.rankNote", b.rankedPeers());
        if (b.top().isEmpty()) {
            out.add(new BriefDocument.Table(t("brief.top", LeadershipBrief.RANKED_SHOWN), header, List.of(), widths,
                    right, t("brief.noRanking")));
        } else {
            out.add(new BriefDocument.Table(t("brief.top", LeadershipBrief.RANKED_SHOWN), header, ranked(b, b.top()),
                    widths, right, null));
            out.add(new BriefDocument.Table(t("brief.bottom", LeadershipBrief.RANKED_SHOWN), header,
                    ranked(b, b.bottom()), widths, right, note));
        }
        Headline h = b.headline();
        List<List<String>> open = new ArrayList<>();
        open.add(List.of(t("brief.open.errors"), format(BigDecimal.valueOf(b.reportsWithErrors()), "份")));
        open.add(List.of(t("brief.open.warnings"), format(BigDecimal.valueOf(b.reportsWithFindings()
                - b.reportsWithErrors()), "份")));
        open.add(List.of(t("brief.open.unreviewed"), format(BigDecimal.valueOf(h.unreviewed()), "份")));
        open.add(List.of(t("dashboard.metric.NOT_SUBMITTED"), format(BigDecimal.valueOf(h.notSubmitted()), "家")));
        open.add(List.of(t("brief.open.corrections"), format(BigDecimal.valueOf(h.correctionsOpen()), "份")));
        out.add(new BriefDocument.Table(t("brief.open", String.valueOf(h.year())), List.of(t("brief.open.item"), t("brief.open.count")),
                open, new float[]{5, 1.5f}, new boolean[]{false, true}, null));
        if (!b.findingsShown().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (OpenFinding r : b.findingsShown()) {
                rows.add(List.of(r.agencyName(), String.valueOf(r.year()), t("status." + r.status().name()),
                        String.valueOf(r.errors()), String.valueOf(r.warnings())));
            }
            out.add(new BriefDocument.Table(t("brief.errors"), List.of(t("dashboard.col.agency"), t("brief.col.year"),
                    t("brief.col.status"), t("brief.col.errors"), t("brief.col.warnings")), rows,
                    new float[]{5, 1, 1.4f, 1, 1}, new boolean[]{false, true, false, true, true},
                    b.reportsWithFindings() > rows.size() ? t("brief.errorsMore", rows.size(), b.reportsWithFindings())
                            : null));
        }
        return out;
    }

    private List<List<String>> ranked(LeadershipBrief b, List<PeerRow> rows) {
        return rows.stream().map(p -> List.of(p.rank() == null ? "—" : String.valueOf(p.rank()), p.name(),
                format(p.value(), b.rankedBy().unit()), String.valueOf(p.reports()))).toList();
    }
}
