package org.disclosuredesk.demo;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.metrics.MetricsColumns;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest extends SpringTestBase {

    @Test
    void samplesAreLoadedAsRealAgenciesAndYears() {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT a.name, r.report_year, r.edition, m.error_count FROM annual_report r
                JOIN agency a ON a.id = r.agency_id JOIN report_metrics m ON m.report_id = r.id
                WHERE a.name IN ('广州市荔湾区政务服务数据管理局', '平潭综合实验区', '淮安市人民政府', '上海市科学技术委员会')
                ORDER BY a.name""");
        assertThat(rows).extracting(r -> r.get("name") + "/" + r.get("report_year") + "/" + r.get("edition"))
                .contains("广州市荔湾区政务服务数据管理局/2020/2019", "平潭综合实验区/2020/2019",
                        "淮安市人民政府/2024/2021", "上海市科学技术委员会/2024/2021");
        assertThat(jdbc.queryForObject("""
                SELECT m.error_count FROM report_metrics m JOIN annual_report r ON r.id = m.report_id
                JOIN agency a ON a.id = r.agency_id WHERE a.name = '平潭综合实验区'""", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                SELECT m.s2_procurement_amount FROM report_metrics m JOIN annual_report r ON r.id = m.report_id
                JOIN agency a ON a.id = r.agency_id WHERE a.name = '广州市荔湾区政务服务数据管理局' AND r.report_year = 2020""",
                java.math.BigDecimal.class)).isEqualByComparingTo("3522.436287");
    }

    @Test
    void generatedReportsDifferInQualityAsRealOnesDo() {
        // published late, part 五 copied from last year, part 六 silent on fees: warnings that cost quality points
        Map<String, Object> q = jdbc.queryForMap("""
                SELECT MIN(m.quality_score) AS lo, MAX(m.quality_score) AS hi, SUM(m.quality_score < 100) AS below,
                       COUNT(*) AS n FROM report_metrics m JOIN annual_report r ON r.id = m.report_id
                WHERE r.updated_by = 'system' AND r.status = 'PUBLISHED' AND NOT m.prior""");
        assertThat(((Number) q.get("hi")).intValue()).isEqualTo(100);
        assertThat(((Number) q.get("lo")).intValue()).isBetween(40, 90);
        double share = ((Number) q.get("below")).doubleValue() / ((Number) q.get("n")).doubleValue();
        assertThat(share).as("share of published generated reports below 100").isBetween(0.08, 0.4);
        // and never for an error: the generated tables balance
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM report_metrics m JOIN annual_report r ON r.id = m.report_id
                WHERE r.updated_by = 'system' AND m.error_count > 0 AND r.agency_id NOT IN
                  (SELECT id FROM agency WHERE name = '平潭综合实验区')""", Integer.class)).isZero();
    }

    @Test
    void generatedRegionIsRealisticAndObeysEveryErrorRule() {
        int agencies = jdbc.queryForObject("""
                SELECT COUNT(*) FROM agency_closure c JOIN agency a ON a.id = c.descendant_id
                WHERE c.ancestor_id = (SELECT id FROM agency WHERE name = '淮安市') AND a.kind <> 'REGION'""",
                Integer.class);
        assertThat(agencies).isBetween(150, 500);
        int years = jdbc.queryForObject("SELECT COUNT(DISTINCT report_year) FROM annual_report", Integer.class);
        assertThat(years).isGreaterThanOrEqualTo(5);
        int generatedWithErrors = jdbc.queryForObject("""
                SELECT COUNT(*) FROM report_metrics m JOIN agency a ON a.id = m.agency_id
                JOIN annual_report r ON r.id = m.report_id
                WHERE m.error_count > 0 AND a.name NOT IN ('平潭综合实验区') AND r.updated_by = 'system'""",
                Integer.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM annual_report WHERE updated_by = 'system'", Integer.class))
                .isGreaterThan(1000);
        assertThat(generatedWithErrors).isZero();
        // most agencies small, a few large
        List<Long> sizes = jdbc.queryForList("""
                SELECT s3_new_received_total FROM report_metrics WHERE report_year = 2023
                AND s3_new_received_total IS NOT NULL ORDER BY s3_new_received_total""", Long.class);
        long median = sizes.get(sizes.size() / 2);
        long max = sizes.get(sizes.size() - 1);
        assertThat(max).isGreaterThan(median * 5);
        // procurement exists only in the 2019 edition: NULL (not 0) in later years
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM report_metrics m JOIN annual_report r ON r.id = m.report_id
                WHERE m.report_year >= 2021 AND m.s2_procurement_count IS NOT NULL""",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM report_metrics m JOIN annual_report r ON r.id = m.report_id
                WHERE m.report_year = 2019 AND m.s2_procurement_count IS NULL AND r.updated_by = 'system'""",
                Integer.class)).isZero();
    }

    @Test
    void metricsTableHasExactlyTheCatalogsColumns() {
        List<String> columns = jdbc.queryForList("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = 'report_metrics' ORDER BY ordinal_position""",
                String.class);
        List<String> expected = new java.util.ArrayList<>(List.of("report_id", "prior", "agency_id", "report_year",
                "edition", "status", "bucket", "error_count", "warning_count", "correcting", "quality_score"));
        MetricsColumns.cellKeys().forEach(k -> expected.add(MetricsColumns.column(k)));
        assertThat(columns).containsExactlyInAnyOrderElementsOf(expected);
    }
}
