package org.disclosuredesk.metrics;

import java.util.List;

/**
 * The buckets {@code metrics_rollup} keeps its sums in, per (agency subtree, year). A report's current metrics row
 * falls in the bucket of its workflow status; while a published report is being corrected, its published revision
 * has a second row, in {@link #PUBLISHED_PRIOR} (correction not yet approved) or {@link #PUBLISHED_SUPERSEDED}
 * (correction approved, not yet published). The bucket is computed by the database from the row (V16), so every
 * writer of metrics rows gets it right; a dashboard scope is a set of buckets summed at read time.
 */
public enum MetricsBucket {
    DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED, PUBLISHED_PRIOR, PUBLISHED_SUPERSEDED;

    /** The buckets of current rows: each report is in exactly one of them. */
    public static final List<MetricsBucket> CURRENT = List.of(DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED);

    /** The rollup's column holding the bucket. */
    public static final String COLUMN = "bucket";
}
