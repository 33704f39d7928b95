package org.disclosuredesk.report.ui;

import org.disclosuredesk.ui.OfficialLayout;
import org.disclosuredesk.ui.OfficialTables;
import org.disclosuredesk.ui.UnsavedChangesDialog;
import org.disclosuredesk.ui.UserError;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportDiff;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportWorkflow;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;
import org.disclosuredesk.template.Totals;
import org.disclosuredesk.ui.LanguageSwitch;
import org.disclosuredesk.validation.Finding;
import org.disclosuredesk.validation.Validator;
import org.springframework.dao.OptimisticLockingFailureException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clerk's editor, generated from the template: the official tables with an input per cell,
 * totals computed as they type, every rule checked live (cells marked, findings listed), Tab / Enter
 * moving like a spreadsheet, blocks pasted from Excel or WPS, save and submit.
 */
@Route("reports/:year/:agencyId/edit")
@PermitAll
public class ReportEditorView extends ReportPage implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {


    /** Enter / Shift+Enter move down / up a column; a pasted block with tabs or newlines goes to the server. */
    private static final String SPREADSHEET_KEYS = """
            const root = this;
            if (root.__ddKeys) return;
            root.__ddKeys = true;
            root.addEventListener('keydown', e => {
              const t = e.target;
              if (t.tagName !== 'INPUT' || !t.dataset.cell || e.key !== 'Enter') return;
              e.preventDefault();
              const column = [...root.querySelectorAll(
                  'input[data-table="' + t.dataset.table + '"][data-c="' + t.dataset.c + '"]')];
              const next = column[column.indexOf(t) + (e.shiftKey ? -1 : 1)];
              if (next) { next.focus(); next.select(); }
            });
            window.addEventListener('beforeunload', e => {
              if (root.isConnected && root.dataset.unsaved === 'true') { e.preventDefault(); e.returnValue = ''; }
            });
            root.addEventListener('paste', e => {
              const t = e.target;
              if (t.tagName !== 'INPUT' || !t.dataset.cell) return;
              const text = (e.clipboardData || window.clipboardData).getData('text');
              const body = text.replace(/\\r/g, '').replace(/\\n+$/, '');
              if (!/[\\t\\n]/.test(body)) return;
              e.preventDefault();
              const rows = body.split('\\n').map(r => r.split('\\t'));
              root.dispatchEvent(new CustomEvent('dd-paste',
                  {detail: JSON.stringify({start: t.dataset.cell, rows: rows})}));
            });
            """;

    private final ReportWorkflow workflow;

    private final Map<NarrativePart, TextArea> textAreas = new EnumMap<>(NarrativePart.class);
    private final Span saveState = new Span();

    private LoadedReport loaded;
    private ReportContent base;
    private Template template;
    private final Map<String, CellValue> cells = new LinkedHashMap<>();
    private final Map<NarrativePart, String> texts = new EnumMap<>(NarrativePart.class);
    private final Map<String, CellInput.Problem> invalid = new LinkedHashMap<>();
    private CellEditors editors;
    private List<Finding> findings = List.of();
    private String title = "";
    private boolean dirty;

    public ReportEditorView(ReportService service, ReportWorkflow workflow) {
        super(service);
        this.workflow = workflow;
        addClassName("report-editor");
        document.getElement().addEventListener("dd-paste", e -> paste(e.getEventData().get("event.detail").asString()))
                .addEventData("event.detail");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        document.getElement().executeJs(SPREADSHEET_KEYS);
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
        if (!service.canEdit(found.get().report())) {
            refuse(getTranslation("editor.notEditable",
                    getTranslation("status." + found.get().report().getStatus().name())), found.get());
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
            document.add(new Anchor(viewUrl(report), getTranslation("editor.backToReport")));
        }
    }

    // ------------------------------------------------------------------ layout

    private void open(LoadedReport report) {
        document.removeAll();
        loaded = report;
        base = report.content();
        template = base.template();
        cells.clear();
        cells.putAll(base.cells());
        texts.clear();
        texts.putAll(base.narratives());
        invalid.clear();
        dirty = false;
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

        editors = new CellEditors(cells, false, this::type);
        OfficialTables tables = new OfficialTables(zh, editors);
        OfficialLayout.addSixParts(document, template, zh, tables, part -> narrativeEditor(part, zh));
        document.add(toolbar(false));
        revalidate();
    }

