package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextAreaTester;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import org.disclosuredesk.template.NarrativePart;

import java.util.stream.Stream;

/**
 * Drives the editor the way the browser does: a value typed into a cell's input arrives as a property
 * change from the client, a pasted block as the 'dd-paste' event report-editor-keys.js sends, clicks on
 * the buttons. What the editor decides is checked on the screen it renders.
 */
final class EditorScreen {

    private final ReportEditorView view;

    EditorScreen(ReportEditorView view) {
        this.view = view;
    }

    void type(String key, String text) {
        try {
            input(key).getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", text).run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
            throw new AssertionError("the input of " + key + " does not take values from the browser", e);
        }
    }

    void write(NarrativePart part, String text) {
        new TextAreaTester<>(component("narrative-" + part.key(), TextArea.class)).setValue(text);
    }

    /** Clipboard text pasted into the input of {@code startKey}, with tabs or newlines in it. */
    void paste(String startKey, String text) {
        Element document = byId("report-document");
        var data = JacksonUtils.createObjectNode();
        data.put("event.detail.start", startKey);
        data.put("event.detail.text", text);
        document.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(document, "dd-paste", data));
    }

    /** Clicks Save; true when nothing is left unsaved afterwards. */
    boolean save() {
        component("save", Button.class).click();
        return !isUnsaved();
    }

    /** Clicks Submit; a report that may be submitted asks first — {@link #confirmSubmit()} answers yes. */
    void submit() {
        component("submit", Button.class).click();
    }

    /** Whether the submit confirmation is open. */
    boolean asksToConfirm() {
        return confirmButton("confirm-ok").isPresent();
    }

    /** Submit, confirmed. */
    void confirmSubmit() {
        submit();
        confirmButton("confirm-ok").orElseThrow(() -> new AssertionError("submitting did not ask")).click();
    }

    void cancelSubmit() {
        submit();
        confirmButton("confirm-cancel").orElseThrow(() -> new AssertionError("submitting did not ask")).click();
    }

    /** The confirmation is a dialog of the UI, not part of the editor. */
    private static java.util.Optional<Button> confirmButton(String id) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        // an opened dialog joins the UI just before the response, as in a round trip to the browser
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return descendants(ui)
                .filter(c -> c instanceof Button && id.equals(c.getId().orElse(null)))
                .map(Button.class::cast).findFirst();
    }

    private static Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(EditorScreen::descendants));
    }

    boolean isUnsaved() {
        return !component("save-state", Span.class).getText().isEmpty();
    }

    /** The {@code <td>} of a cell: its text for totals, its classes and data-problem for marks. */
    Element cell(String key) {
        return elements().filter(e -> "td".equals(e.getTag()) && key.equals(e.getAttribute("data-cell")))
                .findFirst().orElseThrow();
    }

    /** What the input of a cell shows. */
    String shown(String key) {
        return input(key).getProperty("value", "");
    }

    /** The {@code <input>} of a cell: its title is the tooltip. */
    Element input(String key) {
        return elements().filter(e -> "input".equals(e.getTag()) && key.equals(e.getAttribute("data-cell")))
                .findFirst().orElseThrow(() -> new AssertionError("no input for " + key));
    }

    private <T> T component(String id, Class<T> type) {
        return byId(id).getComponent().map(type::cast).orElseThrow();
    }

    private Element byId(String id) {
        return elements().filter(e -> id.equals(e.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no element #" + id));
    }

    private Stream<Element> elements() {
        return descendants(view.getElement()).filter(e -> !e.isTextNode());
    }

    private static Stream<Element> descendants(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren().flatMap(EditorScreen::descendants));
    }
}
