package org.disclosuredesk.dashboard;

import org.disclosuredesk.metrics.ReportScope;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The dashboard's SQL without the service's access checks, for {@code bench.DashboardBench} only: it times the
 * queries themselves. Test code, so that {@link DashboardQueries} stays package-private in the application.
 */
public final class BenchQueries {

    private final DashboardQueries queries;

    public BenchQueries(JdbcTemplate jdbc) {
        this.queries = new DashboardQueries(jdbc);
    }

    public List<RollupFigures> rollups(long agencyId, int fromYear, int toYear, ReportScope scope) {
        return queries.rollups(agencyId, fromYear, toYear, scope);
    }

    public int reportingAgencies(long agencyId, int year) {
        return queries.reportingAgencies(agencyId, year);
    }

    public int peerCount(long parentId) {
        return queries.peerCount(parentId);
    }

    public List<PeerRow> peers(long parentId, int year, ReportScope scope, Metric metric, PeerSort sort,
                               boolean ascending, int offset, int limit) {
        return queries.peers(parentId, year, scope, metric, sort, ascending, offset, limit);
    }

    public List<TrackerRow> tracker(long agencyId, int year, boolean notSubmittedOnly, int offset, int limit) {
        return queries.tracker(agencyId, year, notSubmittedOnly, offset, limit);
    }

    public List<AgencyRef> path(long agencyId) {
        return queries.path(agencyId);
    }
}
