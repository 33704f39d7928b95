package org.disclosuredesk.importing.ui;

import org.disclosuredesk.report.ui.ReportNavigation;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.ui.UnsavedChangesDialog;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.disclosuredesk.importer.ImportException;
import org.disclosuredesk.importer.ImportNote;
import org.disclosuredesk.importer.Provenance;
import org.disclosuredesk.importing.AgencyOption;
import org.disclosuredesk.importing.ExistingReport;
import org.disclosuredesk.importing.ImportMismatch;
import org.disclosuredesk.importing.ImportService;
import org.disclosuredesk.importing.ImportedFile;
import org.disclosuredesk.importing.ReviewDraft;
import org.disclosuredesk.report.ReportException;
import org.disclosuredesk.ui.UserError;
import org.disclosuredesk.report.ReportStatus;
import org.disclosuredesk.template.CellDef;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportYears;
import org.disclosuredesk.i18n.Messages;
import org.disclosuredesk.ui.LanguageSwitch;
import org.disclosuredesk.ui.NeedsWidth;
import org.disclosuredesk.validation.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.List;

/**
 * Review of one imported file before it becomes a draft: the extracted text beside the tables as read.
 * Clicking a cell shows where it came from in the text; unread cells and rule findings are marked; the
 * user corrects figures and texts, picks agency and year, and saves. An existing draft is replaced only
 * after a confirmation; a submitted, approved or published report is never replaced.
 */
