package org.disclosuredesk.report;

import java.util.Locale;

/**
 * How the dashboard rollups follow saves ({@code app.metrics.rollup}, decision 017).
 * <ul>
 * <li>{@code refresher} (default): a save writes its report's metrics rows and appends its (agency, year) to
 * {@code rollup_dirty}; the {@link RollupRefresher} recomputes the ancestors' rollups a moment later. Saves do not
 * wait on one another, and on Galera they do not conflict at certification.</li>
 * <li>{@code inline}: the save moves every ancestor's rollup by its delta inside its own transaction (decision 010):
 * figures exact at once, but every save of a year in the country queues on the same 全国 rows.</li>
 * </ul>
 * Every instance sharing a database must use the same mode.
 */
public enum RollupMode {
    INLINE, REFRESHER;

    public static final String PROPERTY = "app.metrics.rollup";

    public static RollupMode of(String value) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        try {
            return v.isEmpty() ? REFRESHER : valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " must be 'refresher' or 'inline', not '" + value + "'", e);
        }
    }
}
