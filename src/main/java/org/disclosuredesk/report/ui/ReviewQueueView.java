package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.disclosuredesk.report.ReportListFilter;
import org.disclosuredesk.report.ReportListRow;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportStatus;
import org.disclosuredesk.report.ReportWorkflow;
import org.disclosuredesk.security.Roles;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reviewers: the submitted reports of their subtree, with their rule findings, oldest first. Reports the
 * reviewer submitted themselves are marked as waiting for another reviewer (separation of duties).
 */
@Route("review")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ReportListRow> grid = new Grid<>();
    /** Of the rows fetched so far, those the current user submitted last (the view lives as long as the page). */
    private final Set<Long> ownSubmissions = new HashSet<>();

    public ReviewQueueView(ReportService service, ReportWorkflow workflow) {
        setSizeFull();
        ReportListFilter submitted = new ReportListFilter(null, null, null, ReportStatus.SUBMITTED, null, null);
        grid.setId("review-grid");
        grid.addColumn(ReportListRow::agencyName).setHeader(getTranslation("reports.col.agency")).setFlexGrow(3);
        grid.addColumn(ReportListRow::year).setHeader(getTranslation("reports.col.year")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("edition." + r.edition())).setHeader(getTranslation("reports.col.edition"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span s = new Span(String.valueOf(r.errorCount()));
            if (r.errorCount() > 0) {
                s.getElement().setAttribute("theme", "badge error");
            }
            return s;
        }).setHeader(getTranslation("reports.col.errors")).setAutoWidth(true);
        grid.addColumn(ReportListRow::warningCount).setHeader(getTranslation("reports.col.warnings")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span s = new Span();
            if (ownSubmissions.contains(r.reportId())) {
                s.setText(getTranslation("reviewQueue.awaitingAnother"));
                s.getElement().setAttribute("theme", "badge contrast");
            }
            return s;
        }).setHeader(getTranslation("reviewQueue.col.note")).setAutoWidth(true);
        grid.setItems(q -> {
            List<ReportListRow> page = service.list(submitted, "year", true, q.getOffset(), q.getLimit());
            ownSubmissions.addAll(workflow.awaitingAnotherReviewer(page.stream().map(ReportListRow::reportId).toList()));
            return page.stream();
        }, q -> service.count(submitted));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ReportNavigation.openReport(ui, e.getItem().year(), e.getItem().agencyId(), null)));
        Span count = new Span(getTranslation("reviewQueue.count", service.count(submitted)));
        count.setId("review-count");
        add(new H2(getTranslation("reviewQueue.title")), count, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviewQueue.title");
    }
}
