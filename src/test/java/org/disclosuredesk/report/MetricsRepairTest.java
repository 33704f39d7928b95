package org.disclosuredesk.report;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.agency.AgencyAdminService;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.template.CellValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the V16 migration a report already under correction has no prior row and the rollups are empty: the
 * start-up repair writes the prior row from the correction's snapshot (the published figures) and rebuilds the
 * rollups, giving exactly what saving through the new writer gives.
 */
@Transactional
class MetricsRepairTest extends SpringTestBase {

    @Autowired
    AgencyAdminService admin;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    MetricsRepair repair;
    @Autowired
    RollupRefresher refresher;

    @Test
    void writesThePriorRowOfACorrectionAndRebuildsTheRollups() {
        loginAs("admin");
        long agency = admin.addChild(agencyId("淮安市"), "修复测试局", AgencyKind.AGENCY).getId();
        LoadedReport r = reports.create(agency, 2020);
        r = reports.saveContent(r.report().getId(), r.report().getVersion(), TestSamples.expected(TestSamples.LIWAN));
        r = workflow.submit(r.report().getId(), r.report().getVersion());
        loginAs("reviewer");
        r = workflow.approve(r.report().getId(), r.report().getVersion());
        r = workflow.publish(r.report().getId(), r.report().getVersion());
        long publishedReceived = r.content().cell("s3.new_received.total").number().longValueExact();
        r = workflow.startCorrection(r.report().getId(), r.report().getVersion(), "更正");
        loginAs("admin");
        r = reports.saveContent(r.report().getId(), r.report().getVersion(), r.content()
                .withCell("s3.new_received.natural_person", CellValue.of(
                        r.content().cell("s3.new_received.natural_person").number().longValueExact() + 3)));
        long id = r.report().getId();
        refresher.refreshAll();
        String rollupSql = "SELECT * FROM metrics_rollup WHERE report_count <> 0 ORDER BY ancestor_id, report_year, bucket";
        List<Map<String, Object>> kept = jdbc.queryForList(rollupSql);
        Map<String, Object> prior = jdbc.queryForMap("SELECT * FROM report_metrics WHERE report_id = ? AND prior", id);
        assertThat(prior.get("s3_new_received_total")).isEqualTo(publishedReceived);
        assertThat(prior.get("bucket")).isEqualTo("PUBLISHED_PRIOR");

        // what the migration leaves behind
        jdbc.update("DELETE FROM report_metrics WHERE report_id = ? AND prior", id);
        jdbc.update("DELETE FROM metrics_rollup");

        assertThat(repair.repair()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT * FROM report_metrics WHERE report_id = ? AND prior", id)).isEqualTo(prior);
        assertThat(jdbc.queryForList(rollupSql)).isEqualTo(kept);
        assertThat(repair.repair()).isZero();
    }
}
