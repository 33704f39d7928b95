package org.disclosuredesk.chart;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * A titled chart that can be switched to its data table (for reading exact figures, screen readers and
 * copying). Texts come from the caller, already translated.
 */
public class ChartCard extends Div {

    private final Chart chart;
    private final Button toggle = new Button();
    private final String categoryHeader;
    private final String showTable;
    private final String showChart;
    private final String title;
    private ChartTable table;

    /**
     * @param id             a DOM id for tests and drill-down links (the chart gets {@code id + "-chart"})
     * @param categoryHeader header of the table's first column (e.g. 年度)
     * @param showTable      label of the toggle while the chart shows
     * @param showChart      label of the toggle while the table shows
     */
    public ChartCard(String id, String title, ChartSpec spec, String categoryHeader, String showTable,
                     String showChart) {
        setId(id);
        addClassName("chart-card");
        this.title = title;
        this.categoryHeader = categoryHeader;
        this.showTable = showTable;
        this.showChart = showChart;
        chart = new Chart(spec);
        chart.setId(id + "-chart");
        toggle.setText(showTable);
        toggle.setIcon(VaadinIcon.TABLE.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setId(id + "-toggle");
        toggle.addClickListener(e -> setTableShown(table == null || !table.isVisible()));
        H3 heading = new H3(title);
        heading.addClassName("chart-card-title");
        HorizontalLayout header = new HorizontalLayout(heading, toggle);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(header, chart);
    }

    /** Adds a line under the title, e.g. why some years have no bar. */
    public ChartCard withNote(String note) {
        Span s = new Span(note);
        s.addClassName("chart-card-note");
        addComponentAtIndex(1, s);
        return this;
    }

    public Chart chart() {
        return chart;
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return chart.addChartClickListener(listener);
    }

    public boolean isTableShown() {
        return table != null && table.isVisible();
    }

    public void setTableShown(boolean shown) {
        if (shown && table == null) {
            table = new ChartTable(chart.getSpec(), categoryHeader, getLocale());
            table.setId(getId().orElse("chart") + "-table");
            // the table may scroll sideways on a phone: the keyboard reaches it, a screen reader names it
            table.getElement().setAttribute("tabindex", "0");
            table.getElement().setAttribute("role", "region");
            table.getElement().setAttribute("aria-label", title);
            add(table);
        }
        if (table != null) {
            table.setVisible(shown);
        }
        chart.setVisible(!shown);
        toggle.setText(shown ? showChart : showTable);
        toggle.setIcon(shown ? VaadinIcon.BAR_CHART.create() : VaadinIcon.TABLE.create());
    }
}
