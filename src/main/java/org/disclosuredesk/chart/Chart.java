package org.disclosuredesk.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A Chart.js 4 chart (our {@code <dd-chart>} element in {@code frontend/dd-chart.js}). The server
 * sends the whole {@link ChartSpec} as JSON; clicks come back as {@link ChartClickEvent}s.
 */
@Tag("dd-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./dd-chart.js")
public class Chart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartSpec spec;
    private boolean clickable;

    public Chart() {
        setWidthFull();
        setHeight("320px");
    }

    public Chart(ChartSpec spec) {
        this();
        setSpec(spec);
    }

    public ChartSpec getSpec() {
        return spec;
    }

    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        getElement().setProperty("config", toJson(spec));
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        clickable = true;
        if (spec != null) {
            setSpec(spec);
        }
        return addListener(ChartClickEvent.class, listener);
    }

    /** The JSON the element reads; package-visible so tests can check what the browser gets. */
    String toJson(ChartSpec s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", s.type().code());
        root.put("unit", s.unit() == null ? "" : s.unit());
        root.put("horizontal", s.horizontal());
        root.put("clickable", clickable);
        root.put("legend", s.datasets().size() > 1 || s.type() == ChartType.DOUGHNUT);
        Locale locale = getLocale();
        root.put("locale", locale == null ? "zh-CN" : locale.toLanguageTag());
        ArrayNode labels = root.putArray("labels");
        s.labels().forEach(labels::add);
        ArrayNode datasets = root.putArray("datasets");
        for (ChartDataset d : s.datasets()) {
            ObjectNode n = datasets.addObject();
            n.put("label", d.label());
            n.put("color", d.color());
            if (d.colors() != null) {
                ArrayNode colors = n.putArray("colors");
                d.colors().forEach(colors::add);
            }
            ArrayNode values = n.putArray("values");
            for (BigDecimal v : d.values()) {
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v.doubleValue());
                }
            }
            if (d.notes() != null) {
                ArrayNode notes = n.putArray("notes");
                d.notes().forEach(notes::add);
            }
        }
        return JSON.writeValueAsString(root);
    }
}
