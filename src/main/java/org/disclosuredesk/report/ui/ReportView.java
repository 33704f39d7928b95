package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.disclosuredesk.export.CanonicalJson;
import org.disclosuredesk.export.OfficialDocxExporter;
import org.disclosuredesk.export.OfficialPdfExporter;
import org.disclosuredesk.export.PdfUnavailableException;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.disclosuredesk.report.PublishedRevision;
import org.disclosuredesk.report.QualityScore;
import org.disclosuredesk.report.ReportAction;
import org.disclosuredesk.report.ReportPermissions;
import org.disclosuredesk.report.ReportStatus;
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
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One report, read-only, in the official layout: the six parts in order, the tables generated from
 * the template, and the rule findings beside them. {@code ?cell=KEY&cell=KEY2} highlights cells (drill-down).
 */
@Route("reports/:year/:agencyId")
@PermitAll
class ReportView extends ReportPage implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ReportWorkflow workflow;
    private final ReportPermissions permissions;
    private String title = "";

    public ReportView(ReportService service, ReportWorkflow workflow, ReportPermissions permissions) {
        super(service);
        this.permissions = permissions;
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
        List<String> highlight = ReportNavigation.cells(event.getLocation().getQueryParameters());
        Set<ReportAction> allowed = permissions.actions(loaded.get().report());
        // the correction is shown to those who work on it (who have an action on it); a reader asking for it
        // by URL still sees what was published
        boolean working = event.getLocation().getQueryParameters().getSingleParameter(ReportNavigation.REVISION)
                .filter(ReportNavigation.WORKING::equals).isPresent()
                && !allowed.isEmpty();
        // while a correction is under way, readers see what was published until the correction is
        Optional<PublishedRevision> published = working ? Optional.empty()
                : service.publishedWhileCorrecting(loaded.get().report().getId());
        show(loaded.get(), published.orElse(null), allowed, highlight);
    }

    private void show(LoadedReport loaded, PublishedRevision published, Set<ReportAction> allowed,
                      List<String> highlight) {
        boolean zh = LanguageSwitch.chinese();
        ReportContent content = published != null ? published.content() : loaded.content();
        List<Finding> findings = published != null ? published.findings() : loaded.findings();
        title = getTranslation("report.title", content.agencyName(), String.valueOf(content.year()));
        H2 heading = new H2(title);
        heading.setId("report-title");
        Paragraph path = new Paragraph(loaded.agencyPath());
        path.addClassName("agency-path");
        Paragraph meta = published != null
                ? new Paragraph(getTranslation("report.meta",
                        getTranslation("edition." + content.edition().code()), content.edition().documentNumber(),
                        getTranslation("status." + ReportStatus.PUBLISHED.name()), published.revision(),
                        published.publishedOn() == null ? "" : published.publishedOn().toString()))
                : new Paragraph(getTranslation("report.meta",
                        getTranslation("edition." + content.edition().code()), content.edition().documentNumber(),
                        getTranslation("status." + loaded.report().getStatus().name()), loaded.report().getRevision(),
                        TIME.format(loaded.report().getUpdatedAt())));
        meta.addClassName("report-meta");
        document.add(new Anchor(ReportNavigation.LIST, getTranslation("report.back")), heading, path, meta);
        if (published != null) {
            document.add(correctionNotice(loaded, published, allowed));
        } else if (loaded.report().getStatus() != ReportStatus.PUBLISHED) {
            Paragraph unpublished = new Paragraph(getTranslation("report.notPublished",
                    getTranslation("status." + loaded.report().getStatus().name())));
            unpublished.addClassName("unpublished-banner");
            unpublished.setId("unpublished-notice");
            document.add(unpublished);
        }
        // the reason is for the editor to act on: shown while the report is returned, kept in the history after
        if (published == null && loaded.report().getStatus() == ReportStatus.RETURNED
                && loaded.report().getReturnReason() != null && !loaded.report().getReturnReason().isBlank()) {
            Paragraph reason = new Paragraph(getTranslation("editor.returned", loaded.report().getReturnReason()));
            reason.addClassName("return-banner");
            reason.setId("return-reason");
            document.add(reason);
        }
        document.add(new ReportActions(loaded, allowed, workflow, url -> getUI().ifPresent(ui -> ReportNavigation.go(ui, url))));
        document.add(exports(loaded.report().getId(), published != null,
                "report-" + content.year() + "-" + loaded.report().getAgencyId()));
        document.add(new QualityPanel(published != null ? QualityScore.of(published) : QualityScore.of(loaded)));

        Map<String, OfficialTables.CellProblems> problems = OfficialTables.problemsOf(findings, zh);
        OfficialTables tables = new OfficialTables(zh, OfficialTables.readOnly(content, problems,
                v -> v.isBlank() ? "" : getTranslation("report.cell.na")));
        Template template = content.template();
        OfficialLayout.addSixParts(document, template, zh, tables, part -> narrative(part, content, zh));
        highlight(highlight.stream().filter(template::hasCell).collect(Collectors.toSet()));
        showFindings(findings, zh);
    }

    /** Readers see the published revision; those who work on the correction get a way to it. */
    private Component correctionNotice(LoadedReport loaded, PublishedRevision published, Set<ReportAction> allowed) {
        Div notice = new Div();
        notice.setId("correction-notice");
        notice.addClassName("correction-banner");
        notice.add(new Span(getTranslation("report.correctionUnderWay", loaded.report().getRevision(),
                getTranslation("status." + loaded.report().getStatus().name()), published.revision())));
        if (!allowed.isEmpty()) {
            Anchor working = new Anchor(ReportNavigation.workingRevision(loaded), getTranslation("report.openCorrection"));
            working.setId("open-correction");
            notice.add(new Span(" "), working);
        }
        return notice;
    }

    /** Marks every cell of a drill-down (all the cells a figure adds) and scrolls to the first. */
    private void highlight(Set<String> cells) {
        if (cells.isEmpty()) {
            return;
        }
        markCells(document.getElement(), cells);
        document.getElement().executeJs(
                "const c = this.querySelector('.highlight'); if (c) { c.scrollIntoView({block: 'center'}); }");
    }

    private static void markCells(Element e, Set<String> cells) {
        if (cells.contains(e.getAttribute("data-cell"))) {
            e.getClassList().add("highlight");
        }
        e.getChildren().forEach(child -> markCells(child, cells));
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

    /**
     * Downloads of the report as shown (read again at download time, with the reader's rights): the published
     * revision while a correction is under way, else the report as stored now — marked as not published
     * (file name, and a banner in the official page) unless it is.
     */
    private Component exports(long reportId, boolean publishedRevision, String baseName) {
        HorizontalLayout links = new HorizontalLayout(
                download("export-html", "report.export.html", reportId, publishedRevision, baseName, ".html",
                        "text/html;charset=UTF-8", d -> utf8(OfficialHtmlExporter.render(d.content(),
                                d.unpublishedStatus()))),
                download("export-docx", "report.export.docx", reportId, publishedRevision, baseName, ".docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        d -> OfficialDocxExporter.render(d.content(), d.unpublishedStatus())),
                pdfDownload(reportId, publishedRevision, baseName),
                download("export-csv", "report.export.csv", reportId, publishedRevision, baseName, ".csv",
                        "text/csv;charset=UTF-8", d -> utf8(ReportCsvExporter.render(d.content()))),
                download("export-json", "report.export.json", reportId, publishedRevision, baseName, ".json",
                        "application/json;charset=UTF-8",
                        d -> utf8(CanonicalJson.toJsonLine(d.content(), d.findings(), List.of()))));
        links.addClassName("report-exports");
        return links;
    }

    /**
     * The PDF needs a Chinese face to embed; a server without one says so on the link rather than serving a PDF of
     * empty boxes.
     */
    private Anchor pdfDownload(long reportId, boolean publishedRevision, String baseName) {
        Anchor a = download("export-pdf", "report.export.pdf", reportId, publishedRevision, baseName, ".pdf",
                "application/pdf", d -> OfficialPdfExporter.render(d.content(), d.unpublishedStatus()));
        if (!OfficialPdfExporter.available()) {
            a.setEnabled(false);
            a.setTitle(getTranslation(new PdfUnavailableException().messageKey()));
        }
        return a;
    }

    /** What a download holds; {@code unpublishedStatus} names the status when it is not a published report. */
    private record Downloaded(ReportContent content, List<Finding> findings, String unpublishedStatus) {
    }

    private Downloaded downloaded(long reportId, boolean publishedRevision) {
        if (publishedRevision) {
            Optional<PublishedRevision> p = service.publishedWhileCorrecting(reportId);
            if (p.isPresent()) {
                return new Downloaded(p.get().content(), p.get().findings(), null);
            }
        }
        LoadedReport r = service.findById(reportId).orElseThrow();
        ReportStatus status = r.report().getStatus();
        return new Downloaded(r.content(), r.findings(), status == ReportStatus.PUBLISHED ? null
                : getTranslation(Locale.SIMPLIFIED_CHINESE, "status." + status.name()));
    }

    private Anchor download(String id, String labelKey, long reportId, boolean publishedRevision, String baseName,
                            String extension, String type, Function<Downloaded, byte[]> render) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            Downloaded d = downloaded(reportId, publishedRevision);
            byte[] bytes = render.apply(d);
            String fileName = baseName + (d.unpublishedStatus() == null ? "" : "-" + getTranslation("report.export.draftSuffix"))
                    + extension;
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), getTranslation(labelKey));
        a.setId(id);
        a.getElement().setAttribute("download", true);
        return a;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
