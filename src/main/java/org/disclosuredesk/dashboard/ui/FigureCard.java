package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One headline figure: label, value (or why there is none) and a short explanation. */
class FigureCard extends Div {

    FigureCard(String id, String label, String value, String detail, boolean missing) {
        setId(id);
        addClassName("figure-card");
        Span l = new Span(label);
        l.addClassName("figure-label");
        Span v = new Span(value);
        v.addClassName("figure-value");
        if (missing) {
            v.addClassName("missing");
        }
        add(l, v);
        if (detail != null) {
            Span d = new Span(detail);
            d.addClassName("figure-detail");
            add(d);
        }
    }

    FigureCard onClick(Runnable action) {
        addClassName("clickable");
        getElement().addEventListener("click", e -> action.run());
        return this;
    }
}
