package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.report.ReportListRow;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportViewsTest extends UiTestBase {

    @SuppressWarnings("unchecked")
    private Grid<ReportListRow> grid() {
        return find(Grid.class).withId("report-grid").single();
    }

    /** What the lazy grid shows, fetched page by page through its own data provider. */
    private List<ReportListRow> rows() {
        return grid().getLazyDataView().getItems().toList();
    }

    private void openList(Map<String, String> query) {
        UI.getCurrent().navigate("reports", QueryParameters.simple(query));
        assertThat(find(ReportListView.class).single()).isNotNull();
    }

    private Element document() {
        return find(VerticalLayout.class).withId("report-document").single().getElement();
    }

    @Test
    @WithUserDetails("reviewer")
    void listShowsOnlyReportsInTheUsersSubtreeAndFiltersFromTheUrl() {
        openList(Map.of("year", "2025", "status", "SUBMITTED"));
        int expected = jdbc.queryForObject("""
                SELECT COUNT(*) FROM annual_report r JOIN agency_closure c ON c.descendant_id = r.agency_id
                WHERE c.ancestor_id = (SELECT id FROM agency WHERE name = '淮安市')
                AND r.report_year = 2025 AND r.status = 'SUBMITTED'""", Integer.class);
        assertThat(expected).isPositive();
        List<ReportListRow> rows = rows();
        assertThat(rows).hasSize(expected);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.year()).isEqualTo(2025);
            assertThat(row.status().name()).isEqualTo("SUBMITTED");
        });
        @SuppressWarnings("unchecked")
        Select<Integer> year = find(Select.class).withId("filter-year").single();
        assertThat(year.getValue()).isEqualTo(2025);
        assertThat(find(Span.class).withId("report-count").single().getText()).isEqualTo(expected + " 份报告");
        // the reviewer of 淮安市 sees nothing from 广州
        openList(Map.of("agency", "荔湾"));
        assertThat(rows()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void listShowsRuleErrorsPerReport() {
        openList(Map.of("errors", "1"));
        List<ReportListRow> rows = rows();
        // exactly the reports the database holds with rule errors (other tests may add some of their own)
        List<Long> withErrors = jdbc.queryForList("""
                SELECT m.report_id FROM report_metrics m JOIN annual_report r ON r.id = m.report_id
                WHERE m.error_count > 0""", Long.class);
        assertThat(rows).extracting(ReportListRow::reportId).containsExactlyInAnyOrderElementsOf(withErrors);
        assertThat(rows).allMatch(r -> r.errorCount() > 0);
        ReportListRow pingtan = rows.stream().filter(r -> r.agencyName().equals("平潭综合实验区")).findFirst()
                .orElseThrow();
        assertThat(pingtan.errorCount()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("viewer")
    void reportPageShowsAllSixPartsWithFindingsBesideTheTables() {
        long pingtan = agencyId("平潭综合实验区");
        navigate("reports/2020/" + pingtan, ReportView.class);
        assertThat(find(H2.class).withId("report-title").single().getText()).contains("平潭综合实验区").contains("2020");
        String text = allText(document());
        for (String heading : List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
                "第二十条第（九）项", "（七）总计", "复议后起诉", "申请人情况")) {
            assertThat(text).as(heading).contains(heading);
        }
        // the printed total (20) is shown as printed and marked with the R3.2 error
        Element total = cell(document(), "s3.total_processed.natural_person");
        assertThat(total.getText()).isEqualTo("20");
        assertThat(total.getClassList()).contains("has-error");
        assertThat(total.getAttribute("title")).contains("R3.2");
        // a cell the source did not let us read is blank, not 0
        Element unresolved = cell(document(), "s2.licensing.change");
        assertThat(unresolved.getText()).isEmpty();
        assertThat(unresolved.getClassList()).contains("blank");
        String findings = allText(find(VerticalLayout.class).withId("findings-panel").single().getElement());
        assertThat(findings).contains("R3.2").contains("（七）总计为 20");
        // the report can be downloaded in the official format and as data
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).all().stream()
                .map(a -> a.getId().orElse("")).toList()).contains("export-html", "export-docx", "export-pdf",
                        "export-csv", "export-json");
        // the Word document, followed as the browser follows the link, reads back to the figures on the page
        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        new com.vaadin.flow.component.html.AnchorTester(find(com.vaadin.flow.component.html.Anchor.class)
                .withId("export-docx").single()).download(docx);
        try {
            var back = org.disclosuredesk.importer.ReportImporter.importBytes("r.docx", docx.toByteArray());
            assertThat(back.report().cell("s3.total_processed.natural_person").number()).isEqualByComparingTo("20");
            // and so does the PDF
            java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
            new com.vaadin.flow.component.html.AnchorTester(find(com.vaadin.flow.component.html.Anchor.class)
                    .withId("export-pdf").single()).download(pdf);
            var fromPdf = org.disclosuredesk.importer.ReportImporter.importBytes("r.pdf", pdf.toByteArray());
            assertThat(fromPdf.report().cell("s3.total_processed.natural_person").number()).isEqualByComparingTo("20");
            assertThat(fromPdf.report().cell("s2.licensing.change").isBlank()).isTrue();
        } catch (org.disclosuredesk.importer.ImportException e) {
            throw new AssertionError(e);
        }
        // and its quality score, with the rule error costing the arithmetic points
        assertThat(find(Span.class).withId("quality-total").single().getText()).startsWith("质量评分 ");
        assertThat(allText(find(com.vaadin.flow.component.html.ListItem.class).withId("quality-ARITHMETIC").single()
                .getElement())).contains("0 / 30");
    }

    @Test
    @WithUserDetails("viewer")
    void reportPageSpeaksEnglishWhenSwitched() {
        english();
        navigate("reports/2020/" + agencyId("广州市荔湾区政务服务数据管理局"), ReportView.class);
        String text = allText(document());
        assertThat(text).contains("3. Requests received and handled").contains("Natural persons");
        assertThat(cell(document(), "s2.procurement.amount").getText()).isEqualTo("3522.436287");
        assertThat(find(Span.class).withId("findings-summary").single().getText())
                .isEqualTo("No problems: every consistency rule holds.");
    }

    @Test
    @WithUserDetails("editor2")
    void reportOfAnotherAgencyIsRefusedByUrl() {
        navigate("reports/2020/" + agencyId("平潭综合实验区"), ReportView.class);
        assertThat(find(Paragraph.class).withId("report-not-found").single().getText())
                .isEqualTo("未找到该报告，或您无权查看。");
        assertThat(allText(document())).doesNotContain("复议后起诉");
    }
}
