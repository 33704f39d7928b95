package org.disclosuredesk.dashboard;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.agency.AgencyAdminService;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.metrics.MetricsColumns;
import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.MetricsRollupWriter;
import org.disclosuredesk.report.RollupRefresher;
import org.disclosuredesk.report.ReportListFilter;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportStatus;
import org.disclosuredesk.report.ReportWorkflow;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dashboard scope against sums computed straight from the stored cells of the reports it counts: 已公开 the
 * published reports, 已审核 the approved and published ones, 全部 all. A report under correction keeps counting with
 * the figures it was published with (recorded from the stored cells while it stood published) until its correction
 * is approved (已审核) or published (已公开). Rolled back after each test.
 */
@Transactional
class ScopeFiguresTest extends SpringTestBase {

    private static final Map<ReportScope, List<ReportStatus>> COUNTED = Map.of(
            ReportScope.PUBLISHED, List.of(ReportStatus.PUBLISHED),
            ReportScope.REVIEWED, List.of(ReportStatus.APPROVED, ReportStatus.PUBLISHED),
            ReportScope.ALL, List.of(ReportStatus.values()));

    @Autowired
    DashboardService dashboards;
    @Autowired
    AgencyAdminService admin;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    MetricsRollupWriter rollup;
    @Autowired
    RollupRefresher refresher;

    @Test
    void eachScopeSumsTheStoredCellsOfTheReportsItCounts() {
        loginAs("viewer");
        long huaian = agencyId("淮安市");
        for (int year = 2019; year <= 2025; year++) {
            for (ReportScope scope : ReportScope.values()) {
                assertScopeIs(huaian, year, scope, direct(huaian, year, scope));
            }
        }
        // the demo's reporting season differs per scope, so the comparison above can tell the scopes apart
        Headline all = dashboards.headline(huaian, 2025, ReportScope.ALL);
        Headline reviewed = dashboards.headline(huaian, 2025, ReportScope.REVIEWED);
        Headline published = dashboards.headline(huaian, 2025, ReportScope.PUBLISHED);
        assertThat(all.reports()).isGreaterThan(reviewed.reports());
        assertThat(reviewed.reports()).isGreaterThan(published.reports());
        assertThat(all.figure(Metric.REQUESTS_RECEIVED)).isGreaterThan(reviewed.figure(Metric.REQUESTS_RECEIVED));
        // what the headline says it leaves out
        assertThat(reviewed.reports() + reviewed.reportsLeftOut()).isEqualTo(all.reports());
        assertThat(published.reports() + published.reportsLeftOut()).isEqualTo(all.reports());
        assertThat(all.reportsLeftOut()).isZero();
        assertThat(reviewed.reportsLeftOut()).isEqualTo(all.unreviewed()).isPositive();
    }

