package org.disclosuredesk.template;

/** The free-text parts 一、五、六 of a report. */
public enum NarrativePart {
    OVERVIEW("p1", 1, "一、总体情况", "1. Overview"),
    PROBLEMS("p5", 5, "五、存在的主要问题及改进情况", "5. Main problems and improvements"),
    OTHER("p6", 6, "六、其他需要报告的事项", "6. Other matters to report");

    /** Longest text we accept in one part; published parts are a few thousand characters. */
    public static final int MAX_LENGTH = 20_000;

    private final String key;
    private final int number;
    private final String headingZh;
    private final String headingEn;

    NarrativePart(String key, int number, String headingZh, String headingEn) {
        this.key = key;
        this.number = number;
        this.headingZh = headingZh;
        this.headingEn = headingEn;
    }

    public String key() {
        return key;
    }

    public int number() {
        return number;
    }

    public String heading(boolean chinese) {
        return chinese ? headingZh : headingEn;
    }
}
