package org.disclosuredesk.importing.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.importing.ReviewDraft;
import org.disclosuredesk.template.PartHeading;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;
import org.disclosuredesk.ui.OfficialLayout;
import org.disclosuredesk.ui.OfficialTables;

import java.util.Map;
import java.util.stream.Stream;

/**
 * The parsed tables in the official layout ({@link OfficialTables}), made reviewable: unread cells are
 * marked, so are cells worked out rather than read as printed and cells the user changed; clicking a cell selects it and opens an input right in the
 * cell. A value that is not valid for the cell is refused there, with the reason under the input.
 */
class ReviewTables extends Div {

    /** Event data of a click: the key of the cell clicked, or null outside value cells. */
    static final String CLICKED_CELL = "event.target.closest('td[data-cell]')?.dataset.cell ?? null";

    private final ReviewDraft draft;
    private final boolean chinese;
    private final SerializableConsumer<String> onSelect;
    private final Runnable onChange;
    private final TextField editor = new TextField();
    private String selected;

    ReviewTables(ReviewDraft draft, boolean chinese, SerializableConsumer<String> onSelect, Runnable onChange) {
        this.draft = draft;
        this.chinese = chinese;
        this.onSelect = onSelect;
        this.onChange = onChange;
        addClassName("review-tables");
        setId("review-tables");
        editor.setId("cell-editor");
        editor.addClassName("cell-editor");
        editor.setWidth("7em");
        editor.setPlaceholder("/");
        editor.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                commit(e.getValue());
            }
        });
        editor.addKeyDownListener(Key.ESCAPE, e -> select(null));
        render();
    }

    String selected() {
        return selected;
    }

    /** Selects a cell (null: none): opens the input in it and tells the view, which shows its source. */
    void select(String key) {
        if (key == null || !key.equals(selected)) {
            editor.setInvalid(false);
        }
        selected = key != null && draft.cell(key).isPresent() ? key : null;
        render();
        onSelect.accept(selected);
    }

    /** True while the open input holds text that is not a valid value: saving must wait for it. */
    boolean hasInvalidInput() {
        return selected != null && editor.isInvalid();
    }

    private void commit(String typed) {
        if (selected == null) {
            return;
        }
        String unchanged = draft.content().cell(selected).display();
        if (typed.strip().equals(unchanged) && !draft.isUnresolved(selected)) {
            editor.setInvalid(false);
            return;
        }
        CellInput.Result parsed = draft.type(selected, typed);
        if (!parsed.ok()) {
            editor.setErrorMessage(parsed.message(chinese));
            editor.setInvalid(true);
            markCell(selected, "input-error");
            return;
        }
        editor.setInvalid(false);
        onChange.run(); // the view re-renders the tables with the new findings
    }

    void render() {
        getElement().removeAllChildren();
        Map<String, OfficialTables.CellProblems> problems = OfficialTables.problemsOf(draft.findings(), chinese);
        Template template = draft.content().template();
        add(new H3(heading(PartHeading.PROACTIVE)));
        for (TemplateTable t : template.tablesOfPart("s2")) {
            add(new H4(t.title(chinese)));
            addTable(t, problems, t.title(chinese));
        }
        add(new H3(heading(PartHeading.REQUESTS)));
        addTable(template.table("s3"), problems, heading(PartHeading.REQUESTS));
        add(new H3(heading(PartHeading.REVIEW_LITIGATION)));
        addTable(template.table("s4"), problems, heading(PartHeading.REVIEW_LITIGATION));
    }

    private String heading(PartHeading h) {
        return chinese ? h.officialZh() : h.numeral() + ". " + h.titleEn();
    }

    private void addTable(TemplateTable table, Map<String, OfficialTables.CellProblems> problems, String name) {
        Element t = new OfficialTables(chinese, OfficialTables.readOnly(draft.content(), problems,
                v -> v.isBlank() ? "" : getTranslation("report.cell.na"))).render(table);
        valueCells(t).forEach(this::decorate);
        t.addEventListener("click", e -> {
            var key = e.getEventData().get(CLICKED_CELL);
            if (key != null && key.isString()) {
                select(key.asString());
            }
        }).addEventData(CLICKED_CELL);
        add(OfficialLayout.scrolling(t, name));
    }

    private void decorate(Element td) {
        String key = td.getAttribute("data-cell");
        if (draft.isUnresolved(key)) {
            td.getClassList().add("unresolved");
            td.setAttribute("title", getTranslation("review.cell.unresolved"));
        }
        if (draft.isInferred(key)) {
            td.getClassList().add("inferred");
            td.setAttribute("title", getTranslation("review.cell.inferred"));
        }
        if (draft.isEdited(key)) {
            td.getClassList().add("edited");
        }
        if (key.equals(selected)) {
            td.getClassList().add("selected");
            td.setText("");
            if (!editor.isInvalid()) {
                editor.setValue(draft.content().cell(key).display());
            }
            td.appendChild(editor.getElement());
            editor.focus();
        }
    }

    private void markCell(String key, String className) {
        valueCells(getElement()).filter(td -> key.equals(td.getAttribute("data-cell")))
                .forEach(td -> td.getClassList().add(className));
    }

    private static Stream<Element> valueCells(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ReviewTables::valueCells))
                .filter(e -> !e.isTextNode() && e.hasAttribute("data-cell"));
    }
}
