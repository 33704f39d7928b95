package org.disclosuredesk.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One agency among its peers (the agencies directly under the selected one) for one metric and year.
 *
 * @param rank       1 = highest value among the peers that have one; null without a value
 * @param percentile  rank-based, 0–100: the share of the <em>other</em> valued peers whose value is at or below this
 *                    one's, i.e. {@code 100 × (rankedPeers − rank) ÷ (rankedPeers − 1)}. The top (rank 1, ties
 *                    included) is 100 %, a unique bottom 0 %. Null without a value, and null for everyone when fewer
 *                    than {@link #MIN_PEERS_FOR_PERCENTILE} peers have a value (a percentile of one or two says nothing)
 * @param rankedPeers how many peers have a value
 */
public record PeerRow(long agencyId, String name, String kind, long reports, BigDecimal value, BigDecimal previous,
                      Integer rank, BigDecimal percentile, int rankedPeers) {

    /** Below this many valued peers there is no percentile ("—"). */
    public static final int MIN_PEERS_FOR_PERCENTILE = 3;

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
