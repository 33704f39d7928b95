package org.disclosuredesk.report;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.agency.AgencyAdminService;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.dashboard.Freshness;
import org.disclosuredesk.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refresher design (decision 017), in the test's transaction: a save leaves the rollups alone and marks exactly
 * the (ancestor, year) keys of its report; the dashboards say their figures are from before the save; a refresh makes
 * every rollup row equal a rebuild and the figures current. The inline mode, kept for comparison, moves the rollups in
 * the save itself.
 */
@Transactional
class RollupRefresherTest extends SpringTestBase {

    private static final String ROLLUPS =
            "SELECT * FROM metrics_rollup WHERE report_count <> 0 ORDER BY ancestor_id, report_year, bucket";

    @Autowired
    RollupRefresher refresher;
    @Autowired
    MetricsRollupWriter rollup;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AgencyAdminService admin;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ReportStore store;
    @Autowired
    PlatformTransactionManager transactions;

    private Set<RollupRefresher.Key> keysOf(long agency, int year) {
        return jdbc.queryForList("SELECT ancestor_id FROM agency_closure WHERE descendant_id = ?", Long.class, agency)
                .stream().map(a -> new RollupRefresher.Key(a, year)).collect(Collectors.toSet());
    }

    @Test
    void aSaveMarksItsAncestorsOnlyAndARefreshMakesEveryRollupEqualARebuild() {
        assertThat(refresher.mode()).isEqualTo(RollupMode.REFRESHER);
        refresher.refreshAll(); // whatever other tests committed and the schedule has not refreshed yet
        assertThat(refresher.pendingKeys()).isEmpty();
        loginAs("admin");
        long huaian = agencyId("淮安市");
        long agency = admin.addChild(huaian, "刷新测试局", AgencyKind.AGENCY).getId();
        List<Map<String, Object>> before = jdbc.queryForList(ROLLUPS);
        assertThat(dashboards.freshness(huaian).current()).isTrue();

        Instant saving = Instant.now();
        LoadedReport r = reports.create(agency, 2020);
        r = reports.saveContent(r.report().getId(), r.report().getVersion(), TestSamples.expected(TestSamples.LIWAN));
        workflow.submit(r.report().getId(), r.report().getVersion());

        // agency, 淮安市, 江苏省, 全国 for 2020, and nothing else
        Set<RollupRefresher.Key> expected = keysOf(agency, 2020);
        assertThat(expected).hasSize(4).contains(new RollupRefresher.Key(huaian, 2020));
        assertThat(refresher.pendingKeys()).isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rollup_dirty", Integer.class))
                .as("one row per save: create, save, submit").isEqualTo(3);
        assertThat(jdbc.queryForList(ROLLUPS)).as("the saves did not touch the rollups").isEqualTo(before);
        // the dashboards say their figures are from before the first save not yet counted
        Freshness stale = dashboards.freshness(huaian);
        assertThat(stale.current()).isFalse();
        assertThat(stale.asOf()).isBefore(Instant.now()).isAfter(saving.minus(Duration.ofSeconds(5)));
        assertThat(dashboards.freshness(agencyId("广东省")).current()).as("another province waits for nothing")
                .isTrue();
        assertThat(dashboards.headline(agency, 2020, org.disclosuredesk.metrics.ReportScope.ALL).reports()).isZero();

        assertThat(refresher.refreshAll()).isEqualTo(4);
        assertThat(refresher.pendingKeys()).isEmpty();
        assertThat(dashboards.freshness(huaian).current()).isTrue();
        assertThat(dashboards.headline(agency, 2020, org.disclosuredesk.metrics.ReportScope.ALL).reports()).isEqualTo(1);
        List<Map<String, Object>> refreshed = jdbc.queryForList(ROLLUPS);
        assertThat(refreshed).isNotEqualTo(before);
        rollup.rebuildAll();
        assertThat(jdbc.queryForList(ROLLUPS)).isEqualTo(refreshed);
        // idempotent: nothing pending, nothing done; the same keys refreshed again change nothing
        assertThat(refresher.refreshAll()).isZero();
        for (RollupRefresher.Key k : expected) {
            rollup.refresh(k.year(), List.of(k.ancestorId()));
        }
        assertThat(jdbc.queryForList(ROLLUPS)).isEqualTo(refreshed);
    }

    @Test
    void theInlineModeMovesEveryAncestorsRollupInTheSaveItself() {
        refresher.refreshAll();
        loginAs("admin");
        long agency = admin.addChild(agencyId("淮安市"), "内联测试局", AgencyKind.AGENCY).getId();
        LoadedReport r = reports.create(agency, 2020);
        refresher.refreshAll();
        List<Map<String, Object>> before = jdbc.queryForList(ROLLUPS);

        RollupRefresher inlineMode = new RollupRefresher(jdbc, rollup, transactions, "inline", Duration.ZERO);
        ReportMetricsWriter inline = new ReportMetricsWriter(jdbc, rollup, inlineMode);
        AnnualReport report = store.get(r.report().getId());
        report.applyContent(TestSamples.expected(TestSamples.LIWAN));
        var content = store.load(report).content();
        inline.write(report, content, Validator.validate(content, null));

        assertThat(refresher.pendingKeys()).as("nothing for the refresher").isEmpty();
        List<Map<String, Object>> moved = jdbc.queryForList(ROLLUPS);
        assertThat(moved).isNotEqualTo(before);
        rollup.rebuildAll();
        assertThat(jdbc.queryForList(ROLLUPS)).isEqualTo(moved);
    }

    @Test
    void theModeIsReadFromItsPropertyAndABadValueIsRefused() {
        assertThat(RollupMode.of("inline")).isEqualTo(RollupMode.INLINE);
        assertThat(RollupMode.of(" Refresher ")).isEqualTo(RollupMode.REFRESHER);
        assertThat(RollupMode.of("")).isEqualTo(RollupMode.REFRESHER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RollupMode.of("delta"))
                .hasMessageContaining("app.metrics.rollup");
    }
}
