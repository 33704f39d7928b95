package org.disclosuredesk.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on a bar, point or slice: which series ({@code datasetIndex}) and which category ({@code index}). */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<Chart> {

    private final int datasetIndex;
    private final int index;

    public ChartClickEvent(Chart source, boolean fromClient,
                           @EventData("event.detail.datasetIndex") int datasetIndex,
                           @EventData("event.detail.index") int index) {
        super(source, fromClient);
        this.datasetIndex = datasetIndex;
        this.index = index;
    }

    public int datasetIndex() {
        return datasetIndex;
    }

    public int index() {
        return index;
    }
}
