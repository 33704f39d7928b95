package org.disclosuredesk.dashboard;

import org.disclosuredesk.metrics.MetricsColumns;
import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.report.ReportStatus;
import org.disclosuredesk.security.AccessPolicy;
import org.disclosuredesk.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dashboards show, for a subtree the user may read: every method checks the agency scope on
 * the server (any role may read dashboards of its own subtree). Returns records, never aggregates.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    public static final int FIRST_YEAR = 2019;

    private final DashboardQueries queries;
    private final AccessPolicy access;

    private final Duration refreshInterval;

    public DashboardService(DashboardQueries queries, AccessPolicy access,
                            @Value("${app.metrics.refresh-interval:1s}") Duration refreshInterval) {
        this.queries = queries;
        this.access = access;
        this.refreshInterval = refreshInterval;
    }

    /**
     * How fresh the subtree's figures are: every save made before {@code asOf} is counted — now when nothing in the
     * subtree waits for the rollup refresher, else the time of the oldest save it has not counted yet (decision 017).
     */
    public Freshness freshness(long agencyId) {
        access.requireRead(agencyId);
        Long pending = queries.pendingMillis(agencyId);
        Instant now = Instant.now();
        return pending == null ? new Freshness(now, true, refreshInterval)
                : new Freshness(now.minusMillis(Math.max(0, pending)), false, refreshInterval);
    }

    /** The agency a user's dashboard opens on: the root of their own subtree. */
    public long homeAgency() {
        return CurrentUser.require().agencyId();
    }

    /** The latest report year with any report in the subtree (else last calendar year). */
    public int latestYear(long agencyId) {
        access.requireRead(agencyId);
        Integer y = queries.latestYear(agencyId);
        return y != null ? y : Year.now().getValue() - 1;
    }

    public Headline headline(long agencyId, int year, ReportScope scope) {
        access.requireRead(agencyId);
        List<RollupFigures> rows = queries.rollups(agencyId, year, year, scope);
        RollupFigures f = rows.isEmpty() ? RollupFigures.empty(agencyId, year) : rows.get(0);
        Map<Metric, BigDecimal> figures = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            figures.put(m, m.expr().eval(f));
        }
        int reporting = queries.reportingAgencies(agencyId, year);
        return new Headline(agencyId, year, scope, figures,
                Metric.PROCUREMENT_AMOUNT.inTemplate(year), reporting, f.reportCount(), f.reportsLeftOut(), unreviewed(f),
                (int) Math.max(0, reporting - submitted(f) - f.counter(MetricsColumns.CORRECTIONS_OPEN)),
                (int) f.counter(MetricsColumns.CORRECTIONS_OPEN));
    }

    /** One entry per year in [from, to], empty figures where the subtree has no report that year. */
    public List<RollupFigures> yearly(long agencyId, int fromYear, int toYear, ReportScope scope) {
        access.requireRead(agencyId);
        Map<Integer, RollupFigures> byYear = new HashMap<>();
        queries.rollups(agencyId, fromYear, toYear, scope).forEach(r -> byYear.put(r.year(), r));
        List<RollupFigures> out = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            out.add(byYear.getOrDefault(y, RollupFigures.empty(agencyId, y)));
        }
        return out;
    }

    public List<PeerRow> peers(long agencyId, int year, ReportScope scope, Metric metric, PeerSort sort,
                               boolean ascending, int offset, int limit) {
        access.requireRead(agencyId);
        return queries.peers(agencyId, year, scope, metric, sort, ascending, offset, limit);
    }

    public int peerCount(long agencyId) {
        access.requireRead(agencyId);
        return queries.peerCount(agencyId);
    }

    /** The n peers with the highest value of the metric (those without a value left out). */
    public List<PeerRow> top(long agencyId, int year, ReportScope scope, Metric metric, int n) {
        return peers(agencyId, year, scope, metric, PeerSort.VALUE, false, 0, n).stream()
                .filter(p -> p.value() != null).toList();
    }

    /**
     * The leadership brief of a region: the headline of {@code year} against the year before, the figures of every
     * year in [from, to], the agencies under the region ranked by report quality (top and bottom), and the year's
     * counted reports with errors or warnings.
     */
    public LeadershipBrief brief(long agencyId, int year, int fromYear, int toYear, ReportScope scope) {
        access.requireRead(agencyId);
        List<AgencyRef> path = path(agencyId);
        Metric rankedBy = Metric.QUALITY_SCORE;
        int n = LeadershipBrief.RANKED_SHOWN;
        List<PeerRow> top = top(agencyId, year, scope, rankedBy, n);
        List<PeerRow> bottom = peers(agencyId, year, scope, rankedBy, PeerSort.VALUE, true, 0, n).stream()
                .filter(p -> p.value() != null && top.stream().noneMatch(t -> t.agencyId() == p.agencyId()))
                .toList();
        int ranked = top.isEmpty() ? 0 : top.get(0).rankedPeers();
        int[] findings = queries.openFindingCounts(agencyId, year, scope);
        return new LeadershipBrief(path.get(path.size() - 1), path, scope, headline(agencyId, year, scope),
                year > FIRST_YEAR ? headline(agencyId, year - 1, scope) : null,
                yearly(agencyId, fromYear, toYear, scope), rankedBy, top, bottom.reversed(), ranked,
                queries.openFindings(agencyId, year, scope, LeadershipBrief.FINDINGS_SHOWN), findings[1], findings[0]);
    }

    public List<TrackerRow> tracker(long agencyId, int year, boolean notSubmittedOnly, int offset, int limit) {
        access.requireRead(agencyId);
        return queries.tracker(agencyId, year, notSubmittedOnly, offset, limit);
    }

    /** How many tracker rows there are, from the rollup and subtree counts (no scan of the subtree). */
    public int trackerCount(long agencyId, int year, boolean notSubmittedOnly) {
        // the tracker follows the workflow: any scope gives the same counts
        Headline h = headline(agencyId, year, ReportScope.ALL);
        return notSubmittedOnly ? h.notSubmitted() : h.reportingAgencies();
    }

    /** Reports per workflow status for the year (missing = reporting agencies without a report). */
    public Map<ReportStatus, Long> statusCounts(long agencyId, int year) {
        access.requireRead(agencyId);
        List<RollupFigures> rows = queries.rollups(agencyId, year, year, ReportScope.ALL);
        Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);
        for (ReportStatus s : ReportStatus.values()) {
            counts.put(s, rows.isEmpty() ? 0 : rows.get(0).counter(MetricsColumns.statusColumn(s.name())));
        }
        return counts;
    }

    public List<AgencyRef> path(long agencyId) {
        access.requireRead(agencyId);
        long home = homeAgency();
        List<AgencyRef> path = queries.path(agencyId);
        // only the part of the path the user may open
        int start = 0;
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).id() == home) {
                start = i;
            }
        }
        return path.subList(start, path.size());
    }

    public List<AgencyRef> children(long agencyId) {
        access.requireRead(agencyId);
        return queries.children(agencyId);
    }

    public List<AgencyRef> search(String text, int offset, int limit) {
        return queries.search(homeAgency(), text, offset, limit);
    }

    private static long unreviewed(RollupFigures f) {
        return f.counter(MetricsColumns.statusColumn(ReportStatus.DRAFT.name()))
                + f.counter(MetricsColumns.statusColumn(ReportStatus.SUBMITTED.name()))
                + f.counter(MetricsColumns.statusColumn(ReportStatus.RETURNED.name()));
    }

    private static long submitted(RollupFigures f) {
        return f.counter(MetricsColumns.statusColumn(ReportStatus.SUBMITTED.name()))
                + f.counter(MetricsColumns.statusColumn(ReportStatus.APPROVED.name()))
                + f.counter(MetricsColumns.statusColumn(ReportStatus.PUBLISHED.name()));
    }
}
