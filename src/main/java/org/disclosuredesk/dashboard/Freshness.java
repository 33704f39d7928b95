package org.disclosuredesk.dashboard;

import java.time.Duration;
import java.time.Instant;

/**
 * How fresh a subtree's dashboard figures are (decision 017).
 *
 * @param asOf            every save made before this moment is counted
 * @param current         nothing in the subtree waits for the refresher ({@code asOf} is now)
 * @param refreshInterval how often the refresher runs: a save is counted about one interval (plus one run) later
 */
public record Freshness(Instant asOf, boolean current, Duration refreshInterval) {
}
