package org.disclosuredesk.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.importer.ImportException;
import org.disclosuredesk.importer.ImportFailure;
import org.disclosuredesk.importer.ImportNote;
import org.disclosuredesk.importer.ReportImporter;
import org.disclosuredesk.importing.ImportService;
import org.disclosuredesk.importing.ImportedFile;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.ui.LanguageSwitch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Collections;

/**
 * Upload one or many published reports (drag and drop), each read on its own: a progress bar for the
 * batch and one result row per file — what was detected, how much was read, what failed and why — with
 * a link to review each. One file alone opens its review directly.
 */
@Route("import")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class ImportView extends VerticalLayout implements HasDynamicTitle {

    /** Event data of "upload-start": how many files the browser is sending in this round. */
    private static final String FILES_IN_ROUND = "element.files.length";
    /** Event data of "upload-error": the name of the file whose transfer failed. */
    private static final String FAILED_FILE = "event.detail.file.name";

    private final ImportWorkspace workspace;
    /** Why a file could not be added to the list (the list is full). */
    private final Paragraph notice = new Paragraph();
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Grid<ImportedFile> results = new Grid<>();
    private final Span summary = new Span();
    private final Button clear = new Button();
    /** Files read since the last round of uploads began. */
    private final List<ImportedFile> round = new ArrayList<>();
    private int roundSize;
    private boolean uploadsDone;
    private final boolean zh = LanguageSwitch.chinese();

    public ImportView(ImportService service) {
        workspace = ImportWorkspace.current(service.limits());
        long maxBytes = service.limits().maxFileBytes();
        setSizeFull();
        addClassName("import-view");
        H2 title = new H2(getTranslation("import.title"));
        Paragraph hint = new Paragraph(getTranslation("import.hint", String.valueOf(maxBytes / 1048576)));
        hint.addClassName("import-hint");

        upload = new Upload(new ImportUploadHandler(service, this::fileRead));
        upload.setId("import-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setDropAllowed(true);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setI18n(uploadI18n());
        upload.setWidthFull();
        upload.addFileRejectedListener(this::fileRejected);
        upload.addAllFinishedListener(e -> uploadsFinished());
        upload.getElement().addEventListener("upload-start", e -> {
            var n = e.getEventData().get(FILES_IN_ROUND);
            roundStarted(n == null || !n.isNumber() ? 1 : n.asInt());
        }).addEventData(FILES_IN_ROUND);
        // the transfer itself failed (network, server): the browser's own list is cleared at the end of
        // the round, so the file gets its row and message in ours
        upload.getElement().addEventListener("upload-error", e -> {
            var name = e.getEventData().get(FAILED_FILE);
            uploadFailed(name == null || !name.isString() ? "?" : name.asString());
        }).addEventData(FAILED_FILE);

        progress.setId("import-progress");
        progress.setWidth("20rem");
        progressText.setId("import-progress-text");
        HorizontalLayout progressRow = new HorizontalLayout(progress, progressText);
        progressRow.setAlignItems(FlexComponent.Alignment.CENTER);
        progressRow.setVisible(false);
        progressRow.setId("import-progress-row");

        summary.setId("import-summary");
        clear.setText(getTranslation("import.clear"));
        clear.setIcon(VaadinIcon.TRASH.create());
        clear.addClickListener(e -> {
            workspace.clear();
            notice.setVisible(false);
            refresh();
        });
        clear.setId("import-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout listHeader = new HorizontalLayout(summary, clear);
        listHeader.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid();
        notice.setId("import-notice");
        notice.getElement().getThemeList().add("error");
        notice.getStyle().set("color", "var(--lumo-error-text-color)");
        notice.setVisible(false);
        add(title, hint, notice, upload, progressRow, listHeader, results);
        setFlexGrow(1, results);
        refresh();
    }

    private void configureGrid() {
        results.setId("import-results");
        results.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.addColumn(ImportedFile::fileName).setHeader(getTranslation("import.col.file")).setFlexGrow(1)
                .setResizable(true);
        results.addColumn(new ComponentRenderer<>(this::statusBadge)).setHeader(getTranslation("import.col.status"))
                .setWidth("6.5em").setFlexGrow(0);
        results.addColumn(f -> f.agencyName() == null ? "" : f.agencyName()).setHeader(getTranslation("import.col.agency"))
                .setFlexGrow(1);
        // figures right-aligned under headers that fit on one line, so every header sits on the same line as
        // 说明 and above its own values; the 审阅 / 打开 links have a header too
        results.addColumn(f -> f.year() == null ? "" : String.valueOf(f.year())).setHeader(getTranslation("import.col.year"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        results.addColumn(f -> f.edition() == null ? "" : getTranslation("edition." + f.edition().code()))
                .setHeader(getTranslation("import.col.edition")).setAutoWidth(true).setFlexGrow(0);
        results.addColumn(f -> f.succeeded() ? String.valueOf(f.cellsRead()) : "")
                .setHeader(getTranslation("import.col.cells")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        results.addColumn(f -> f.succeeded() ? String.valueOf(f.unresolved()) : "")
                .setHeader(getTranslation("import.col.unresolved")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        results.addColumn(f -> !f.succeeded() ? "" : f.errors() == 0 ? String.valueOf(f.findings())
                        : getTranslation("import.findings.withErrors", f.findings(), f.errors()))
                .setHeader(getTranslation("import.col.findings")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        results.addColumn(this::message).setHeader(getTranslation("import.col.message")).setFlexGrow(3)
                .setTextAlign(ColumnTextAlign.START);
        results.addColumn(new ComponentRenderer<>(this::action)).setHeader(getTranslation("import.col.action"))
                .setAutoWidth(true).setFlexGrow(0);
    }

    private Component statusBadge(ImportedFile f) {
        String key = !f.succeeded() ? "failed" : workspace.savedAs(f.id()).isPresent() ? "saved" : "read";
        Span badge = new Span(getTranslation("import.status." + key));
        badge.getElement().getThemeList().addAll(List.of("badge", switch (key) {
            case "failed" -> "error";
            case "saved" -> "success";
            default -> "contrast";
        }));
        badge.getElement().setAttribute("data-status", key);
        return badge;
    }

    private String message(ImportedFile f) {
        if (!f.succeeded()) {
            Message why = Message.of(f.failureKey());
            String detail = f.failureDetail();
            // the locale of now, not of when the view was built: the grid re-renders after a language switch
            return LanguageSwitch.text(detail == null ? why : Message.of("import.failure.withDetail", why, detail));
        }
        return LanguageSwitch.text(Message.Joined.clauses(f.notes().stream().map(ImportNote::message).toList()));
    }

    private Component action(ImportedFile f) {
        if (!f.succeeded()) {
            return new Span();
        }
        var saved = workspace.savedAs(f.id());
        if (saved.isPresent()) {
            return new Anchor(saved.get(), getTranslation("import.openReport"));
        }
        RouterLink review = new RouterLink(getTranslation("import.review"), ImportReviewView.class,
                new RouteParameters(ImportReviewView.ID, f.id()));
        review.getElement().setAttribute("data-review", f.fileName());
        return review;
    }

    private void roundStarted(int files) {
        if (uploadsDone) {
            endRound();
        }
        roundSize = Math.max(roundSize, files);
        showProgress();
    }

    /** Runs under the session lock (UI.access from the upload request). */
    private void fileRead(ImportedFile file) {
        keep(file);
        round.add(file);
        showProgress();
        refresh();
        // The end-of-uploads event may be handled before the last result arrives: whichever comes
        // last ends the round. A single announced file opens at once.
        if (roundSize == 1 || uploadsDone && round.size() >= roundSize) {
            endRound();
        }
    }

    /** The browser refused the file before sending it (too large): it still gets its row and message. */
    private void fileRejected(FileRejectedEvent e) {
        keep(ImportedFile.failed(ImportedFile.newId(), e.getFileName(), -1,
                new ImportException(ImportFailure.TOO_LARGE)));
        refresh();
    }

    /** Adds the file to the list, or says why the full list could not take it. */
    private void keep(ImportedFile file) {
        if (workspace.add(file) == ImportWorkspace.Added.REFUSED) {
            notice.setText(getTranslation("import.error.sessionFull", workspace.maxFiles(),
                    String.valueOf(workspace.maxTextBytes() / (1024 * 1024)), file.fileName()));
            notice.setVisible(true);
        }
    }

    private void uploadFailed(String fileName) {
        fileRead(ImportedFile.failed(ImportedFile.newId(), fileName, -1, "import.upload.serverError"));
    }

    private void uploadsFinished() {
        upload.clearFileList();
        uploadsDone = true;
        if (round.size() >= roundSize) {
            endRound();
        }
    }

    /** All results of a round are in: a single file that was read opens its review. */
    private void endRound() {
        List<ImportedFile> finished = List.copyOf(round);
        round.clear();
        roundSize = 0;
        uploadsDone = false;
        if (finished.size() == 1 && finished.getFirst().succeeded()) {
            UI.getCurrent().navigate(ImportReviewView.class,
                    new RouteParameters(ImportReviewView.ID, finished.getFirst().id()));
        }
    }

    private void showProgress() {
        int total = Math.max(roundSize, round.size());
        progress.getParent().ifPresent(p -> p.setVisible(total > 0));
        progress.setValue(total == 0 ? 0 : (double) round.size() / total);
        progressText.setText(getTranslation("import.progress", round.size(), total));
    }

    private void refresh() {
        List<ImportedFile> all = workspace.all();
        Collections.reverse(all);
        results.setItems(all);
        long failed = all.stream().filter(f -> !f.succeeded()).count();
        clear.setVisible(!all.isEmpty());
        summary.setText(all.isEmpty() ? getTranslation("import.summary.empty")
                : getTranslation("import.summary", all.size(), all.size() - failed, failed));
    }

    private UploadI18N uploadI18n() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.addOne"))
                        .setMany(getTranslation("import.upload.addMany")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.dropOne"))
                        .setMany(getTranslation("import.upload.dropMany")))
                .setError(new UploadI18N.Error().setFileIsTooBig(zh ? ImportFailure.TOO_LARGE.messageZh() : ImportFailure.TOO_LARGE.messageEn()))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("import.upload.connecting"))
                                .setProcessing(getTranslation("import.upload.processing"))
                                .setStalled(getTranslation("import.upload.stalled"))
                                .setHeld(getTranslation("import.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("import.upload.remaining"))
                                .setUnknown(getTranslation("import.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("import.upload.serverUnavailable"))
                                .setUnexpectedServerError(getTranslation("import.upload.serverError"))
                                .setForbidden(getTranslation("import.upload.forbidden"))
                                .setFileTooLarge(zh ? ImportFailure.TOO_LARGE.messageZh() : ImportFailure.TOO_LARGE.messageEn())))
                .setFile(new UploadI18N.File().setRemove(getTranslation("import.upload.remove"))
                        .setRetry(getTranslation("import.upload.retry")).setStart(getTranslation("import.upload.start")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
