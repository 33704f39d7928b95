package org.disclosuredesk.chart;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The data of a chart as a plain table: one row per category, one column per series. A missing value
 * shows its note (e.g. "not in this edition's template") or "—", never 0.
 */
public class ChartTable extends Div {

    public ChartTable(ChartSpec spec, String categoryHeader, Locale locale) {
        addClassName("chart-table");
        Element table = new Element("table");
        Element head = new Element("tr");
        head.appendChild(new Element("th").setText(categoryHeader));
        for (ChartDataset d : spec.datasets()) {
            head.appendChild(new Element("th").setText(d.label()));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (int i = 0; i < spec.labels().size(); i++) {
            Element tr = new Element("tr");
            // a multi-line axis label carries a note for the chart; the table says it in the value cell
            tr.appendChild(new Element("th").setText(spec.labels().get(i).split("\n")[0]));
            for (ChartDataset d : spec.datasets()) {
                BigDecimal v = d.values().get(i);
                String note = d.note(i);
                Element td = new Element("td").setText(v == null ? (note == null ? "—" : note)
                        : format(v, spec.unit(), locale));
                if (v == null) {
                    td.getClassList().add("missing");
                }
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        getElement().appendChild(table);
    }

    public static String format(BigDecimal v, String unit, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale == null ? Locale.SIMPLIFIED_CHINESE : locale);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setMaximumFractionDigits(fractionDigits(v, unit));
        String number = f.format(v);
        return unit == null || unit.isEmpty() ? number : ("%".equals(unit) ? number + "%" : number + " " + unit);
    }

    /** The value as {@link #format} shows it, as a number (for exports that follow the screen's precision). */
    public static BigDecimal round(BigDecimal v, String unit) {
        return v == null ? null : v.setScale(fractionDigits(v, unit), RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Percentages to one decimal, whole numbers as they are, other amounts to two decimals. */
    private static int fractionDigits(BigDecimal v, String unit) {
        return "%".equals(unit) ? 1 : (v.stripTrailingZeros().scale() <= 0 ? 0 : 2);
    }
}
