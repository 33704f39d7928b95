package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.i18n.Messages;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportPermissions;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportWorkflow;
import org.disclosuredesk.report.editing.EditConflict;
import org.disclosuredesk.report.editing.PasteResult;
import org.disclosuredesk.report.editing.ReportDraft;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.ui.ConfirmDialog;
import org.disclosuredesk.ui.LanguageSwitch;
import org.disclosuredesk.ui.OfficialLayout;
import org.disclosuredesk.ui.OfficialTables;
import org.disclosuredesk.ui.UnsavedChangesDialog;
import org.disclosuredesk.ui.UserError;
import org.disclosuredesk.validation.Finding;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clerk's editor, generated from the template: the official tables with an input per cell,
 * totals computed as they type, every rule checked live (cells marked, findings listed), Tab / Enter
 * moving like a spreadsheet, blocks pasted from Excel or WPS, save and submit. What is being edited
 * lives in a {@link ReportDraft}; this view forwards input to it and shows its state.
 */
@Route("reports/:year/:agencyId/edit")
@PermitAll
@JsModule("./report-editor-keys.js")
class ReportEditorView extends ReportPage implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final ReportWorkflow workflow;
    private final ReportPermissions permissions;

    private final Map<NarrativePart, TextArea> textAreas = new EnumMap<>(NarrativePart.class);
    private final Span saveState = new Span();

    private ReportDraft draft;
    private CellEditors editors;
    private String title = "";

    public ReportEditorView(ReportService service, ReportWorkflow workflow, ReportPermissions permissions) {
        super(service);
        this.permissions = permissions;
        this.workflow = workflow;
        addClassName("report-editor");
        // a block pasted from a spreadsheet, sent by report-editor-keys.js
        document.getElement().addEventListener("dd-paste", e -> paste(
                        e.getEventData().get("event.detail.start").asString(),
                        e.getEventData().get("event.detail.text").asString()))
                .addEventData("event.detail.start").addEventData("event.detail.text");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        document.getElement().executeJs("window.ddReportEditor.install(this)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document.removeAll();
        findingsPanel.removeAll();
        Optional<LoadedReport> found = fromRoute(service, event);
        if (found.isEmpty()) {
            refuse(getTranslation("report.notFound"), null);
            return;
        }
        Message refusal = permissions.whyNotEditable(found.get().report());
        if (refusal != null) {
            refuse(LanguageSwitch.text(refusal), found.get());
            return;
        }
        open(found.get());
    }

    private void refuse(String message, LoadedReport report) {
        title = message;
        Paragraph p = new Paragraph(message);
        p.setId("editor-refused");
        document.add(p);
        if (report != null) {
            document.add(new Anchor(ReportNavigation.report(report), getTranslation("editor.backToReport")));
        }
    }

    // ------------------------------------------------------------------ layout

    private void open(LoadedReport report) {
        document.removeAll();
        draft = new ReportDraft(report);
        ReportContent base = report.content();
        boolean zh = LanguageSwitch.chinese();
        title = getTranslation("editor.title", base.agencyName(), String.valueOf(base.year()));
        H2 heading = new H2(title);
        heading.setId("report-title");
        document.add(heading, new Paragraph(report.agencyPath()));
        if (report.report().getReturnReason() != null && !report.report().getReturnReason().isBlank()) {
            Div banner = new Div(new Span(getTranslation("editor.returned", report.report().getReturnReason())));
            banner.addClassName("return-banner");
            banner.setId("return-reason");
            document.add(banner);
        }
        document.add(toolbar(true));

        editors = new CellEditors(base.cells(), this::type);
        OfficialTables tables = new OfficialTables(zh, editors);
        OfficialLayout.addSixParts(document, draft.template(), zh, tables, part -> narrativeEditor(part, zh));
        document.add(toolbar(false));
        render();
    }

    private Component toolbar(boolean top) {
        Button save = new Button(getTranslation("editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(top ? "save" : "save-bottom");
        Button submit = new Button(getTranslation("editor.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        submit.setId(top ? "submit" : "submit-bottom");
        Button back = new Button(getTranslation("editor.close"),
                e -> getUI().ifPresent(ui -> ui.navigate(ReportNavigation.report(draft.loaded()))));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(save, submit, back);
        if (top) {
            saveState.setId("save-state");
            bar.add(saveState);
        }
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    private Component narrativeEditor(NarrativePart part, boolean zh) {
        TextArea area = new TextArea(part.heading(zh));
        area.setId("narrative-" + part.key());
        area.setWidthFull();
        area.setMinHeight("8em");
        area.setMaxLength(NarrativePart.MAX_LENGTH);
        area.setValue(draft.current().narrative(part));
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                draft.write(part, e.getValue());
                render();
            }
        });
        textAreas.put(part, area);
        return area;
    }

    // ------------------------------------------------------------------ typing and pasting

    private void type(String key, String text) {
        if (editors.isInput(key)) {
            CellInput.Result read = draft.type(key, text);
            render();
            if (read.note() != null) {
                // "11次" is kept as 11: say so rather than drop the unit silently
                Notification.show(LanguageSwitch.text(read.note()), 3000, Notification.Position.BOTTOM_START);
            }
        }
    }

    private void paste(String startKey, String clipboardText) {
        PasteResult pasted = draft.paste(startKey, clipboardText);
        if (pasted.refused()) {
            PasteResult.Misfit m = pasted.misfit();
            notice(getTranslation("editor.paste.refused", m.rows(), m.columns(), m.roomRows(), m.roomColumns()),
                    NotificationVariant.LUMO_ERROR);
            return;
        }
        pasted.shown().forEach(editors::showText);
        render();
        boolean zh = LanguageSwitch.chinese();
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("editor.paste.done", pasted.shown().size()));
        if (!pasted.skippedLabels().isEmpty()) {
            lines.add(getTranslation("editor.paste.labelsSkipped", String.join("、", pasted.skippedLabels())));
        }
        pasted.otherRows().forEach(m -> lines.add(getTranslation("editor.paste.otherRow", m.pasted(), m.landedOn().label(zh))));
        if (!pasted.totalsNotTaken().isEmpty()) {
            lines.add(getTranslation("editor.paste.totalsNotTaken", String.join("、", pasted.totalsNotTaken().stream()
                    .map(t -> getTranslation("editor.paste.totalItem", draft.label(t.key(), zh), t.pasted(),
                            t.computed().isBlank() ? "—" : CellEditors.textOf(t.computed())))
                    .toList())));
        }
        notice(String.join(" ", lines), lines.size() > 1 ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
    }

    /** The outcome of a paste, said where the clerk looks; anything but a plain success stays longer. */
    private void notice(String text, NotificationVariant variant) {
        boolean plain = variant == NotificationVariant.LUMO_SUCCESS;
        Notification n = Notification.show(text, plain ? 2500 : 10000, Notification.Position.BOTTOM_START);
        n.setId("paste-notification");
        n.addThemeVariants(variant);
    }

    /** Totals, cell marks, the findings panel and the unsaved state, from the draft. */
    private void render() {
        ReportContent current = draft.current();
        draft.template().cells().values().stream().filter(d -> d.computed())
                .forEach(d -> editors.show(d.key(), current.cell(d.key())));
        boolean zh = LanguageSwitch.chinese();
        Map<String, OfficialTables.CellProblems> byCell = OfficialTables.problemsOf(draft.findings(), zh);
        editors.cells().forEach((key, td) -> {
            OfficialTables.mark(td, byCell.get(key));
            CellInput.Problem problem = draft.invalidInputs().get(key);
            editors.markInvalid(key, problem == null ? null : Messages.render(problem.message(), zh),
                    problem == null ? null : getTranslation("editor.problemShort." + problem.name()));
            boolean typedAsIs = !editors.isInput(key) || draft.invalidInputs().containsKey(key);
            editors.markNote(key, typedAsIs ? null
                    : CellInput.noteOf(draft.template().cellOrThrow(key).kind(), current.cell(key)), zh);
        });
        showFindings(zh);
        saveState.setText(draft.isDirty() ? getTranslation("editor.unsaved") : "");
        // the browser asks before closing or reloading the tab while this is set
        document.getElement().setAttribute("data-unsaved", String.valueOf(draft.isDirty()));
    }

    private void showFindings(boolean zh) {
        showFindingsHeader(draft.findings(), draft.invalidInputs().size());
        draft.invalidInputs().forEach((key, problem) -> findingsPanel.add(findingItem(
                getTranslation("editor.inputProblem"), "input", true,
                Messages.render(Message.of("editor.inputProblem.text", draft.label(key, zh), problem.message()), zh),
                List.of(key), cells -> focusCell(cells.get(0)))));
        for (Finding f : draft.findings()) {
            findingsPanel.add(findingItem(f.ruleId(), f.ruleId(), f.isError(), Messages.render(f.message(), zh), f.focus(),
                    cells -> focusCell(cells.get(0))));
        }
    }

    private void focusCell(String key) {
        document.getElement().executeJs("window.ddReportEditor.focusCell(this, $0)", key);
    }

    // ------------------------------------------------------------------ save and submit

    private boolean save() {
        return save(true);
    }

    /** Saves what is typed; {@code announce} says "saved" (submit says what happened itself). */
    private boolean save(boolean announce) {
        if (!draft.invalidInputs().isEmpty()) {
            error(getTranslation("editor.fixInputFirst", draft.invalidInputs().size()));
            return false;
        }
        LoadedReport loaded = draft.loaded();
        try {
            LoadedReport saved = service.saveContent(loaded.report().getId(), loaded.report().getVersion(),
                    draft.current());
            // the server's totals and raw texts are now the stored ones; inputs keep focus and scroll
            draft.saved(saved);
            render();
            if (announce) {
                Notification.show(getTranslation("editor.saved"), 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            return true;
        } catch (OptimisticLockingFailureException e) {
            conflict();
        } catch (RuntimeException e) {
            error(UserError.of(e, "saving report " + loaded.report().getId()));
        }
        return false;
    }

    /**
     * Saves what is typed, then submits. A report with rule errors is not submitted, but the typing
     * is still saved — a clerk must not lose it — and the message says both: saved, and not
     * submitted because of N errors. Any other refusal after a save says that it saved too.
     */
    private void submit() {
        boolean saving = draft.isDirty();
        if (saving && !save(false)) {
            return;
        }
        long errors = draft.findings().stream().filter(Finding::isError).count();
        if (errors > 0) {
            error(saving ? getTranslation("editor.savedWithErrors", errors)
                    : getTranslation("report.error.submitWithErrors", errors));
            return;
        }
        // asked first: what submitting means, and the warnings still open (the typing is saved either way)
        List<String> open = new ArrayList<>();
        if (saving) {
            open.add(getTranslation("editor.savedBeforeSubmit"));
        }
        open.addAll(ReportActions.openWarnings(this, draft.findings()));
        ConfirmDialog.ask(getTranslation("editor.submit"), getTranslation("report.confirm.submit"), open,
                getTranslation("editor.submit"), false, () -> submitSaved(saving));
    }

    private void submitSaved(boolean saving) {
        LoadedReport loaded = draft.loaded();
        try {
            LoadedReport submitted = workflow.submit(loaded.report().getId(), loaded.report().getVersion());
            Notification.show(getTranslation("editor.submitted"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ReportNavigation.report(submitted)));
        } catch (OptimisticLockingFailureException e) {
            conflict();
        } catch (RuntimeException e) {
            UserError refusal = UserError.of(e, "submitting report " + loaded.report().getId());
            String message = getTranslation(refusal.messageKey(), refusal.args());
            error(saving ? getTranslation("editor.savedNotSubmitted", message) : message);
        }
    }

    /**
     * Someone else saved first. Nothing is lost: the user's input stays on screen; they may re-apply
     * their own changes on top of the newer version (the cells both changed are listed) or keep editing.
     */
    private void conflict() {
        EditConflict conflict = draft.conflictWith(service.findById(draft.loaded().report().getId()).orElseThrow());
        Set<String> both = conflict.both();
        boolean zh = LanguageSwitch.chinese();
        Dialog dialog = new Dialog();
        dialog.setId("conflict-dialog");
        dialog.setHeaderTitle(getTranslation("editor.conflict.title"));
        dialog.add(new Paragraph(getTranslation("editor.conflict.text", conflict.latest().report().getUpdatedBy(),
                conflict.mine().size(), conflict.theirs().size())));
        if (!both.isEmpty()) {
            dialog.add(new Paragraph(LanguageSwitch.text("editor.conflict.both",
                    Message.Joined.enumeration(both.stream().map(k -> draft.label(k, zh)).toList()))));
        }
        Button reapply = new Button(getTranslation("editor.conflict.reapply"), e -> {
            dialog.close();
            reapply(conflict);
        });
        reapply.setId("conflict-reapply");
        reapply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("editor.conflict.keep"), e -> dialog.close());
        HorizontalLayout buttons = new HorizontalLayout(keep, reapply);
        buttons.setJustifyContentMode(JustifyContentMode.END);
        buttons.setWidthFull();
        dialog.add(buttons);
        dialog.open();
    }

    private void reapply(EditConflict conflict) {
        draft.reapply(conflict);
        ReportContent merged = draft.current();
        draft.template().cellKeys().forEach(k -> editors.show(k, merged.cell(k)));
        textAreas.forEach((p, area) -> area.setValue(merged.narrative(p)));
        render();
    }

    private void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void error(UserError e) {
        error(LanguageSwitch.text(e.messageKey(), e.args()));
    }

    /** Leaving with unsaved input: stay, save and leave, or leave without saving — never lose it silently. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (draft != null && draft.isDirty()) {
            UnsavedChangesDialog.ask(event, draft::discard, this::save);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
