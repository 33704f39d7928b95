package org.disclosuredesk.importing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import org.disclosuredesk.importer.Provenance;

/**
 * The text extracted from the file, as the importer saw it. {@link #highlight} marks the span a cell was
 * read from and scrolls it into view. Offsets are UTF-16 indexes in Java and in the browser's text node
 * alike, so provenance offsets apply unchanged. The span is also kept as attributes ({@code data-start},
 * {@code data-end}) so the server-side state can be checked without a browser.
 */
class SourceTextPanel extends Div {

    /** Unwraps the previous mark (restoring a single text node), then wraps the new span in a mark. */
    private static final String HIGHLIGHT_JS = """
            const pre = this.querySelector('pre');
            pre.querySelectorAll('mark').forEach(m => m.replaceWith(document.createTextNode(m.textContent)));
            pre.normalize();
            if ($0 < 0) return;
            const text = pre.firstChild;
            if (!text) return;
            const range = document.createRange();
            range.setStart(text, Math.min($0, text.length));
            range.setEnd(text, Math.min(Math.max($0, $1), text.length));
            const mark = document.createElement('mark');
            mark.className = 'provenance' + ($1 > $0 ? '' : ' empty-cell');
            range.surroundContents(mark);
            const box = this.getBoundingClientRect();
            const at = mark.getBoundingClientRect();
            this.scrollTop += at.top - box.top - this.clientHeight / 3;
            """;

    private final Pre pre = new Pre();

    SourceTextPanel(String text) {
        addClassName("source-text");
        setId("source-text");
        pre.setText(text);
        add(pre);
    }

    void highlight(Provenance span) {
        getElement().setAttribute("data-start", String.valueOf(span.start()));
        getElement().setAttribute("data-end", String.valueOf(span.end()));
        getElement().executeJs(HIGHLIGHT_JS, span.start(), span.end());
    }

    void clearHighlight() {
        getElement().removeAttribute("data-start");
        getElement().removeAttribute("data-end");
        getElement().executeJs(HIGHLIGHT_JS, -1, -1);
    }
}
