package org.disclosuredesk.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One agency among its peers (the agencies directly under the selected one) for one metric and year.
 *
 * @param rank       1 = highest value among the peers that have one; null without a value
 * @param percentile share of valued peers with a lower value, 0–100; null without a value
 * @param rankedPeers how many peers have a value
 */
public record PeerRow(long agencyId, String name, String kind, long reports, BigDecimal value, BigDecimal previous,
                      Integer rank, BigDecimal percentile, int rankedPeers) {

    /** An anomaly worth a look: the value is at least 5× or at most ⅕ of last year's. */
    public static final BigDecimal ANOMALY_FACTOR = BigDecimal.valueOf(5);

    /** Change against last year in percent; null when either year is missing or last year was 0. */
    public BigDecimal yoyPercent() {
        if (value == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return value.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous, MathContext.DECIMAL64);
    }

    public boolean anomaly() {
        if (value == null || previous == null || previous.signum() <= 0 || value.signum() < 0) {
            return false;
        }
        return value.compareTo(previous.multiply(ANOMALY_FACTOR)) >= 0
                || value.multiply(ANOMALY_FACTOR).compareTo(previous) <= 0;
    }
}
