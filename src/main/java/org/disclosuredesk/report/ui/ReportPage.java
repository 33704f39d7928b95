package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.ui.NeedsWidth;
import org.disclosuredesk.validation.Finding;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A report with the findings beside it — the report page and the editor: the two-column layout, the
 * report named by the URL, and the findings panel where clicking a finding points at its cells.
 */
abstract class ReportPage extends HorizontalLayout implements NeedsWidth {

    protected final ReportService service;
    protected final VerticalLayout document = new VerticalLayout();
    protected final VerticalLayout findingsPanel = new VerticalLayout();

    ReportPage(ReportService service) {
        this.service = service;
        setSizeFull();
        addClassName("report-view");
        document.addClassName("report-document");
        document.setId("report-document");
        findingsPanel.addClassName("findings-panel");
        findingsPanel.setId("findings-panel");
        findingsPanel.setWidth("26rem");
        add(document, findingsPanel);
        setFlexGrow(1, document);
    }

    /** The report of the route's year and agency, if it exists and the user may read it. */
    static Optional<LoadedReport> fromRoute(ReportService service, BeforeEnterEvent event) {
        Optional<Integer> year = event.getRouteParameters().getInteger("year");
        Optional<Long> agencyId = event.getRouteParameters().getLong("agencyId");
        if (year.isEmpty() || agencyId.isEmpty()) {
            return Optional.empty();
        }
        try {
            return service.find(agencyId.get(), year.get());
        } catch (AccessDeniedException e) {
            return Optional.empty(); // the same answer as for a report that does not exist
        }
    }

    /** Heading and summary of the findings panel; {@code extraProblems} are shown before the rule findings. */
    protected void showFindingsHeader(List<Finding> findings, int extraProblems) {
        findingsPanel.removeAll();
        findingsPanel.add(new H3(getTranslation("report.findings")));
        long errors = findings.stream().filter(Finding::isError).count();
        Span summary = new Span(findings.isEmpty() && extraProblems == 0 ? getTranslation("report.findings.none")
                : getTranslation("report.findings.summary", errors, findings.size() - errors));
        summary.setId("findings-summary");
        findingsPanel.add(summary);
    }

    /** One entry of the findings panel; a click hands its cells to {@code onClick}. */
    protected Div findingItem(String badgeText, String rule, boolean error, String message, List<String> cells,
                              Consumer<List<String>> onClick) {
        Div item = new Div();
        item.addClassNames("finding", error ? "finding-error" : "finding-warning");
        item.getElement().setAttribute("data-rule", rule);
        Span badge = new Span(badgeText);
        badge.getElement().setAttribute("theme", "badge " + (error ? "error" : "contrast"));
        item.add(badge, new Span(" " + message));
        if (!cells.isEmpty()) {
            item.addClickListener(e -> onClick.accept(cells));
        }
        return item;
    }
}
