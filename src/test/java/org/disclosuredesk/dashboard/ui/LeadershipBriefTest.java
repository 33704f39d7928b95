package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTester;
import com.vaadin.flow.router.QueryParameters;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.chart.ChartTable;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.dashboard.LeadershipBrief;
import org.disclosuredesk.dashboard.Metric;
import org.disclosuredesk.dashboard.PeerRow;
import org.disclosuredesk.metrics.ReportScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leadership brief: what it holds for a region and year (ranked agencies, open findings) against the stored
 * reports, and the PDF a director gets from one click on any dashboard view — its figures, its agencies, its fonts.
 */
class LeadershipBriefTest extends UiTestBase {

    @Autowired
    DashboardService service;

    private long huaian() {
        return agencyId("淮安市");
    }

    @Test
    @WithUserDetails("viewer")
    void theBriefRanksTheAgenciesBelowAndListsTheReportsWhoseSumsDoNotHold() {
        LeadershipBrief b = service.brief(huaian(), 2024, 2019, 2024, ReportScope.ALL);
        assertThat(b.region().name()).isEqualTo("淮安市");
        assertThat(b.years()).extracting(r -> r.year()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024);
        assertThat(b.previous().year()).isEqualTo(2023);
        // top: best first; bottom: the worst of the rest, in rank order; no agency in both
        assertThat(b.top()).hasSize(LeadershipBrief.RANKED_SHOWN);
        assertThat(b.top()).extracting(PeerRow::value).isSortedAccordingTo((x, y) -> y.compareTo(x));
        assertThat(b.bottom()).isNotEmpty().extracting(PeerRow::rank).isSorted();
        var lowest = service.peers(huaian(), 2024, ReportScope.ALL, Metric.QUALITY_SCORE,
                org.disclosuredesk.dashboard.PeerSort.VALUE, true, 0, 1).get(0);
        assertThat(b.bottom().get(b.bottom().size() - 1).value()).isEqualByComparingTo(lowest.value());
        assertThat(b.bottom()).allSatisfy(low -> {
            assertThat(b.top()).noneMatch(t -> t.agencyId() == low.agencyId());
            assertThat(low.value()).isLessThanOrEqualTo(b.top().get(b.top().size() - 1).value());
        });
        // open findings: the year's reports with errors or warnings in the subtree, from the stored metrics
        int withFindings = jdbc.queryForObject("""
                SELECT COUNT(*) FROM report_metrics m JOIN agency_closure c ON c.descendant_id = m.agency_id
                WHERE c.ancestor_id = ? AND m.report_year = 2024 AND NOT m.prior
                  AND (m.error_count > 0 OR m.warning_count > 0)""", Integer.class, huaian());
        assertThat(withFindings).isGreaterThan(LeadershipBrief.FINDINGS_SHOWN);
        assertThat(b.reportsWithFindings()).isEqualTo(withFindings);
        assertThat(b.findingsShown()).hasSize(LeadershipBrief.FINDINGS_SHOWN)
                .allSatisfy(r -> assertThat(r.errors() + r.warnings()).isPositive())
                .extracting(r -> r.errors() * 1000 + r.warnings()).isSortedAccordingTo((x, y) -> y - x);
    }

    @Test
    @WithUserDetails("viewer")
    void oneClickOnAnyDashboardViewGivesThePdfOfTheSelectedRegionAndYears() throws Exception {
        for (String route : new String[]{"dashboard", "dashboard/requests", "dashboard/comparison"}) {
            UI.getCurrent().navigate(route, QueryParameters.simple(Map.of("agency", String.valueOf(huaian()),
                    "year", "2024", "from", "2020", "to", "2024", "scope", "all")));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            new AnchorTester(find(Anchor.class).withId("dashboard-brief").single()).download(pdf);
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                    "brief-" + route.replace('/', '-') + ".pdf"), pdf.toByteArray());
            try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
                String text = new PDFTextStripper().getText(doc);
                LeadershipBrief b = service.brief(huaian(), 2024, 2020, 2024, ReportScope.ALL);
                assertThat(text).as(route).contains("淮安市政府信息公开工作简报（2024 年度）")
                        .contains("2020–2024 年").contains("统计口径：全部（含未审核）")
                        .contains(ChartTable.format(b.headline().figure(Metric.REQUESTS_RECEIVED), "件",
                                Locale.SIMPLIFIED_CHINESE))
                        .contains(b.top().get(0).name()).contains(b.bottom().get(0).name())
                        .contains("2024 年度待处理事项").contains(b.findingsShown().get(0).agencyName())
                        .contains("办理与纠错");
                for (PDPage page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        var font = page.getResources().getFont(name);
                        assertThat(font instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded()
                                : font.isEmbedded()).as(font.getName()).isTrue();
                    }
                }
            }
        }
    }
}