    private Component toolbar(boolean top) {
        Button save = new Button(getTranslation("editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(top ? "save" : "save-bottom");
        Button submit = new Button(getTranslation("editor.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        submit.setId(top ? "submit" : "submit-bottom");
        Button back = new Button(getTranslation("editor.close"),
                e -> getUI().ifPresent(ui -> ui.navigate(viewUrl(loaded))));
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
        area.setValue(texts.getOrDefault(part, ""));
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                write(part, e.getValue());
            }
        });
        textAreas.put(part, area);
        return area;
    }

    // ------------------------------------------------------------------ typing and pasting

    /** A cell's text changed: read it for the cell's kind; a bad text marks the cell and is not taken. */
    void type(String key, String text) {
        if (!editors.isInput(key)) {
            return;
        }
        CellInput.Result r = CellInput.parse(text, template.cellOrThrow(key).kind());
        if (r.ok()) {
            invalid.remove(key);
            cells.put(key, r.value());
        } else {
            invalid.put(key, r.problem());
        }
        editors.markInvalid(key, r.problem(), LanguageSwitch.chinese());
        dirty = true;
        revalidate();
    }

    /** A narrative text changed. */
    void write(NarrativePart part, String text) {
        texts.put(part, text);
        dirty = true;
        revalidate();
    }

    /** A block pasted at a cell: rows and columns land on the cells at the same offsets; totals are skipped. */
    void paste(String json) {
        JsonNode detail = org.disclosuredesk.export.CanonicalJson.MAPPER.readTree(json);
        String start = detail.path("start").asString();
        List<List<String>> rows = new ArrayList<>();
        detail.path("rows").forEach(r -> {
            List<String> row = new ArrayList<>();
            r.forEach(c -> row.add(c.asString()));
            rows.add(row);
        });
        paste(start, rows);
    }

    void paste(String startKey, List<List<String>> block) {
        TemplateTable table = template.cellOrThrow(startKey).table();
        Row startRow = template.cellOrThrow(startKey).row();
        Column startColumn = template.cellOrThrow(startKey).column();
        int r0 = table.rows().indexOf(startRow);
        int c0 = table.columns().indexOf(startColumn);
        for (int i = 0; i < block.size() && r0 + i < table.rows().size(); i++) {
            List<String> values = block.get(i);
            for (int j = 0; j < values.size() && c0 + j < table.columns().size(); j++) {
                String key = table.cellKey(table.rows().get(r0 + i), table.columns().get(c0 + j));
                if (editors.isInput(key)) {
                    editors.showText(key, values.get(j).strip());
                    type(key, values.get(j));
                }
            }
        }
    }

    /** Totals, rule findings, cell marks and the findings panel, from what is on screen now. */
    private void revalidate() {
        Totals.compute(template, cells);
        template.cells().values().stream().filter(d -> d.computed())
                .forEach(d -> editors.show(d.key(), cells.getOrDefault(d.key(), CellValue.BLANK)));
        findings = Validator.validate(current(), loaded.previous());
        boolean zh = LanguageSwitch.chinese();
        Map<String, OfficialTables.CellProblems> byCell = OfficialTables.problemsOf(findings, zh);
        editors.cells().forEach((key, td) -> OfficialTables.mark(td, byCell.get(key)));
        invalid.forEach((key, problem) -> editors.markInvalid(key, problem, zh));
        showFindings(zh);
        saveState.setText(dirty ? getTranslation("editor.unsaved") : "");
        // the browser asks before closing or reloading the tab while this is set
        document.getElement().setAttribute("data-unsaved", String.valueOf(dirty));
    }

    ReportContent current() {
        return new ReportContent(base.agencyName(), base.year(), base.edition(), cells, texts, base.publishedOn());
    }

    private void showFindings(boolean zh) {
        showFindingsHeader(findings, invalid.size());
        invalid.forEach((key, problem) -> findingsPanel.add(findingItem(getTranslation("editor.inputProblem"), "input",
                true, template.cellOrThrow(key).label(zh) + "：" + (zh ? problem.zh() : problem.en()), List.of(key),
                cells -> focusCell(cells.get(0)))));
        for (Finding f : findings) {
            findingsPanel.add(findingItem(f.ruleId(), f.ruleId(), f.isError(), f.message(zh), f.focus(),
                    cells -> focusCell(cells.get(0))));
        }
    }

    private void focusCell(String key) {
        document.getElement().executeJs("""
                const td = this.querySelector('td[data-cell="' + $0 + '"]');
                if (!td) return;
                td.scrollIntoView({block: 'center'});
                const input = td.querySelector('input');
                if (input) { input.focus(); input.select(); }
                td.classList.add('highlight');
                setTimeout(() => td.classList.remove('highlight'), 1500);""", key);
    }

    // ------------------------------------------------------------------ save and submit

    boolean save() {
        if (!invalid.isEmpty()) {
            error(getTranslation("editor.fixInputFirst", invalid.size()));
            return false;
        }
        try {
            LoadedReport saved = service.saveContent(loaded.report().getId(), loaded.report().getVersion(), current());
            reopenKeepingScroll(saved);
            Notification.show(getTranslation("editor.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (OptimisticLockingFailureException e) {
            conflict();
        } catch (RuntimeException e) {
            error(UserError.of(e, "saving report " + loaded.report().getId()));
        }
        return false;
    }

    private void submit() {
        if (dirty && !save()) {
            return;
        }
        try {
            LoadedReport submitted = workflow.submit(loaded.report().getId(), loaded.report().getVersion());
            Notification.show(getTranslation("editor.submitted"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(viewUrl(submitted)));
        } catch (OptimisticLockingFailureException e) {
            conflict();
        } catch (RuntimeException e) {
            error(UserError.of(e, "submitting report " + loaded.report().getId()));
        }
    }

    private void reopenKeepingScroll(LoadedReport saved) {
        loaded = saved;
        base = saved.content();
        dirty = false;
        // the server's totals and raw texts are now the stored ones; inputs keep focus and scroll
        cells.clear();
        cells.putAll(base.cells());
        revalidate();
    }

    /**
     * Someone else saved first. Nothing is lost: the user's input stays on screen; they may re-apply
     * their own changes on top of the newer version (the cells both changed are listed) or keep editing.
     */
    private void conflict() {
        LoadedReport latest = service.findById(loaded.report().getId()).orElseThrow();
        ReportContent mine = current();
        Set<String> myChanges = keys(ReportDiff.between(base, mine));
        Set<String> theirChanges = keys(ReportDiff.between(base, latest.content()));
        Set<String> both = new LinkedHashSet<>(myChanges);
        both.retainAll(theirChanges);
        boolean zh = LanguageSwitch.chinese();
        Dialog dialog = new Dialog();
        dialog.setId("conflict-dialog");
        dialog.setHeaderTitle(getTranslation("editor.conflict.title"));
        dialog.add(new Paragraph(getTranslation("editor.conflict.text", latest.report().getUpdatedBy(),
                myChanges.size(), theirChanges.size())));
        if (!both.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("editor.conflict.both") + String.join("、",
                    both.stream().map(k -> label(k, zh)).toList())));
        }
        Button reapply = new Button(getTranslation("editor.conflict.reapply"), e -> {
            dialog.close();
            reapply(latest, mine, myChanges);
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

    /** The newer version plus only the cells and texts this user changed. */
    private void reapply(LoadedReport latest, ReportContent mine, Set<String> myChanges) {
        ReportContent merged = latest.content();
        for (String key : myChanges) {
            Optional<NarrativePart> part = java.util.Arrays.stream(NarrativePart.values())
                    .filter(p -> p.key().equals(key)).findFirst();
            merged = part.isPresent() ? merged.withNarrative(part.get(), mine.narrative(part.get()))
                    : merged.withCell(key, mine.cell(key));
        }
        loaded = latest;
        base = latest.content();
        cells.clear();
        cells.putAll(merged.cells());
        texts.clear();
        texts.putAll(merged.narratives());
        cells.forEach(editors::show);
        template.cellKeys().stream().filter(k -> !cells.containsKey(k)).forEach(k -> editors.show(k, CellValue.BLANK));
        textAreas.forEach((p, area) -> area.setValue(texts.getOrDefault(p, "")));
        dirty = true;
        revalidate();
    }

    private String label(String key, boolean zh) {
        return template.cell(key).map(d -> d.label(zh)).orElseGet(() -> java.util.Arrays.stream(NarrativePart.values())
                .filter(p -> p.key().equals(key)).findFirst().map(p -> p.heading(zh)).orElse(key));
    }

    private static Set<String> keys(List<ReportDiff.Change> changes) {
        Set<String> keys = new LinkedHashSet<>();
        changes.forEach(c -> keys.add(c.key()));
        return keys;
    }

    private void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void error(UserError e) {
        error(getTranslation(e.messageKey(), e.args()));
    }

    static String viewUrl(LoadedReport r) {
        return "reports/" + r.report().getReportYear() + "/" + r.report().getAgencyId();
    }

    List<Finding> findings() {
        return findings;
    }

    Map<String, CellInput.Problem> invalidInputs() {
        return invalid;
    }

    /** Leaving with unsaved input: stay, save and leave, or leave without saving — never lose it silently. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty && loaded != null) {
            UnsavedChangesDialog.ask(event, () -> dirty = false, this::save);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
