package org.disclosuredesk.dashboard;

import org.disclosuredesk.metrics.ReportScope;

import java.util.List;

/**
 * What a leadership brief holds for a region and a span of years, before it is worded in the reader's language: the
 * headline of the chosen year and the one before it, the figures of every year of the span, the agencies directly
 * under the region at the top and the bottom of the quality ranking, and the open findings — the year's counted
 * reports with rule errors or warnings, worst first.
 *
 * @param findingsShown       at most {@link #FINDINGS_SHOWN} of them; {@code reportsWithFindings} counts them all
 * @param reportsWithErrors   those of them whose sums do not hold
 */
public record LeadershipBrief(AgencyRef region, List<AgencyRef> path, ReportScope scope, Headline headline,
                              Headline previous, List<RollupFigures> years, Metric rankedBy, List<PeerRow> top,
                              List<PeerRow> bottom, int rankedPeers, List<OpenFinding> findingsShown,
                              int reportsWithFindings, int reportsWithErrors) {

    public static final int RANKED_SHOWN = 5;
    public static final int FINDINGS_SHOWN = 10;
}
