package org.disclosuredesk.chart;

import java.util.List;
import java.util.stream.IntStream;

/** Colours for series, distinguishable for most colour-vision deficiencies (Okabe–Ito based). */
public final class ChartPalette {

    public static final List<String> SERIES = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#6C6C6C", "#332288", "#88CCEE", "#117733", "#AA4499");

    private ChartPalette() {
    }

    public static String color(int index) {
        return SERIES.get(index % SERIES.size());
    }

    public static List<String> colors(int count) {
        return IntStream.range(0, count).mapToObj(ChartPalette::color).toList();
    }
}
