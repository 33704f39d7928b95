package org.disclosuredesk.chart;

/** The chart kinds our Chart.js element draws; the code is what the element reads from its config. */
public enum ChartType {
    BAR("bar"), STACKED_BAR("stacked-bar"), LINE("line"), DOUGHNUT("doughnut");

    private final String code;

    ChartType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
