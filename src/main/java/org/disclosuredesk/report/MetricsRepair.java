package org.disclosuredesk.report;

import org.disclosuredesk.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Brings the metrics read model up to date at start-up after a migration changed its shape: writes the prior rows
 * of reports whose correction began before prior rows existed (from the correction's snapshot in the history), and
 * rebuilds the rollups when a migration emptied them. On an up-to-date database this is two indexed lookups.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MetricsRepair implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MetricsRepair.class);

    private final JdbcTemplate jdbc;
    private final ReportStore store;
    private final ReportHistory history;
    private final ReportMetricsWriter metrics;
    private final MetricsRollupWriter rollup;

    MetricsRepair(JdbcTemplate jdbc, ReportStore store, ReportHistory history, ReportMetricsWriter metrics,
                  MetricsRollupWriter rollup) {
        this.jdbc = jdbc;
        this.store = store;
        this.history = history;
        this.metrics = metrics;
        this.rollup = rollup;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        repair();
    }

    /** Scores the metrics rows written before quality scores existed (V17); @return how many. */
    private int score() {
        List<Map<String, Object>> unscored = jdbc.queryForList(
                "SELECT report_id, prior FROM report_metrics WHERE quality_score IS NULL");
        int scored = 0;
        for (Map<String, Object> row : unscored) {
            long id = ((Number) row.get("report_id")).longValue();
            boolean prior = Boolean.TRUE.equals(row.get("prior")) || Integer.valueOf(1).equals(row.get("prior"));
            AnnualReport report = store.get(id);
            QualityScore score;
            if (prior) {
                var published = history.lastPublished(id);
                if (published.isEmpty()) {
                    continue;
                }
                var content = published.get().content();
                score = QualityScore.of(content, Validator.validate(content,
                        store.previous(report, content.agencyName())), true);
            } else {
                score = QualityScore.of(store.load(report));
            }
            jdbc.update("UPDATE report_metrics SET quality_score = ? WHERE report_id = ? AND prior = ?",
                    score.total(), id, prior);
            scored++;
        }
        return scored;
    }

    /** @return how many prior rows were written */
    @Transactional
    int repair() {
        List<Long> missing = jdbc.queryForList("""
                SELECT m.report_id FROM report_metrics m
                WHERE m.correcting AND NOT m.prior
                  AND NOT EXISTS (SELECT 1 FROM report_metrics p WHERE p.report_id = m.report_id AND p.prior)""",
                Long.class);
        int written = 0;
        for (long id : missing) {
            AnnualReport report = store.get(id);
            var published = history.lastPublished(id);
            if (published.isPresent()) {
                var content = published.get().content();
                metrics.writePrior(report, content,
                        Validator.validate(content, store.previous(report, content.agencyName())));
                written++;
            }
        }
        int scored = score();
        boolean rollupEmpty = jdbc.queryForList("SELECT 1 FROM metrics_rollup LIMIT 1").isEmpty();
        boolean metricsExist = !jdbc.queryForList("SELECT 1 FROM report_metrics LIMIT 1").isEmpty();
        if (written > 0 || scored > 0 || (rollupEmpty && metricsExist)) {
            long t = System.nanoTime();
            rollup.rebuildAll();
            log.info("Metrics read model repaired: {} prior rows written, {} rows scored, rollups rebuilt in {} ms",
                    written, scored, (System.nanoTime() - t) / 1_000_000);
        }
        return written;
    }
}
