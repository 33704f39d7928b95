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
            document.add(scrolling(tables.render(t), t.title(chinese)));
        }
        for (PartHeading part : new PartHeading[]{PartHeading.REQUESTS, PartHeading.REVIEW_LITIGATION}) {
            document.add(new H3(part.heading(chinese)));
            for (TemplateTable t : template.tablesOfPart(part.part())) {
                // parts 三 and 四 are one table each, untitled: named by the part
                document.add(scrolling(tables.render(t), t.title(chinese) == null ? part.heading(chinese)
                        : t.title(chinese)));
            }
        }
        document.add(narrative.apply(NarrativePart.PROBLEMS));
        document.add(narrative.apply(NarrativePart.OTHER));
    }

    /**
     * A wide table scrolls sideways on its own instead of widening the page. The scrolling pane takes the keyboard
     * focus (arrow keys scroll it) and is named by the table's title, as a read-only table has nothing else to
     * focus (WCAG 2.1.1).
     */
    public static Component scrolling(Element table, String title) {
        Div div = new Div();
        div.addClassName("table-scroll");
        keyboardScrollable(div.getElement(), title);
        div.getElement().appendChild(table);
        return div;
    }

    /** A pane that may scroll: reachable by the keyboard, a named region for screen readers. */
    public static void keyboardScrollable(Element pane, String name) {
        pane.setAttribute("tabindex", "0");
        pane.setAttribute("role", "region");
        if (name != null) {
            pane.setAttribute("aria-label", name);
        }
    }
}
