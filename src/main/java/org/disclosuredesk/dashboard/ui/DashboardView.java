package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.disclosuredesk.dashboard.LeadershipBrief;
import org.disclosuredesk.export.BriefPdfRenderer;
import org.disclosuredesk.export.OfficialPdfExporter;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.disclosuredesk.chart.ChartCard;
import org.disclosuredesk.chart.ChartSpec;
import org.disclosuredesk.chart.ChartTable;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.dashboard.Freshness;
import org.disclosuredesk.dashboard.Headline;
import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.report.ReportListFilter;
import org.disclosuredesk.report.ui.ReportNavigation;
import org.disclosuredesk.ui.LanguageSwitch;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Common frame of the dashboard views: title, the view tabs, the filter bar, and the content the
 * concrete view renders for the filter read from the URL. Styles: the dashboard block
 * of styles.css.
 */
abstract class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final DashboardService service;
    private final DashboardTabs tabs;
    private final DashboardFilterBar filterBar;
    protected final Div content = new Div();
    protected DashboardFilter filter;
    /** The filter's headline, read once per navigation: the scope note and a view's figures show the same one. */
    private Headline headline;

    /** Whether the view's figures count reports by {@link ReportScope} (the tracker follows the workflow instead). */
    private final boolean usesScope;
    private final Paragraph scopeNote = new Paragraph();
    private final Paragraph freshness = new Paragraph();
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String PRESENTING = "dashboard.presenting";
    private final Button present = new Button();

    protected DashboardView(DashboardService service, DashboardTabs.Tab tab, boolean usesYear, boolean usesRange) {
        this(service, tab, usesYear, usesRange, true);
    }

    protected DashboardView(DashboardService service, DashboardTabs.Tab tab, boolean usesYear, boolean usesRange,
                            boolean usesScope) {
        this.service = service;
        addClassName("dashboard-view");
        setWidthFull();
        tabs = new DashboardTabs(tab);
        this.usesScope = usesScope;
        filterBar = new DashboardFilterBar(service, tab.route(), usesYear, usesRange, usesScope, this::navigate);
        scopeNote.setId("dashboard-scope-note");
        scopeNote.addClassName("dashboard-scope-note");
        scopeNote.setVisible(usesScope);
        freshness.setId("dashboard-freshness");
        freshness.addClassName("dashboard-freshness");
        content.addClassName("dashboard-content");
        content.setWidthFull();
        H2 title = new H2(getTranslation(tab.titleKey()));
        title.setId("dashboard-title");
        present.setId("dashboard-present");
        present.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        present.addClickListener(e -> present(!presenting()));
        HorizontalLayout actions = new HorizontalLayout(briefDownload(), present);
        actions.addClassName("dashboard-actions");
        actions.setAlignItems(Alignment.CENTER);
        HorizontalLayout top = new HorizontalLayout(title, actions);
        top.addClassName("dashboard-top");
        top.setWidthFull();
        top.setAlignItems(Alignment.CENTER);
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        add(top, tabs, filterBar, scopeNote, freshness, content);
        Shortcuts.addShortcutListener(this, () -> present(false), Key.ESCAPE).listenOn(this);
    }

    /**
     * The leadership brief of what the filters select, as a printable PDF, made when the link is followed; a server
     * without a Chinese face to embed says so on the link instead.
     */
    private Anchor briefDownload() {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            DashboardFilter f = filter;
            Locale locale = event.getUI().getLocale();
            LeadershipBrief brief = service.brief(f.agencyId(), f.year(), f.fromYear(), f.toYear(), f.scope());
            byte[] pdf = BriefPdfRenderer.render(BriefWording.of(brief, f, this, locale, LocalDateTime.now()));
            String name = getTranslation(locale, "brief.fileName", brief.region().name(), String.valueOf(f.year()))
                    + ".pdf";
            return new DownloadResponse(new ByteArrayInputStream(pdf), name, "application/pdf", pdf.length);
        }), "");
        a.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("brief.download")));
        a.setId("dashboard-brief");
        a.addClassName("dashboard-brief");
        a.getElement().setAttribute("download", true);
        a.setTitle(getTranslation(OfficialPdfExporter.available() ? "brief.download.title" : "export.pdf.noFont"));
        a.setEnabled(OfficialPdfExporter.available());
        return a;
    }

    /**
     * Presentation mode, for a projector: larger type, the app's header and side navigation hidden (styles.css,
     * html.dd-presenting). It lasts for the session across the dashboard's views; {@code ?present=1} in a link turns
     * it on, {@code ?present=0} off.
     */
    private boolean presenting() {
        return Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(PRESENTING));
    }

    private void present(boolean on) {
        VaadinSession.getCurrent().setAttribute(PRESENTING, on);
        showPresenting();
    }

    private void showPresenting() {
        boolean on = presenting();
        setClassName("presenting", on);
        present.setText(getTranslation(on ? "dashboard.present.exit" : "dashboard.present"));
        present.setIcon((on ? VaadinIcon.COMPRESS_SQUARE : VaadinIcon.EXPAND_SQUARE).create());
        getElement().executeJs("document.documentElement.classList.toggle('dd-presenting', $0)", on);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // after the previous view's detach took the class away (onDetach), when moving between dashboard views
        showPresenting();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // the header and navigation come back on any other page
        detachEvent.getUI().getPage().executeJs("document.documentElement.classList.remove('dd-presenting')");
        super.onDetach(detachEvent);
    }

    protected String route() {
        return tabs.current().route();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long home = service.homeAgency();
        DashboardFilter requested = DashboardFilter.from(event.getLocation().getQueryParameters().getParameters(),
                home, Integer.MIN_VALUE);
        content.removeAll();
        try {
            int latest = service.latestYear(requested.agencyId());
            filter = DashboardFilter.from(event.getLocation().getQueryParameters().getParameters(), home, latest);
        } catch (AccessDeniedException e) {
            filter = DashboardFilter.from(Map.of(), home, service.latestYear(home));
            Paragraph refused = new Paragraph(getTranslation("dashboard.error.scope"));
            refused.addClassName("dashboard-error");
            content.add(refused);
        }
        List<String> presentParam = event.getLocation().getQueryParameters().getParameters().get("present");
        if (presentParam != null && !presentParam.isEmpty()) {
            VaadinSession.getCurrent().setAttribute(PRESENTING, "1".equals(presentParam.get(0)));
        }
        showPresenting();
        tabs.show(filter);
        filterBar.show(filter);
        try {
            if (usesScope) {
                scopeNote.setText(scopeNote(headline()));
            }
            showFreshness(service.freshness(filter.agencyId()));
            render(filter);
        } finally {
            headline = null; // not kept in the session once the view is built
        }
    }

    /**
     * Which reports the figures count, and how many of the year's reports they leave out: "2024 年度 · 已审核口径：计入
     * 122 份…；另有 45 份未审核，未计入。" A director can tell from the screen alone what a number counts.
     */
    private String scopeNote(Headline h) {
        String note = switch (h.scope()) {
            case ALL -> getTranslation("dashboard.scopeNote.ALL", h.year(), h.reports(), h.unreviewed());
            default -> getTranslation("dashboard.scopeNote." + h.scope().name(), h.year(), h.reports(),
                    h.reportsLeftOut());
        };
        if (h.scope() != ReportScope.ALL && h.correctionsOpen() > 0) {
            note += " " + getTranslation("dashboard.scopeNote.corrections", h.correctionsOpen());
        }
        return note;
    }

    /**
     * "数据更新于 14:03:22": every save before that moment is counted (now, when the refresher has nothing pending in
     * the subtree); the tooltip says how often the figures are refreshed (decision 017).
     */
    private void showFreshness(Freshness f) {
        freshness.setText(getTranslation("dashboard.freshness", AS_OF.format(f.asOf())));
        double seconds = f.refreshInterval().toMillis() / 1000.0;
        freshness.setTitle(getTranslation("dashboard.freshness.title", seconds));
        freshness.setClassName("pending", !f.current());
    }

    /** The headline of the current filter, asked of the server once per navigation. */
    protected Headline headline() {
        if (headline == null) {
            headline = service.headline(filter.agencyId(), filter.year(), filter.scope());
        }
        return headline;
    }

    /** Fills {@link #content} for the filter. */
    protected abstract void render(DashboardFilter f);

    protected void navigate(DashboardFilter f) {
        getUI().ifPresent(ui -> ui.navigate(route(), f.toQuery()));
    }

    /** To the reports of the subtree (and year), which will highlight {@code cellKeys}: every cell the figure reads. */
    protected void drill(long subtreeId, Integer year, List<String> cellKeys) {
        ReportListFilter subtree = new ReportListFilter(null, year, null, null, null, subtreeId, filter.scope());
        getUI().ifPresent(ui -> ReportNavigation.openList(ui, subtree, cellKeys));
    }

    protected boolean chinese() {
        return LanguageSwitch.isChinese(getLocale());
    }

    protected String format(BigDecimal v, String unit) {
        return ChartTable.format(v, unit(unit), getLocale());
    }

    /** A unit in the user's language: 件 / 项 / 万元 are the template's units, "%" stays as it is. */
    protected String unit(String unitZh) {
        return unit(unitZh, getLocale());
    }

    protected String unit(String unitZh, Locale locale) {
        return unitZh == null || unitZh.isEmpty() || "%".equals(unitZh) ? unitZh
                : getTranslation(locale, "unit." + unitZh);
    }

    protected ChartCard card(String id, String titleKey, ChartSpec spec, String categoryKey) {
        return new ChartCard(id, getTranslation(titleKey), spec, getTranslation(categoryKey),
                getTranslation("chart.showTable"), getTranslation("chart.showChart"));
    }

    protected Div grid(Component... cards) {
        Div g = new Div(cards);
        g.addClassName("dashboard-grid");
        return g;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(tabs.current().titleKey()) + " · " + getTranslation("app.name");
    }
}
