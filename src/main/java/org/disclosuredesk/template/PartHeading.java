package org.disclosuredesk.template;

import java.util.List;
import java.util.stream.Stream;

/**
 * The six headings of a report (一 … 六) as printed, with the wordings real reports use instead.
 * The importer finds the parts by these; the official-format exporter prints {@link #officialZh()}.
 */
public enum PartHeading {
    OVERVIEW("p1", "一", "总体情况", "Overview"),
    PROACTIVE("s2", "二", "主动公开政府信息情况", "Proactive disclosure"),
    REQUESTS("s3", "三", "收到和处理政府信息公开申请情况", "Requests received and handled",
            "收到和处理政府信息公开申请的情况"),
    REVIEW_LITIGATION("s4", "四", "政府信息公开行政复议、行政诉讼情况",
            "Administrative reconsideration and litigation",
            "政府信息公开行政复议和行政诉讼情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
            "政府信息公开行政复议、提起行政诉讼情况"),
    PROBLEMS("p5", "五", "存在的主要问题及改进情况", "Main problems and improvements",
            "存在的主要问题和改进情况", "政府信息公开工作存在的主要问题及改进情况"),
    OTHER("p6", "六", "其他需要报告的事项", "Other matters to report");

    private final String part;
    private final String numeral;
    private final String titleZh;
    private final String titleEn;
    private final List<String> variantsZh;

    PartHeading(String part, String numeral, String titleZh, String titleEn, String... variantsZh) {
        this.part = part;
        this.numeral = numeral;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.variantsZh = List.of(variantsZh);
    }

    /** The part key: p1, s2, s3, s4, p5 or p6 (table parts share their cell-key prefix). */
    public String part() {
        return part;
    }

    /** The heading of a part key (p1, s2 … p6). */
    public static PartHeading of(String part) {
        for (PartHeading h : values()) {
            if (h.part.equals(part)) {
                return h;
            }
        }
        throw new IllegalArgumentException("No part " + part);
    }

    /** 一 … 六 */
    public String numeral() {
        return numeral;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    /** e.g. 三、收到和处理政府信息公开申请情况 */
    public String officialZh() {
        return numeral + "、" + titleZh;
    }

    /** The heading as displayed: 三、收到和处理政府信息公开申请情况, or "3. Requests received and handled". */
    public String heading(boolean chinese) {
        return chinese ? officialZh() : (ordinal() + 1) + ". " + titleEn;
    }

    /** The official title first, then the variants seen in published reports. */
    public List<String> printedTitlesZh() {
        return Stream.concat(Stream.of(titleZh), variantsZh.stream()).toList();
    }
}
