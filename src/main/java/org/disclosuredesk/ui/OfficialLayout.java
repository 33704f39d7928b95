package org.disclosuredesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.dom.Element;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.PartHeading;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;

import java.util.function.Function;

/**
 * The six parts of a report in the official order — 一 text, 二–四 tables, 五 and 六 text — for any
 * view that shows a report: how the tables' cells and the texts look is the caller's.
 */
public final class OfficialLayout {

    private OfficialLayout() {
    }

    public static void addSixParts(HasComponents document, Template template, boolean chinese, OfficialTables tables,
                                   Function<NarrativePart, Component> narrative) {
        document.add(narrative.apply(NarrativePart.OVERVIEW));
        document.add(new H3(PartHeading.PROACTIVE.heading(chinese)));
        for (TemplateTable t : template.tablesOfPart(PartHeading.PROACTIVE.part())) {
            document.add(new H4(t.title(chinese)));
            document.add(scrolling(tables.render(t)));
        }
        for (PartHeading part : new PartHeading[]{PartHeading.REQUESTS, PartHeading.REVIEW_LITIGATION}) {
            document.add(new H3(part.heading(chinese)));
            for (TemplateTable t : template.tablesOfPart(part.part())) {
                document.add(scrolling(tables.render(t)));
            }
        }
        document.add(narrative.apply(NarrativePart.PROBLEMS));
        document.add(narrative.apply(NarrativePart.OTHER));
    }

    /** A wide table scrolls sideways on its own instead of widening the page. */
    public static Component scrolling(Element table) {
        Div div = new Div();
        div.addClassName("table-scroll");
        div.getElement().appendChild(table);
        return div;
    }
}
