package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.disclosuredesk.report.QualityScore;

/** The report's quality score and what earned or lost its points, aspect by aspect (docs/quality.md). */
class QualityPanel extends Composite<Div> {

    QualityPanel(QualityScore score) {
        Div root = getContent();
        root.setId("quality-score");
        root.addClassName("quality-panel");
        Span total = new Span(getTranslation("quality.total", score.total()));
        total.setId("quality-total");
        total.addClassName("quality-total");
        UnorderedList parts = new UnorderedList();
        parts.addClassName("quality-parts");
        for (QualityScore.Part p : score.parts()) {
            ListItem item = new ListItem(new Span(p.full() ? "✓" : "✗"),
                    new Span(getTranslation("quality.aspect." + p.aspect().name())),
                    new Span(getTranslation("quality.points", p.points(), p.aspect().weight())));
            item.setId("quality-" + p.aspect().name());
            item.addClassName(p.full() ? "quality-full" : "quality-lost");
            parts.add(item);
        }
        root.add(total, parts);
    }
}
