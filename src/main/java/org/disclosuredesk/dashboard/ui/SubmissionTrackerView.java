package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.dashboard.Headline;
import org.disclosuredesk.dashboard.SubmissionState;
import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.dashboard.TrackerRow;
import org.disclosuredesk.report.ReportStatus;
import org.disclosuredesk.report.ui.ReportNavigation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every reporting agency of the subtree with its report for the year, against the 31 January deadline
 * (Art. 49). Counts come from the rollup; the list is paged in tree order.
 */
@Route("dashboard/submissions")
@PermitAll
class SubmissionTrackerView extends DashboardView {

    private boolean notSubmittedOnly;

    public SubmissionTrackerView(DashboardService service) {
        super(service, DashboardTabs.Tab.SUBMISSIONS, true, false, false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        notSubmittedOnly = "1".equals(event.getLocation().getQueryParameters().getSingleParameter("pending")
                .orElse(null));
        super.beforeEnter(event);
    }

    @Override
    protected void navigate(DashboardFilter f) {
        var q = notSubmittedOnly ? f.toQuery().merging("pending", "1") : f.toQuery();
        getUI().ifPresent(ui -> ui.navigate(route(), q));
    }

    @Override
    protected void render(DashboardFilter f) {
        LocalDate deadline = SubmissionState.deadline(f.year());
        LocalDate today = LocalDate.now();
        Headline h = service.headline(f.agencyId(), f.year(), ReportScope.ALL);
        Map<ReportStatus, Long> statuses = service.statusCounts(f.agencyId(), f.year());
        Div summary = new Div();
        summary.setId("submission-summary");
        summary.addClassName("status-summary");
        summary.add(badge(getTranslation("dashboard.submissions.expected", h.reportingAgencies()), "contrast"));
        summary.add(badge(getTranslation("dashboard.submissions.missing", h.reportingAgencies() - h.reports()),
                "error"));
        for (ReportStatus s : ReportStatus.values()) {
            summary.add(badge(getTranslation("status." + s.name()) + " " + statuses.get(s),
                    s == ReportStatus.PUBLISHED ? "success" : ""));
        }
        if (h.correctionsOpen() > 0) {
            // published reports being corrected: counted above as drafts, still published for the tracker
            Span correcting = badge(getTranslation("dashboard.submissions.correcting", h.correctionsOpen()), "");
            correcting.setId("submission-correcting");
            summary.add(correcting);
        }
        Span deadlineText = new Span(getTranslation("dashboard.submissions.deadline", f.year(), deadline.toString()));
        deadlineText.addClassName("dashboard-note");

        Checkbox pending = new Checkbox(getTranslation("dashboard.submissions.pendingOnly"), notSubmittedOnly);
        pending.setId("submissions-pending-only");
        pending.addValueChangeListener(e -> {
            notSubmittedOnly = e.getValue();
            navigate(f);
        });

        Grid<TrackerRow> grid = new Grid<>();
        grid.setId("submission-grid");
        grid.addColumn(TrackerRow::agencyName).setHeader(getTranslation("dashboard.col.agency")).setFlexGrow(3);
        grid.addColumn(TrackerRow::parentName).setHeader(getTranslation("dashboard.col.parent")).setFlexGrow(2);
        grid.addColumn(r -> r.status() == null ? "—" : getTranslation("status." + r.status().name()))
                .setHeader(getTranslation("reports.col.status")).setAutoWidth(true);
        grid.addColumn(r -> r.publishedOn() == null ? "" : r.publishedOn().toString())
                .setHeader(getTranslation("dashboard.col.publishedOn")).setAutoWidth(true);
        grid.addComponentColumn(r -> state(r, today)).setHeader(getTranslation("dashboard.col.deadline"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.errorCount() == null ? "" : String.valueOf(r.errorCount()))
                .setHeader(getTranslation("reports.col.errors")).setAutoWidth(true);
        grid.setItems(q -> service.tracker(f.agencyId(), f.year(), notSubmittedOnly, q.getOffset(), q.getLimit())
                        .stream(),
                q -> service.trackerCount(f.agencyId(), f.year(), notSubmittedOnly));
        grid.addItemClickListener(e -> {
            if (e.getItem().status() != null) {
                getUI().ifPresent(ui -> ReportNavigation.openReport(ui, f.year(), e.getItem().agencyId(), null));
            }
        });
        grid.setHeight("560px");
        content.add(summary, deadlineText, pending, grid);
    }

    private Span state(TrackerRow r, LocalDate today) {
        SubmissionState s = r.state();
        boolean overdue = r.overdue(today);
        Span span = new Span(getTranslation("dashboard.state." + s.name())
                + (r.correcting() ? " · " + getTranslation("dashboard.state.correcting") : "")
                + (overdue ? " · " + getTranslation("dashboard.state.overdue") : ""));
        String theme = switch (s) {
            case PUBLISHED_ON_TIME -> "badge success";
            case PUBLISHED_LATE -> "badge warning";
            case IN_REVIEW -> overdue ? "badge warning" : "badge";
            case MISSING, NOT_SUBMITTED -> overdue ? "badge error" : "badge contrast";
        };
        span.getElement().setAttribute("theme", theme);
        return span;
    }

    private static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().setAttribute("theme", ("badge " + theme).strip());
        return s;
    }
}
