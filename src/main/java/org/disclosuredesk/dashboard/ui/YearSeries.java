package org.disclosuredesk.dashboard.ui;

import org.disclosuredesk.chart.ChartDataset;
import org.disclosuredesk.dashboard.MetricExpr;
import org.disclosuredesk.dashboard.RollupFigures;
import org.disclosuredesk.dashboard.TemplateFigures;

import java.math.BigDecimal;
import java.util.List;
import java.util.ArrayList;

/** Turns per-year figures into chart series; years whose template lacks the cell get a note, not a 0. */
final class YearSeries {

    private YearSeries() {
    }

    static List<String> labels(List<RollupFigures> years) {
        return years.stream().map(f -> String.valueOf(f.year())).toList();
    }

    static List<BigDecimal> values(List<RollupFigures> years, MetricExpr expr) {
        return years.stream().map(expr::eval).toList();
    }

    /** @param notInTemplate the note for years whose edition has no such cell */
    static ChartDataset dataset(String label, List<RollupFigures> years, MetricExpr expr, String color,
                                String editionCell, String notInTemplate, String noData) {
        List<BigDecimal> values = values(years, expr);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            if (values.get(i) != null) {
                notes.add(null);
            } else if (editionCell != null && !TemplateFigures.inTemplate(years.get(i).year(), editionCell)) {
                notes.add(notInTemplate);
            } else {
                notes.add(noData);
            }
        }
        return ChartDataset.of(label, values, color).withNotes(notes);
    }
}
