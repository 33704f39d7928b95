package org.disclosuredesk.dashboard;

/** Columns the comparison grid sorts by, in SQL (nulls always last). */
public enum PeerSort {
    NAME("name"), VALUE("value"), RANK("peer_rank"), PERCENTILE("pct"), YOY("yoy"), REPORTS("reports"),
    ORDER("sort_order");

    private final String column;

    PeerSort(String column) {
        this.column = column;
    }

    String orderBy(boolean ascending) {
        String dir = ascending ? " ASC" : " DESC";
        return column + " IS NULL, " + column + dir + ", id";
    }
}
