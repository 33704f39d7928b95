package org.disclosuredesk.metrics;

import java.util.List;
import java.util.Locale;

/**
 * Which reports a figure counts. Leadership figures count what has been reviewed, as published statistics in this
 * field do; the reporting season is followed with {@link #ALL}. A published report under correction keeps counting
 * with its published revision in {@link #PUBLISHED} and — until the correction is approved — in {@link #REVIEWED}
 * (decision 014: what was published stays published).
 */
public enum ReportScope {
    /** 已公开: the published revision of every report that has one. */
    PUBLISHED(List.of(MetricsBucket.PUBLISHED, MetricsBucket.PUBLISHED_PRIOR, MetricsBucket.PUBLISHED_SUPERSEDED)),
    /** 已审核: approved or published — the default. */
    REVIEWED(List.of(MetricsBucket.APPROVED, MetricsBucket.PUBLISHED, MetricsBucket.PUBLISHED_PRIOR)),
    /** 全部（含未审核）: the working revision of every report, whatever its status. */
    ALL(MetricsBucket.CURRENT);

    public static final ReportScope DEFAULT = REVIEWED;

    private final List<MetricsBucket> buckets;

    ReportScope(List<MetricsBucket> buckets) {
        this.buckets = buckets;
    }

    /** The rollup buckets summed for this scope: each report is in at most one of them. */
    public List<MetricsBucket> buckets() {
        return buckets;
    }

    /** As it appears in a URL: {@code published}, {@code reviewed}, {@code all}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope named in a URL; anything else is the default. */
    public static ReportScope fromParam(String value) {
        if (value != null) {
            for (ReportScope s : values()) {
                if (s.param().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
        }
        return DEFAULT;
    }
}
