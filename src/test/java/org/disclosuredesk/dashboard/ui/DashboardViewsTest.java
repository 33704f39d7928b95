package org.disclosuredesk.dashboard.ui;

import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.dashboard.Headline;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.chart.ChartCard;
import org.disclosuredesk.chart.ChartClickEvent;
import org.disclosuredesk.chart.ChartDataset;
import org.disclosuredesk.chart.ChartSpec;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.dashboard.Metric;
import org.disclosuredesk.dashboard.PeerRow;
import org.disclosuredesk.dashboard.TableExport;
import org.disclosuredesk.dashboard.TemplateFigures;
import org.disclosuredesk.dashboard.TrackerRow;
import org.disclosuredesk.report.ReportListRow;
import org.disclosuredesk.chart.ChartTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewsTest extends UiTestBase {

    @Autowired
    DashboardService service;

    private long huaian() {
        return agencyId("淮安市");
    }

    private void open(String route, int year) {
        UI.getCurrent().navigate(route, QueryParameters.simple(Map.of("agency", String.valueOf(huaian()),
                "year", String.valueOf(year), "from", "2019", "to", "2025")));
    }

    private ChartCard card(String id) {
        return find(ChartCard.class).withId(id).single();
    }

    private String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    @WithUserDetails("viewer")
    void everyDashboardViewSaysHowFreshItsFiguresAre() {
        for (String route : List.of("dashboard", "dashboard/requests", "dashboard/submissions")) {
            open(route, 2025);
            Paragraph freshness = find(Paragraph.class).withId("dashboard-freshness").single();
            assertThat(freshness.getText()).matches("数据更新于 \\d{2}:\\d{2}:\\d{2}");
            assertThat(freshness.getTitle()).hasValue("统计数据每 1 秒刷新一次：保存的报告最迟约在下一次刷新后计入。");
        }
    }

    @Test
    @WithUserDetails("viewer")
    void theScopeIsChosenOnScreenKeptInTheUrlAndSaidAboveTheFigures() {
        open("dashboard", 2025);
        Headline reviewed = service.headline(huaian(), 2025, ReportScope.REVIEWED);
        assertThat(find(Paragraph.class).withId("dashboard-scope-note").single().getText())
                .isEqualTo("2025 年度 · 已审核口径：计入 " + reviewed.reports() + " 份已审核或已公开的报告；另有 "
                        + reviewed.reportsLeftOut() + " 份未审核，未计入。");
        assertThat(reviewed.reportsLeftOut()).isPositive();
        assertThat(text("figure-REQUESTS_RECEIVED")).contains(ChartTable.format(
                reviewed.figure(Metric.REQUESTS_RECEIVED), "件", Locale.SIMPLIFIED_CHINESE));

        @SuppressWarnings("unchecked")
        Select<ReportScope> scope = find(Select.class).withId("dashboard-scope").single();
        assertThat(scope.getValue()).isEqualTo(ReportScope.REVIEWED);
        scope.setValue(ReportScope.ALL);
        assertThat(location()).contains("scope=all");
        Headline all = service.headline(huaian(), 2025, ReportScope.ALL);
        assertThat(all.figure(Metric.REQUESTS_RECEIVED)).isNotEqualByComparingTo(reviewed.figure(Metric.REQUESTS_RECEIVED));
        assertThat(text("figure-REQUESTS_RECEIVED")).contains(ChartTable.format(
                all.figure(Metric.REQUESTS_RECEIVED), "件", Locale.SIMPLIFIED_CHINESE));
        assertThat(find(Paragraph.class).withId("dashboard-scope-note").single().getText())
                .isEqualTo("2025 年度 · 全部口径：计入 " + all.reports() + " 份报告，其中 " + all.unreviewed()
                        + " 份尚未审核。");
        // the tracker follows the workflow, not a scope
        UI.getCurrent().navigate("dashboard/submissions", QueryParameters.simple(Map.of("agency",
                String.valueOf(huaian()), "year", "2025")));
        assertThat(find(Select.class).withId("dashboard-scope").all()).isEmpty();
        assertThat(find(Paragraph.class).withId("dashboard-scope-note").all()).isEmpty();
        assertThat(find(Select.class).withId("dashboard-year").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("viewer")
    void overviewShowsHeadlineFiguresFromTheServiceAndProcurementAsNotInTheTemplate() {
        open("dashboard", 2024);
        var h = service.headline(huaian(), 2024, ReportScope.DEFAULT);
        String received = text("figure-REQUESTS_RECEIVED");
        assertThat(received).contains("收到申请").contains(ChartTable.format(h.figure(Metric.REQUESTS_RECEIVED), "件",
                Locale.SIMPLIFIED_CHINESE)).contains("本年新收政府信息公开申请数量");
        assertThat(text("figure-PROCUREMENT_AMOUNT")).contains("本版模板无此项").doesNotContain("0 万元");
        assertThat(text("figure-NOT_SUBMITTED")).contains("尚未报送的单位");
        ChartSpec spec = card("chart-requests-by-year").chart().getSpec();
        assertThat(spec.labels()).containsExactly("2019", "2020", "2021", "2022", "2023", "2024", "2025");
        // the data-table toggle shows the same figures
        ChartCard c = card("chart-requests-by-year");
        c.setTableShown(true);
        assertThat(c.isTableShown()).isTrue();
        assertThat(c.chart().isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    @SuppressWarnings("unchecked")
    void aBarClickDrillsDownToTheSubtreesListAndTheReportHighlightsEveryCellTheFigureAdds() {
        open("dashboard", 2024);
        ChartCard c = card("chart-requests-by-year");
        ComponentUtil.fireEvent(c.chart(), new ChartClickEvent(c.chart(), true, 0, 5));
        // 收到申请 = 新收 + 上年结转: both cells travel with the drill-down, not only 新收
        assertThat(location()).startsWith("reports?").contains("year=2024").contains("subtree=" + huaian())
                .contains("scope=reviewed")
                .contains("cell=s3.new_received.total").contains("cell=s3.carried_over.total");
        // the list says which subtree it is limited to, and that it lists the reports the figure counts
        Span banner = find(Span.class).withId("report-subtree").single();
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("仅显示 淮安市 及其下属单位的报告 （仪表板口径：已审核或已公开的报告；正在更正的按已公开版本计入）");

        Grid<ReportListRow> list = find(Grid.class).withId("report-grid").single();
        List<ReportListRow> rows = list.getLazyDataView().getItems().toList();
        int education = rows.stream().map(ReportListRow::agencyName).toList().indexOf("淮安市教育局");
        assertThat(education).isNotNegative();
        new GridTester<>(list).clickRow(education);
        assertThat(location()).startsWith("reports/2024/" + agencyId("淮安市教育局") + "?")
                .contains("cell=s3.new_received.total").contains("cell=s3.carried_over.total");
        Element page = find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).withId("report-document")
                .single().getElement();
        assertThat(cell(page, "s3.new_received.total").getClassList()).contains("highlight");
        assertThat(cell(page, "s3.carried_over.total").getClassList()).contains("highlight");
        assertThat(cell(page, "s3.granted.total").getClassList()).doesNotContain("highlight");

        // a list not reached by a drill-down has no banner
        UI.getCurrent().navigate("reports");
        assertThat(find(Span.class).withId("report-subtree").all()).as("no visible banner").isEmpty();
    }

    @Test
    void everyMetricDrillsToTheCellsItReads() {
        assertThat(Metric.REQUESTS_RECEIVED.drillCells())
                .containsExactly("s3.new_received.total", "s3.carried_over.total");
        assertThat(Metric.ANSWERED_SHARE.drillCells())
                .containsExactly("s3.granted.total", "s3.partially_granted.total", "s3.total_processed.total");
        assertThat(Metric.REVIEW_CORRECTION_RATE.drillCells())
                .containsExactly("s4.review.corrected", "s4.review.total", "s4.review.pending");
        assertThat(Metric.PROCUREMENT_AMOUNT.drillCells()).containsExactly("s2.procurement.amount");
        assertThat(Metric.REPORTS_WITH_ERRORS.drillCells()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void procurementYearsFrom2021SayNotInTheTemplateNeverZero() {
        open("dashboard/procurement", 2024);
        ChartDataset amount = card("chart-procurement-amount").chart().getSpec().datasets().get(0);
        assertThat(amount.label()).isEqualTo("政府集中采购 · 采购总金额");
        assertThat(amount.values().subList(0, 2)).allSatisfy(v -> assertThat(v).isPositive());
        assertThat(amount.values().subList(2, 7)).containsOnlyNulls();
        assertThat(amount.notes().subList(2, 7)).containsOnly("本版模板无此项");
        assertThat(find(Paragraph.class).withId("procurement-top-not-applicable").single().getText())
                .contains("不适用");
        open("dashboard/procurement", 2020);
        ChartSpec top = card("chart-procurement-top").chart().getSpec();
        assertThat(top.labels()).hasSizeBetween(1, ProcurementDashboardView.TOP_N);
        List<PeerRow> expected = service.top(huaian(), 2020, ReportScope.DEFAULT, Metric.PROCUREMENT_AMOUNT, ProcurementDashboardView.TOP_N);
        assertThat(top.labels()).containsExactlyElementsOf(expected.stream().map(PeerRow::name).toList());
    }

    @Test
    @WithUserDetails("viewer")
    void requestOutcomesUseTheTemplateLabelsInChineseAndEnglish() {
        open("dashboard/requests", 2024);
        ChartSpec byYear = card("chart-outcomes-by-year").chart().getSpec();
        assertThat(byYear.datasets()).extracting(ChartDataset::label).containsExactly("（一）予以公开", "（二）部分公开",
                "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理");
        assertThat(card("chart-reasons-0").chart().getSpec().labels()).contains("1.属于国家秘密", "8.属于行政查询事项");
        assertThat(card("chart-reasons-1").chart().getSpec().labels()).contains("1.本机关不掌握相关政府信息");
        assertThat(card("chart-applicants").chart().getSpec().labels()).containsExactly("自然人", "商业企业", "科研机构",
                "社会公益组织", "法律服务机构", "其他");
        english();
        open("dashboard/requests", 2024);
        assertThat(card("chart-outcomes-by-year").chart().getSpec().datasets().get(0).label()).isEqualTo("(1) Disclosed");
    }

    @Test
    @WithUserDetails("viewer")
    void theYearsSplitIsThatYearsWhetherOrNotTheChartsRangeHoldsIt() {
        List<BigDecimal> expected = TemplateFigures.outcomeCategories().stream()
                .map(o -> o.expr().eval(service.yearly(huaian(), 2024, 2024, ReportScope.DEFAULT).get(0))).toList();
        assertThat(expected).anySatisfy(v -> assertThat(v).isPositive());
        open("dashboard/requests", 2024); // 2019–2025: 2024 among the years read for the bars
        assertThat(card("chart-outcomes-split").chart().getSpec().datasets().get(0).values()).isEqualTo(expected);
        UI.getCurrent().navigate("dashboard/requests", QueryParameters.simple(Map.of("agency",
                String.valueOf(huaian()), "year", "2024", "from", "2019", "to", "2021")));
        assertThat(card("chart-outcomes-by-year").chart().getSpec().labels()).hasSize(3);
        assertThat(card("chart-outcomes-split").chart().getSpec().datasets().get(0).values()).isEqualTo(expected);
    }

    @Test
    @WithUserDetails("viewer")
    void appealsShowTheThreeGroupsAndTheCorrectionRate() {
        open("dashboard/appeals", 2024);
        assertThat(card("chart-appeals-review").chart().getSpec().datasets()).extracting(ChartDataset::label)
                .containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结");
        assertThat(text("chart-appeals-litigation_direct")).contains("行政诉讼（未经复议直接起诉）");
        ChartSpec rate = card("chart-correction-rate").chart().getSpec();
        assertThat(rate.unit()).isEqualTo("%");
        assertThat(rate.datasets().get(0).values().get(5)).isEqualByComparingTo(
                service.headline(huaian(), 2024, ReportScope.DEFAULT).figure(Metric.REVIEW_CORRECTION_RATE));
    }

    @Test
    @WithUserDetails("viewer")
    @SuppressWarnings("unchecked")
    void comparisonListsThePeersLazilyAndExportsWithFiltersAndTime() {
        open("dashboard/comparison", 2024);
        Grid<PeerRow> grid = find(Grid.class).withId("comparison-grid").single();
        List<PeerRow> rows = grid.getLazyDataView().getItems().toList();
        assertThat(rows).hasSize(service.peerCount(huaian()));
        assertThat(rows.get(0).rank()).isEqualTo(1);
        // the two download links, followed as the browser follows them
        String csv = new String(download("export-csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("全国 › 江苏省 › 淮安市").contains("年度：2024").contains("导出时间：")
                .contains("统计口径：已审核（含已公开）")
                .contains("淮安市教育局");
        byte[] xlsx = download("export-xlsx");
        assertThat(xlsx).hasSizeGreaterThan(1000);
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK"); // a zip, as .xlsx is
    }

    private byte[] download(String anchorId) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new com.vaadin.flow.component.html.AnchorTester(
                find(com.vaadin.flow.component.html.Anchor.class).withId(anchorId).single()).download(out);
        return out.toByteArray();
    }

    /** A download is served outside the UI's request: it still speaks the user's language and rounds as shown. */
    @Test
    @WithUserDetails("viewer")
    void comparisonExportFollowsTheUsersLanguageAndTheScreensPrecision() {
        open("dashboard/comparison", 2024);
        ComparisonView view = find(ComparisonView.class).single();
        TableExport export = exportAsADownload(view);
        assertThat(export.about().get(0)).isEqualTo("下级单位对比 · 收到申请");
        assertThat(export.headers()).containsExactly("单位", "收到申请 (件)", "排名", "百分位 (%)", "2023 年度 (件)",
                "同比变化 (%)", "异常", "报告数");
        List<PeerRow> peers = service.peers(huaian(), 2024, ReportScope.DEFAULT, Metric.REQUESTS_RECEIVED,
                org.disclosuredesk.dashboard.PeerSort.VALUE, false, 0, 1000);
        assertThat(export.rows()).hasSize(peers.size());
        int unroundedYoy = 0;
        for (int i = 0; i < peers.size(); i++) {
            List<Object> row = export.rows().get(i);
            PeerRow p = peers.get(i);
            assertThat(row.get(0)).isEqualTo(p.name());
            // one decimal, as the grid shows percentages (e.g. -11.6, never -11.60714285714286)
            for (int col : new int[]{3, 5}) {
                if (row.get(col) != null) {
                    assertThat(((BigDecimal) row.get(col)).scale()).as(p.name() + " col " + col).isLessThanOrEqualTo(1);
                }
            }
            if (p.yoyPercent() != null) {
                assertThat((BigDecimal) row.get(5)).isEqualByComparingTo(
                        p.yoyPercent().setScale(1, java.math.RoundingMode.HALF_UP));
                unroundedYoy += p.yoyPercent().stripTrailingZeros().scale() > 1 ? 1 : 0;
            }
        }
        assertThat(unroundedYoy).as("the data has changes that need rounding").isPositive();
        assertThat(new String(export.csv(), StandardCharsets.UTF_8)).contains("单位,收到申请 (件),排名")
                .doesNotContain("Agency").doesNotContain("Compare sub-units").doesNotContainPattern("\\.\\d{3,}");
        // the grid says what its percentile means
        assertThat(find(Span.class).withId("comparison-percentile-help").single().getText())
                .contains("最高者为 100%").contains("少于 3 个");

        english();
        open("dashboard/comparison", 2024);
        TableExport english = exportAsADownload(find(ComparisonView.class).single());
        assertThat(english.about().get(0)).isEqualTo("Compare sub-units · Requests received");
        assertThat(english.headers().get(0)).isEqualTo("Agency");
    }

    private static TableExport exportAsADownload(ComparisonView view) {
        UI ui = UI.getCurrent();
        UI.setCurrent(null);
        try {
            return view.export(view.filter);
        } finally {
            UI.setCurrent(ui);
        }
    }

    @Test
    @WithUserDetails("reviewer")
    @SuppressWarnings("unchecked")
    void submissionTrackerListsEveryAgencyOfTheSubtree() {
        open("dashboard/submissions", 2025);
        Grid<TrackerRow> grid = find(Grid.class).withId("submission-grid").single();
        assertThat(grid.getLazyDataView().getItems().count()).isEqualTo(service.headline(huaian(), 2025, ReportScope.DEFAULT)
                .reportingAgencies());
        assertThat(text("submission-summary")).contains("应报送").contains("未建立报告");
    }

    @Test
    @WithUserDetails("reviewer")
    void anAgencyOutsideTheScopeFallsBackToTheUsersOwn() {
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("agency",
                String.valueOf(agencyId("广东省")))));
        assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().contains("无权查看"));
        assertThat(text("dashboard-breadcrumb")).contains("淮安市").doesNotContain("广东省");
    }

    private String text(String id) {
        return allText(find(com.vaadin.flow.component.Component.class).withId(id).single().getElement());
    }

    @Test
    @WithUserDetails("viewer")
    void presentationModeLastsAcrossTheDashboardViewsUntilEndedAndFiltersFoldBehindTheirButton() {
        open("dashboard", 2025);
        Button present = find(Button.class).withId("dashboard-present").single();
        assertThat(present.getText()).isEqualTo("演示模式");
        assertThat(find(DashboardView.class).single().hasClassName("presenting")).isFalse();
        present.click();
        assertThat(find(DashboardView.class).single().hasClassName("presenting")).isTrue();
        assertThat(present.getText()).isEqualTo("退出演示");

        // another dashboard view keeps it (the projector stays in presentation while the tabs change)
        open("dashboard/requests", 2025);
        assertThat(find(DashboardView.class).single().hasClassName("presenting")).isTrue();
        find(Button.class).withId("dashboard-present").single().click();
        assertThat(find(DashboardView.class).single().hasClassName("presenting")).isFalse();

        // a link turns it on
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("present", "1")));
        assertThat(find(DashboardView.class).single().hasClassName("presenting")).isTrue();
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("present", "0")));
        assertThat(find(DashboardView.class).single().hasClassName("presenting")).isFalse();

        // the filters fold (on a phone, in CSS) behind one button, which says whether they are open
        Button toggle = find(Button.class).withId("dashboard-filter-toggle").single();
        var fields = find(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class).withId("dashboard-filters")
                .single();
        assertThat(toggle.getText()).isEqualTo("筛选");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo("dashboard-filters");
        assertThat(fields.hasClassName("filters-open")).isFalse();
        toggle.click();
        assertThat(fields.hasClassName("filters-open")).isTrue();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        toggle.click();
        assertThat(fields.hasClassName("filters-open")).isFalse();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    }
}