    @Test
    void aReportCountsInEachScopeAsItMovesThroughTheWorkflowAndACorrection() {
        loginAs("admin");
        long huaian = agencyId("淮安市");
        long agency = admin.addChild(huaian, "口径测试局", AgencyKind.AGENCY).getId();
        int year = 2020;
        LoadedReport r = reports.create(agency, year);
        r = reports.saveContent(id(r), v(r), TestSamples.expected(TestSamples.LIWAN));
        assertAllScopesMatchStoredCells(agency, huaian, year);
        assertThat(dashboards.headline(agency, year, ReportScope.REVIEWED).reports()).isZero();
        assertThat(dashboards.headline(agency, year, ReportScope.ALL).reports()).isEqualTo(1);

        r = workflow.submit(id(r), v(r));
        assertAllScopesMatchStoredCells(agency, huaian, year);
        loginAs("reviewer");
        r = workflow.returnToEditor(id(r), v(r), "请核对");
        assertAllScopesMatchStoredCells(agency, huaian, year);
        loginAs("admin");
        r = workflow.submit(id(r), v(r));
        loginAs("reviewer");
        r = workflow.approve(id(r), v(r));
        assertAllScopesMatchStoredCells(agency, huaian, year);
        assertThat(dashboards.headline(agency, year, ReportScope.REVIEWED).reports()).isEqualTo(1);
        assertThat(dashboards.headline(agency, year, ReportScope.PUBLISHED).reports()).isZero();
        r = workflow.publish(id(r), v(r));
        assertAllScopesMatchStoredCells(agency, huaian, year);
        Map<ReportScope, RollupFigures> asPublished = new EnumMap<>(ReportScope.class);
        for (ReportScope scope : ReportScope.values()) {
            asPublished.put(scope, direct(huaian, year, scope));
        }

        // a correction: the working figures change, the published ones stand
        r = workflow.startCorrection(id(r), v(r), "更正数据");
        loginAs("admin");
        // seven more requests received and granted: the corrected report still balances, so it can be submitted
        ReportContent corrected = plus(plus(r.content(), "s3.new_received.natural_person", 7),
                "s3.granted.natural_person", 7);
        r = reports.saveContent(id(r), v(r), corrected);
        assertScopeIs(huaian, year, ReportScope.ALL, direct(huaian, year, ReportScope.ALL));
        assertScopeIs(huaian, year, ReportScope.REVIEWED, asPublished.get(ReportScope.REVIEWED));
        assertScopeIs(huaian, year, ReportScope.PUBLISHED, asPublished.get(ReportScope.PUBLISHED));
        assertThat(dashboards.headline(agency, year, ReportScope.ALL).figure(Metric.REQUESTS_RECEIVED))
                .isEqualByComparingTo(dashboards.headline(agency, year, ReportScope.PUBLISHED)
                        .figure(Metric.REQUESTS_RECEIVED).add(BigDecimal.valueOf(7)));
        // the reviewed drill-down lists the report under correction: its published revision is counted
        assertThat(reports.list(new ReportListFilter(null, year, null, null, null, agency, ReportScope.REVIEWED),
                "year", true, 0, 10)).hasSize(1);
        assertThat(dashboards.headline(agency, year, ReportScope.REVIEWED).correctionsOpen()).isEqualTo(1);

        r = workflow.submit(id(r), v(r));
        assertScopeIs(huaian, year, ReportScope.REVIEWED, asPublished.get(ReportScope.REVIEWED));
        loginAs("reviewer");
        r = workflow.returnToEditor(id(r), v(r), "再核对");
        assertScopeIs(huaian, year, ReportScope.PUBLISHED, asPublished.get(ReportScope.PUBLISHED));
        assertScopeIs(huaian, year, ReportScope.REVIEWED, asPublished.get(ReportScope.REVIEWED));
        assertRollupEqualsRebuild();
        loginAs("admin");
        r = workflow.submit(id(r), v(r));
        loginAs("reviewer");
        r = workflow.approve(id(r), v(r));
        // an approved correction is reviewed; the public still reads the published revision
        assertScopeIs(huaian, year, ReportScope.REVIEWED, direct(huaian, year, ReportScope.REVIEWED));
        assertScopeIs(huaian, year, ReportScope.PUBLISHED, asPublished.get(ReportScope.PUBLISHED));
        assertThat(dashboards.headline(huaian, year, ReportScope.PUBLISHED).reports())
                .isEqualTo(asPublished.get(ReportScope.PUBLISHED).reportCount());
        workflow.publish(id(r), v(r));
        assertAllScopesMatchStoredCells(agency, huaian, year);
        assertRollupEqualsRebuild();
    }

    private void assertAllScopesMatchStoredCells(long agency, long region, int year) {
        for (ReportScope scope : ReportScope.values()) {
            assertScopeIs(agency, year, scope, direct(agency, year, scope));
            assertScopeIs(region, year, scope, direct(region, year, scope));
        }
        assertRollupEqualsRebuild();
    }

    private RollupFigures direct(long agency, int year, ReportScope scope) {
        return DirectFigures.of(jdbc, agency, year, COUNTED.get(scope));
    }

    private void assertScopeIs(long agency, int year, ReportScope scope, RollupFigures expected) {
        refresher.refreshAll(); // what the scheduled refresher does a moment after the save (decision 017)
        RollupFigures shown = dashboards.yearly(agency, year, year, scope).get(0);
        String what = agency + " " + year + " " + scope;
        for (String key : MetricsColumns.cellKeys()) {
            BigDecimal a = shown.cell(key);
            BigDecimal b = expected.cell(key);
            if (a == null || b == null) {
                assertThat(a).as(what + " " + key).isEqualTo(b);
            } else {
                assertThat(a).as(what + " " + key).isEqualByComparingTo(b);
            }
        }
        assertThat(shown.reportCount()).as(what + " reports").isEqualTo(expected.reportCount());
        assertThat(shown.counter(MetricsColumns.REPORTS_WITH_ERRORS)).as(what + " with errors")
                .isEqualTo(expected.counter(MetricsColumns.REPORTS_WITH_ERRORS));
        for (Metric m : Metric.values()) {
            BigDecimal a = m.expr().eval(shown);
            BigDecimal b = m.expr().eval(expected);
            assertThat(a == null ? null : a.stripTrailingZeros()).as(what + " " + m)
                    .isEqualTo(b == null ? null : b.stripTrailingZeros());
        }
    }

    /** The rollups kept save by save equal a rebuild from the metrics rows. */
    private void assertRollupEqualsRebuild() {
        String order = "SELECT * FROM metrics_rollup WHERE report_count <> 0 ORDER BY ancestor_id, report_year, bucket";
        refresher.refreshAll();
        List<Map<String, Object>> live = jdbc.queryForList(order);
        rollup.rebuildAll();
        assertThat(jdbc.queryForList(order)).isEqualTo(live);
    }

    private static ReportContent plus(ReportContent c, String key, long n) {
        return c.withCell(key, CellValue.of(c.cell(key).number().add(BigDecimal.valueOf(n))));
    }

    private static long id(LoadedReport r) {
        return r.report().getId();
    }

    private static long v(LoadedReport r) {
        return r.report().getVersion();
    }
}
