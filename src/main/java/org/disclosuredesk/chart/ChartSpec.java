package org.disclosuredesk.chart;

import java.util.List;
import java.util.Objects;

/**
 * Everything a chart shows: kind, category labels, series and the unit of the values (件, 万元, %).
 * The same spec feeds the Chart.js element and the data-table view of the chart.
 */
public record ChartSpec(ChartType type, List<String> labels, List<ChartDataset> datasets, String unit,
                        boolean horizontal) {

    public ChartSpec {
        labels = List.copyOf(labels);
        datasets = List.copyOf(datasets);
        for (ChartDataset d : datasets) {
            if (d.values().size() != labels.size()) {
                throw new IllegalArgumentException("Dataset " + d.label() + " has " + d.values().size()
                        + " values for " + labels.size() + " labels");
            }
        }
    }

    public static ChartSpec of(ChartType type, List<String> labels, List<ChartDataset> datasets, String unit) {
        return new ChartSpec(type, labels, datasets, unit, false);
    }

    public ChartSpec horizontally() {
        return new ChartSpec(type, labels, datasets, unit, true);
    }

    /** True when no value at all is there to draw. */
    public boolean isEmpty() {
        return datasets.stream().allMatch(d -> d.values().stream().allMatch(Objects::isNull));
    }
}