@Route("import/review/:id")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class ImportReviewView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle, NeedsWidth {

    static final String ID = "id";
    private static final Logger log = LoggerFactory.getLogger(ImportReviewView.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ImportService service;
    private final ImportWorkspace workspace;
    private final boolean zh = LanguageSwitch.chinese();
    private final ComboBox<AgencyOption> agency = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final Div message = new Div();
    /** Says when the file names another agency or year than the target, with the confirmation it needs. */
    private final Div mismatchBox = new Div();
    private final Checkbox mismatchConfirm = new Checkbox();
    private ImportMismatch mismatch;
    private final Span cellStatus = new Span();
    /** How many cells hold values worked out rather than read as printed: the ones to check first. */
    private final Span inferredSummary = new Span();
    private final VerticalLayout findingsList = new VerticalLayout();
    private ImportedFile file;
    private ReviewDraft draft;
    /** The user corrected something that is not saved yet (the kept text would not give it back). */
    private boolean unsaved;
    private SourceTextPanel source;
    private ReviewTables tables;
    private String title = "";

    public ImportReviewView(ImportService service) {
        this.service = service;
        this.workspace = ImportWorkspace.current(service.limits());
        setSizeFull();
        addClassName("import-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<ImportedFile> found = event.getRouteParameters().get(ID).flatMap(workspace::get)
                .filter(ImportedFile::succeeded);
        title = getTranslation("review.title", found.map(ImportedFile::fileName).orElse(""));
        if (found.isEmpty()) {
            showMissing();
            return;
        }
        file = found.get();
        try {
            draft = new ReviewDraft(file.reread());
        } catch (ImportException | RuntimeException e) {
            log.error("Re-reading kept text of {} failed", file.fileName(), e);
            showMissing();
            return;
        }
        build();
    }

    private void showMissing() {
        Paragraph missing = new Paragraph(getTranslation("review.missing"));
        missing.setId("review-missing");
        add(backLink(), missing);
    }

    private Component backLink() {
        RouterLink back = new RouterLink(getTranslation("review.back"), ImportView.class);
        back.setId("review-back");
        return back;
    }

    private void build() {
        H2 heading = new H2(title);
        heading.setId("review-title");
        Span meta = new Span(getTranslation("review.meta", file.format().name(), file.cellsRead(), file.unresolved(),
                file.findings()));
        meta.setId("review-meta");
        meta.addClassName("review-meta");
        add(backLink(), heading, meta);
        for (ImportNote note : draft.result().notes()) {
            Span n = new Span(note.message(zh));
            n.addClassName("import-note");
            add(n);
        }
        add(saveBar(), mismatchBox);
        showMismatch();
        message.setId("review-message");
        message.addClassName("review-message");
        message.setVisible(false);
        add(message);

        source = new SourceTextPanel(draft.result().sourceText());
        tables = new ReviewTables(draft, zh, this::cellSelected, this::contentChanged);
        cellStatus.setId("cell-status");
        cellStatus.addClassName("cell-status");
        cellStatus.setText(getTranslation("review.cell.hint"));
        inferredSummary.setId("review-inferred");
        inferredSummary.addClassName("review-inferred");
        Div main = new Div(cellStatus, inferredSummary, tables, narratives(), findingsPanel());
        main.addClassName("review-main");
        main.setId("review-main");
        SplitLayout split = new SplitLayout(source, main);
        split.setSplitterPosition(36);
        split.setSizeFull();
        split.addClassName("review-split");
        add(split);
        setFlexGrow(1, split);
        showFindings();
    }

    private Component saveBar() {
        agency.setId("review-agency");
        agency.setLabel(getTranslation("review.agency"));
        agency.setWidth("24rem");
        agency.setItemLabelGenerator(AgencyOption::name);
        agency.setItems(q -> service.editableAgencies(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> service.countEditableAgencies(q.getFilter().orElse("")));
        agency.addValueChangeListener(e -> {
            agency.setHelperText(e.getValue() == null ? null : service.agencyPath(e.getValue().id()));
            hideMessage();
            showMismatch();
        });
        agency.setValue(service.defaultAgency(draft.content().agencyName()));

        year.setId("review-year");
        year.setLabel(getTranslation("review.year"));
        year.setMin(ReportYears.FIRST);
        year.setMax(Year.now().getValue());
        year.setStepButtonsVisible(true);
        year.setWidth("9rem");
        year.setValue(draft.content().year());
        year.addValueChangeListener(e -> {
            hideMessage();
            if (e.getValue() != null && validYear(e.getValue())) {
                draft.setYear(e.getValue());
                contentChanged();
            }
            showMismatch();
        });
        Span edition = new Span(getTranslation("review.edition", getTranslation("edition." + draft.content().edition().code()),
                draft.content().edition().documentNumber()));
        edition.setId("review-edition");
        edition.addClassName("review-edition");

        Button save = new Button(getTranslation("review.save"), VaadinIcon.CHECK.create(), e -> save(null));
        save.setId("save-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(agency, year, edition, save);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("review-save-bar");
        return bar;
    }

    /**
     * When the file names another agency or year than it is saved to, says so and asks for the confirmation
     * (unticked again whenever agency or year change); the service refuses the save without it.
     */
    private void showMismatch() {
        mismatchBox.setId("review-mismatch");
        mismatchBox.addClassName("review-mismatch");
        mismatchBox.removeAll();
        mismatchConfirm.setId("review-mismatch-confirm");
        mismatchConfirm.setValue(false);
        AgencyOption target = agency.getValue();
        Integer y = year.getValue();
        mismatch = target == null || y == null || !validYear(y) ? null
                : service.mismatch(target.id(), y, draft.result().report()).orElse(null);
        mismatchBox.setVisible(mismatch != null);
        if (mismatch == null) {
            return;
        }
        if (mismatch.agencyDiffers()) {
            Paragraph p = new Paragraph(getTranslation("review.mismatch.agency", mismatch.printedAgency(),
                    mismatch.targetAgency()));
            p.setId("review-mismatch-agency");
            mismatchBox.add(p);
        }
        if (mismatch.yearDiffers()) {
            Paragraph p = new Paragraph(getTranslation("review.mismatch.year", String.valueOf(mismatch.readYear()),
                    String.valueOf(mismatch.targetYear())));
            p.setId("review-mismatch-year");
            mismatchBox.add(p);
        }
        mismatchConfirm.setLabel(getTranslation("review.mismatch.confirm",
                mismatch.printedAgency() == null ? getTranslation("review.mismatch.thisFile") : mismatch.printedAgency(),
                String.valueOf(mismatch.readYear()), mismatch.targetAgency(), String.valueOf(mismatch.targetYear())));
        mismatchBox.add(mismatchConfirm);
    }

    private static boolean validYear(int y) {
        return ReportYears.isPossible(y);
    }

    private Component narratives() {
        Div box = new Div();
        box.addClassName("review-narratives");
        for (NarrativePart part : NarrativePart.values()) {
            TextArea text = new TextArea(part.heading(zh));
            text.setId("narrative-" + part.key());
            text.setWidthFull();
            text.setMaxLength(NarrativePart.MAX_LENGTH);
            text.setValue(draft.content().narrative(part));
            text.addValueChangeListener(e -> {
                draft.setNarrative(part, e.getValue());
                contentChanged();
            });
            box.add(text);
        }
        return box;
    }

    private Component findingsPanel() {
        Div panel = new Div(new H3(getTranslation("report.findings")), findingsList);
        panel.addClassName("review-findings");
        findingsList.setId("review-findings");
        findingsList.setPadding(false);
        findingsList.setSpacing(false);
        return panel;
    }

    private void showFindings() {
        int inferred = draft.inferred().size();
        inferredSummary.setText(inferred == 0 ? "" : getTranslation("review.inferred.summary", inferred));
        inferredSummary.setVisible(inferred > 0);
        findingsList.removeAll();
        long errors = draft.findings().stream().filter(Finding::isError).count();
        Span summary = new Span(getTranslation("review.findings.summary", draft.unresolved().size(), errors,
                draft.findings().size() - errors));
        summary.setId("review-findings-summary");
        findingsList.add(summary);
        for (Finding f : draft.findings()) {
            Div item = new Div();
            item.addClassNames("finding", f.isError() ? "finding-error" : "finding-warning");
            item.getElement().setAttribute("data-rule", f.ruleId());
            Span badge = new Span(f.ruleId());
            badge.getElement().getThemeList().addAll(List.of("badge", f.isError() ? "error" : "contrast"));
            item.add(badge, new Span(" " + Messages.render(f.message(), zh)));
            if (!f.focus().isEmpty()) {
                item.addClickListener(e -> tables.select(f.focus().getFirst()));
            }
            findingsList.add(item);
        }
    }

    /** A cell was selected in the tables: show where it came from. */
    private void cellSelected(String key) {
        if (key == null) {
            cellStatus.setText(getTranslation("review.cell.hint"));
            source.clearHighlight();
            return;
        }
        CellDef def = draft.cell(key).orElseThrow();
        Optional<Provenance> from = draft.provenance(key);
        String where;
        if (draft.isEdited(key)) {
            where = getTranslation("review.cell.edited");
        } else if (from.isPresent()) {
            where = getTranslation("review.cell.from", from.get().line(),
                    getTranslation("review.how." + from.get().how().name()),
                    getTranslation("review.confidence." + from.get().confidence().name()));
        } else {
            where = getTranslation("review.cell.notRead");
        }
        cellStatus.setText(def.label(zh) + " — " + where);
        from.ifPresentOrElse(source::highlight, source::clearHighlight);
    }

    private void contentChanged() {
        unsaved = true;
        tables.render();
        showFindings();
        if (tables.selected() != null) {
            cellSelected(tables.selected());
        }
    }

    /** @param replaceVersion the version of the existing report the user confirmed replacing, or null */
    private void save(Long replaceVersion) {
        hideMessage();
        if (tables.hasInvalidInput()) {
            error(getTranslation("review.error.invalidCell"));
            return;
        }
        AgencyOption target = agency.getValue();
        Integer y = year.getValue();
        if (target == null) {
            error(getTranslation("review.error.noAgency"));
            return;
        }
        if (y == null || !validYear(y)) {
            error(getTranslation("review.error.badYear", String.valueOf(ReportYears.FIRST),
                    String.valueOf(Year.now().getValue())));
            return;
        }
        if (draft.content().year() != y) {
            draft.setYear(y);
        }
        try {
            Optional<ExistingReport> existing = replaceVersion == null ? service.existing(target.id(), y)
                    : Optional.empty();
            if (existing.isPresent() && !existing.get().replaceable()) {
                error(getTranslation("review.error.locked", target.name(), String.valueOf(y),
                        getTranslation("status." + existing.get().status().name())));
                return;
            }
            if (mismatch != null && !mismatchConfirm.getValue()) {
                error(getTranslation("review.error.mismatch", mismatch.printedAgency() == null ? ""
                        : mismatch.printedAgency(), String.valueOf(mismatch.readYear()), mismatch.targetAgency(),
                        String.valueOf(mismatch.targetYear())));
                return;
            }
            if (existing.isPresent()) {
                confirmReplace(target, y, existing.get());
                return;
            }
            service.saveDraft(target.id(), draft.content(), draft.result().report(), replaceVersion,
                    mismatchConfirm.getValue());
            String route = ReportNavigation.report(y, target.id());
            workspace.markSaved(file.id(), route);
            unsaved = false;
            UI.getCurrent().navigate(route);
        } catch (ReportException e) {
            error(LanguageSwitch.text(e.messageKey(), localized(e.args())));
        } catch (AccessDeniedException e) {
            error(getTranslation("error.accessDenied"));
        } catch (RuntimeException e) {
            UserError shown = UserError.of(e, "saving the import of " + file.fileName() + " as a draft");
            error(getTranslation(shown.messageKey(), shown.args()));
        }
    }

    private void confirmReplace(AgencyOption target, int y, ExistingReport existing) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("replace-confirm");
        dialog.setHeader(getTranslation("review.replace.header"));
        dialog.setText(getTranslation("review.replace.text", target.name(), String.valueOf(y),
                getTranslation("status." + existing.status().name()), TIME.format(existing.updatedAt()),
                existing.updatedBy() == null ? "" : existing.updatedBy()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("review.replace.cancel"));
        dialog.setConfirmText(getTranslation("review.replace.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> save(existing.version()));
        dialog.open();
    }

    /** Message arguments as the user reads them: statuses translated, years without digit grouping. */
    private Object[] localized(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof ReportStatus s ? getTranslation("status." + s.name())
                : a instanceof Number n ? String.valueOf(n) : a).toArray();
    }

    private void error(String text) {
        message.setText(text);
        message.getElement().getThemeList().set("error", true);
        message.setVisible(true);
    }

    private void hideMessage() {
        message.setVisible(false);
        message.setText("");
    }

    /** Corrections are not kept anywhere until saved: leaving asks first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (unsaved) {
            UnsavedChangesDialog.ask(event, () -> unsaved = false, null);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
