package org.disclosuredesk.agency;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.report.ReportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency reports from the year it was added: it is not expected for the years before it existed. Rolled back
 * after each test, so the agency added here never reaches other tests' counts.
 */
@Transactional
class ReportingStartTest extends SpringTestBase {

    @Autowired
    AgencyAdminService admin;
    @Autowired
    ReportService reports;

    private int startingAfter(long ancestorId, int year) {
        Integer n = jdbc.queryForObject(
                "SELECT COALESCE(SUM(agencies), 0) FROM agency_subtree_start WHERE agency_id = ? AND first_year > ?",
                Integer.class, ancestorId, year);
        return n == null ? 0 : n;
    }

    @Test
    void aNewAgencyReportsFromThisYearAndAnOlderReportMovesItsStartBack() {
        loginAs("admin");
        long huaian = agencyId("淮安市");
        int thisYear = Year.now().getValue();
        int before2019 = startingAfter(huaian, 2019);
        int before2020 = startingAfter(huaian, 2020);
        int beforeThisYear = startingAfter(huaian, thisYear);

        Agency added = admin.addChild(huaian, "起报年度测试局", AgencyKind.AGENCY);
        assertThat(agencies.get(added.getId()).getReportsFrom()).isEqualTo(thisYear);
        assertThat(agencies.get(added.getId()).reportsFor(2019)).isFalse();
        assertThat(agencies.get(added.getId()).reportsFor(thisYear)).isTrue();
        // 淮安市 and every ancestor know one more agency starts after 2019, none more after this year
        assertThat(startingAfter(huaian, 2019)).isEqualTo(before2019 + 1);
        assertThat(startingAfter(agencyId("全国"), 2019)).isGreaterThanOrEqualTo(1);
        assertThat(startingAfter(huaian, thisYear)).isEqualTo(beforeThisYear);

        // a 2020 report of it is created: it evidently reports from 2020
        reports.create(added.getId(), 2020);
        assertThat(agencies.get(added.getId()).getReportsFrom()).isEqualTo(2020);
        assertThat(startingAfter(huaian, 2019)).isEqualTo(before2019 + 1);
        assertThat(startingAfter(huaian, 2020)).isEqualTo(before2020);
        assertThat(startingAfter(huaian, thisYear)).isEqualTo(beforeThisYear);
    }

    @Test
    void agenciesThatAlwaysReportedHaveNoStartYear() {
        assertThat(agencies.get(agencyId("淮安市教育局")).getReportsFrom()).isNull();
        assertThat(agencies.get(agencyId("淮安市教育局")).reportsFor(2008)).isTrue();
        assertThat(agencies.get(agencyId("淮安市")).reportsFor(2024)).isFalse();
    }
}
