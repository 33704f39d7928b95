package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.disclosuredesk.export.CanonicalJson;
import org.disclosuredesk.export.OfficialHtmlExporter;
import org.disclosuredesk.export.ReportCsvExporter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.disclosuredesk.ui.OfficialLayout;
import org.disclosuredesk.ui.OfficialTables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportWorkflow;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.i18n.Messages;
import org.disclosuredesk.ui.LanguageSwitch;
import org.disclosuredesk.validation.Finding;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One report, read-only, in the official layout: the six parts in order, the tables generated from
 * the template, and the rule findings beside them. {@code ?cell=KEY} highlights one cell (drill-down).
 */
@Route("reports/:year/:agencyId")
@PermitAll
class ReportView extends ReportPage implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ReportWorkflow workflow;
    private String title = "";

    public ReportView(ReportService service, ReportWorkflow workflow) {
        super(service);
        this.workflow = workflow;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document.removeAll();
        findingsPanel.removeAll();
        Optional<LoadedReport> loaded = fromRoute(service, event);
        if (loaded.isEmpty()) {
            title = getTranslation("report.notFound");
            Paragraph missing = new Paragraph(getTranslation("report.notFound"));
            missing.setId("report-not-found");
            document.add(missing, new Anchor(ReportNavigation.LIST, getTranslation("report.back")));
            return;
        }
        String highlight = event.getLocation().getQueryParameters().getSingleParameter(ReportNavigation.CELL).orElse(null);
        show(loaded.get(), highlight);
    }

    private void show(LoadedReport loaded, String highlight) {
        boolean zh = LanguageSwitch.chinese();
        ReportContent content = loaded.content();
        title = getTranslation("report.title", content.agencyName(), String.valueOf(content.year()));
        H2 heading = new H2(title);
        heading.setId("report-title");
        Paragraph path = new Paragraph(loaded.agencyPath());
        path.addClassName("agency-path");
        Paragraph meta = new Paragraph(getTranslation("report.meta",
                getTranslation("edition." + content.edition().code()), content.edition().documentNumber(),
                getTranslation("status." + loaded.report().getStatus().name()), loaded.report().getRevision(),
                TIME.format(loaded.report().getUpdatedAt())));
        meta.addClassName("report-meta");
        document.add(new Anchor(ReportNavigation.LIST, getTranslation("report.back")), heading, path, meta);
        if (loaded.report().getReturnReason() != null && !loaded.report().getReturnReason().isBlank()) {
            Paragraph reason = new Paragraph(getTranslation("editor.returned", loaded.report().getReturnReason()));
            reason.addClassName("return-banner");
            document.add(reason);
        }
        document.add(new ReportActions(loaded, service, workflow,
                url -> getUI().ifPresent(ui -> ui.navigate(url))));
        document.add(exports(loaded.report().getId(), "report-" + content.year() + "-" + loaded.report().getAgencyId()));

        Map<String, OfficialTables.CellProblems> problems = OfficialTables.problemsOf(loaded.findings(), zh);
        OfficialTables tables = new OfficialTables(zh, OfficialTables.readOnly(content, problems,
                v -> v.isBlank() ? "" : getTranslation("report.cell.na")));
        Template template = content.template();
        OfficialLayout.addSixParts(document, template, zh, tables, part -> narrative(part, content, zh));
        if (highlight != null && template.hasCell(highlight)) {
            document.getElement().executeJs(
                    "const c = this.querySelector('[data-cell=\"' + $0 + '\"]');"
                            + "if (c) { c.classList.add('highlight'); c.scrollIntoView({block: 'center'}); }",
                    highlight);
        }
        showFindings(loaded.findings(), zh);
    }

    private Component narrative(NarrativePart part, ReportContent content, boolean zh) {
        Div section = new Div();
        section.addClassName("narrative");
        section.setId("narrative-" + part.key());
        section.add(new H3(part.heading(zh)));
        String text = content.narrative(part);
        if (text.isBlank()) {
            Paragraph empty = new Paragraph(getTranslation("report.narrative.empty"));
            empty.addClassName("empty");
            section.add(empty);
        } else {
            for (String para : text.split("\\n\\s*\\n|\\n")) {
                if (!para.isBlank()) {
                    section.add(new Paragraph(para.strip()));
                }
            }
        }
        return section;
    }

    private void showFindings(List<Finding> findings, boolean zh) {
        showFindingsHeader(findings, 0);
        for (Finding f : findings) {
            findingsPanel.add(findingItem(f.ruleId(), f.ruleId(), f.isError(), Messages.render(f.message(), zh), f.cells(),
                    cells -> document.getElement().executeJs("""
                            this.querySelectorAll('.highlight').forEach(c => c.classList.remove('highlight'));
                            const found = $0.split(',').map(k => this.querySelector('[data-cell="' + k + '"]'))
                                .filter(c => c);
                            found.forEach(c => c.classList.add('highlight'));
                            if (found.length) found[0].scrollIntoView({block: 'center'});""",
                            String.join(",", cells))));
        }
    }

    /** Downloads of the report as stored now (read again at download time, with the reader's rights). */
    private Component exports(long reportId, String baseName) {
        HorizontalLayout links = new HorizontalLayout(
                download("export-html", "report.export.html", reportId, baseName + ".html", "text/html;charset=UTF-8",
                        r -> OfficialHtmlExporter.render(r.content())),
                download("export-csv", "report.export.csv", reportId, baseName + ".csv", "text/csv;charset=UTF-8",
                        r -> ReportCsvExporter.render(r.content())),
                download("export-json", "report.export.json", reportId, baseName + ".json",
                        "application/json;charset=UTF-8",
                        r -> CanonicalJson.toJsonLine(r.content(), r.findings(), List.of())));
        links.addClassName("report-exports");
        return links;
    }

    private Anchor download(String id, String labelKey, long reportId, String fileName, String type,
                            Function<LoadedReport, String> render) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = render.apply(service.findById(reportId).orElseThrow()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), getTranslation(labelKey));
        a.setId(id);
        a.getElement().setAttribute("download", true);
        return a;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
