package org.disclosuredesk.dashboard;

import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.agency.AgencyAdminService;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Year;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The submission tracker tells the right story: an agency added today is not overdue for past years, and a
 * published report under correction stays published. Rolled back after each test: the agencies added here
 * never reach another test's headline.
 */
@Transactional
class TrackerStoryTest extends SpringTestBase {

    @Autowired
    org.disclosuredesk.report.RollupRefresher refresher;
    @Autowired
    DashboardService dashboards;
    @Autowired
    AgencyAdminService admin;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;

    private static long id(LoadedReport r) {
        return r.report().getId();
    }

    private static long v(LoadedReport r) {
        return r.report().getVersion();
    }

    private boolean listed(long region, int year, boolean notSubmittedOnly, long agency) {
        return dashboards.tracker(region, year, notSubmittedOnly, 0, 100_000).stream()
                .anyMatch(r -> r.agencyId() == agency);
    }

    @Test
    void anAgencyAddedTodayIsExpectedFromThisYearOnNotBefore() {
        loginAs("admin");
        long huaian = agencyId("淮安市");
        int thisYear = Year.now().getValue();
        Headline past = dashboards.headline(huaian, 2024, ReportScope.ALL);
        Headline now = dashboards.headline(huaian, thisYear, ReportScope.ALL);

        long added = admin.addChild(huaian, "测试数据管理局", AgencyKind.AGENCY).getId();

        assertThat(dashboards.headline(huaian, 2024, ReportScope.ALL).reportingAgencies()).isEqualTo(past.reportingAgencies());
        assertThat(dashboards.headline(huaian, 2024, ReportScope.ALL).notSubmitted()).isEqualTo(past.notSubmitted());
        assertThat(dashboards.headline(huaian, thisYear, ReportScope.ALL).reportingAgencies()).isEqualTo(now.reportingAgencies() + 1);
        assertThat(listed(huaian, 2024, false, added)).isFalse();
        assertThat(listed(huaian, thisYear, true, added)).isTrue();
        assertThat(dashboards.trackerCount(huaian, 2024, false))
                .isEqualTo(dashboards.tracker(huaian, 2024, false, 0, 100_000).size());
    }

    @Test
    void aPublishedReportUnderCorrectionStaysPublishedForTheTracker() {
        loginAs("admin");
        long huaian = agencyId("淮安市");
        long agency = admin.addChild(huaian, "更正跟踪测试局", AgencyKind.AGENCY).getId();
        LoadedReport created = reports.create(agency, 2020);
        LoadedReport draft = reports.saveContent(id(created), v(created), TestSamples.expected(TestSamples.LIWAN));
        LoadedReport submitted = workflow.submit(id(draft), v(draft));
        loginAs("reviewer");
        LoadedReport approved = workflow.approve(id(submitted), v(submitted));
        LoadedReport published = workflow.publish(id(approved), v(approved));
        refresher.refreshAll(); // what the scheduled refresher does a moment after the step (decision 017)
        int notSubmittedWhilePublished = dashboards.headline(huaian, 2020, ReportScope.ALL).notSubmitted();

        workflow.startCorrection(id(published), v(published), "更正数据");
        refresher.refreshAll();

        List<TrackerRow> rows = dashboards.tracker(huaian, 2020, false, 0, 100_000);
        TrackerRow row = rows.stream().filter(r -> r.agencyId() == agency).findFirst().orElseThrow();
        assertThat(row.state()).isIn(SubmissionState.PUBLISHED_ON_TIME, SubmissionState.PUBLISHED_LATE);
        assertThat(row.correcting()).isTrue();
        assertThat(listed(huaian, 2020, true, agency)).isFalse();
        assertThat(dashboards.headline(huaian, 2020, ReportScope.ALL).notSubmitted()).isEqualTo(notSubmittedWhilePublished);
        assertThat(dashboards.headline(huaian, 2020, ReportScope.ALL).correctionsOpen()).isPositive();
        assertThat(dashboards.trackerCount(huaian, 2020, true))
                .isEqualTo(dashboards.tracker(huaian, 2020, true, 0, 100_000).size());
    }
}
