package org.disclosuredesk.report;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.agency.AgencyAdminService;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saves of sibling agencies run at once (each on its own thread and transaction, committed) while two refreshers —
 * the application's, waiting its turn, and a second instance's, skipping a busy turn, as on another app server — and
 * the scheduled one refresh the rollups. Every save completes, and afterwards every rollup row equals a rebuild.
 * Committed: the agencies have unique names and the test asserts nothing another test's rows could change.
 */
class ConcurrentSavesTest extends SpringTestBase {

    private static final int EDITORS = 8;
    private static final int SAVES_EACH = 5;
    private static final String ROLLUPS =
            "SELECT * FROM metrics_rollup WHERE report_count <> 0 ORDER BY ancestor_id, report_year, bucket";

    @Autowired
    ReportService reports;
    @Autowired
    AgencyAdminService admin;
    @Autowired
    RollupRefresher refresher;
    @Autowired
    MetricsRollupWriter rollup;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void siblingsSavingAtOnceAllCompleteAndTheRefreshedRollupsEqualARebuild() throws Exception {
        AppUserPrincipal user = loginAs("admin");
        long huaian = agencyId("淮安市");
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<long[]> drafts = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            long agency = admin.addChild(huaian, "并发保存测试局" + run + "-" + i, AgencyKind.AGENCY).getId();
            LoadedReport r = reports.create(agency, 2020);
            drafts.add(new long[]{r.report().getId(), r.report().getVersion()});
        }
        RollupRefresher otherInstance = new RollupRefresher(jdbc, new MetricsRollupWriter(jdbc), transactions,
                "refresher", Duration.ZERO);
        ReportContent base = TestSamples.expected(TestSamples.LIWAN);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS + 2);
        AtomicBoolean saving = new AtomicBoolean(true);
        AtomicInteger refreshRuns = new AtomicInteger();
        try {
            List<CompletableFuture<Long>> savers = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                long[] draft = drafts.get(i);
                int editor = i;
                savers.add(CompletableFuture.supplyAsync(() -> asUser(user, () -> {
                    long version = draft[1];
                    for (int s = 1; s <= SAVES_EACH; s++) {
                        ReportContent c = base.withCell("s2.procurement.count",
                                CellValue.of(BigDecimal.valueOf(100L * editor + s)));
                        version = reports.saveContent(draft[0], version, c).report().getVersion();
                    }
                    return version;
                }), pool));
            }
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                while (saving.get()) {
                    refresher.refreshAll();
                    refreshRuns.incrementAndGet();
                }
            }, pool);
            CompletableFuture<Void> skipping = CompletableFuture.runAsync(() -> {
                while (saving.get()) {
                    otherInstance.refreshPending();
                    refreshRuns.incrementAndGet();
                }
            }, pool);
            for (int i = 0; i < EDITORS; i++) {
                assertThat(savers.get(i).get(120, TimeUnit.SECONDS)).as("every save went through")
                        .isEqualTo(drafts.get(i)[1] + SAVES_EACH);
            }
            saving.set(false);
            waiting.get(60, TimeUnit.SECONDS);
            skipping.get(60, TimeUnit.SECONDS);
        } finally {
            saving.set(false);
            pool.shutdownNow();
        }
        assertThat(refreshRuns.get()).isPositive();

        refresher.refreshAll();
        assertThat(refresher.pendingKeys()).isEmpty();
        List<Map<String, Object>> refreshed = jdbc.queryForList(ROLLUPS);
        // every sibling's last save is what 淮安市 counts
        long expectedCount = 0;
        for (int i = 0; i < EDITORS; i++) {
            expectedCount += 100L * i + SAVES_EACH;
        }
        Long counted = jdbc.queryForObject("SELECT SUM(s2_procurement_count) FROM report_metrics m"
                + " JOIN agency a ON a.id = m.agency_id WHERE a.name LIKE ? AND m.report_year = 2020",
                Long.class, "并发保存测试局" + run + "-%");
        assertThat(counted).isEqualTo(expectedCount);
        rollup.rebuildAll();
        assertThat(jdbc.queryForList(ROLLUPS)).isEqualTo(refreshed);
    }

    private static <T> T asUser(AppUserPrincipal user, java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
