package org.disclosuredesk.report;

import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.validation.Finding;
import org.disclosuredesk.validation.Validator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;

/**
 * Writes many reports at once with JDBC batches (demo data, benchmarks, batch import), producing
 * exactly the rows the aggregate and the metrics writer would. Not for interactive edits: no access
 * checks, so only trusted server code calls it.
 */
@Component
public class BulkReportWriter {

    /** One report to write; {@code previous} (may be null) feeds the cross-year rules. */
    public record NewReport(long agencyId, ReportStatus status, ReportContent content, ReportContent previous) {
    }

    private final JdbcTemplate jdbc;
    private final MetricsRollupWriter rollup;
    private final RollupRefresher refresher;

    public BulkReportWriter(JdbcTemplate jdbc, MetricsRollupWriter rollup, RollupRefresher refresher) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.refresher = refresher;
    }

    @Transactional
    public void write(List<NewReport> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Object[]> reportRows = new ArrayList<>();
        for (NewReport r : batch) {
            ReportContent c = r.content();
            LocalDate published = c.publishedOn();
            reportRows.add(new Object[]{r.agencyId(), c.year(), c.edition().code(), r.status().name(), c.agencyName(),
                    c.narrative(NarrativePart.OVERVIEW),
                    c.narrative(NarrativePart.PROBLEMS),
                    c.narrative(NarrativePart.OTHER),
                    published == null ? null : Date.valueOf(published)});
        }
        jdbc.batchUpdate("""
                INSERT INTO annual_report (agency_id, report_year, edition, status, printed_agency, overview, problems,
                    other_matters, published_on, revision, version, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, 'system')""", reportRows);
        Map<String, Long> ids = new HashMap<>();
        List<Long> agencyIds = batch.stream().map(NewReport::agencyId).distinct().toList();
        String in = String.join(",", Collections.nCopies(agencyIds.size(), "?"));
        List<Object> args = new ArrayList<>(agencyIds);
        jdbc.query("SELECT id, agency_id, report_year FROM annual_report WHERE agency_id IN (" + in + ")",
                rs -> {
                    ids.put(rs.getLong(2) + "/" + rs.getInt(3), rs.getLong(1));
                }, args.toArray());
        List<Object[]> cellRows = new ArrayList<>();
        List<Object[]> metricRows = new ArrayList<>();
        for (NewReport r : batch) {
            long id = ids.get(r.agencyId() + "/" + r.content().year());
            for (Map.Entry<String, CellValue> e : r.content().cells().entrySet()) {
                ReportCell cell = ReportCell.of(e.getValue());
                if (cell != null) {
                    cellRows.add(new Object[]{id, e.getKey(), cell.state(), cell.num(), cell.raw()});
                }
            }
            List<Finding> findings = Validator.validate(r.content(), r.previous());
            metricRows.add(ReportMetricsWriter.values(id, r.agencyId(), r.content().year(), r.status(), false, r.content(),
                    findings).toArray());
        }
        jdbc.batchUpdate("INSERT INTO report_cell (report_id, cell_key, state, num, raw) VALUES (?, ?, ?, ?, ?)",
                cellRows);
        jdbc.batchUpdate(ReportMetricsWriter.upsertSql(), metricRows);
        if (refresher.mode() == RollupMode.INLINE) {
            // the reports are new (plain INSERT above), so their metrics rows only add to the rollups
            rollup.addAll(batch.stream().map(r -> ids.get(r.agencyId() + "/" + r.content().year())).toList());
        } else {
            // never a delta beside the refresher: its delete-and-insert would race with it (decision 017)
            refresher.markDirty(batch.stream().map(r -> List.of(r.agencyId(), (long) r.content().year())).distinct()
                    .map(k -> new long[]{k.get(0), k.get(1)}).toList());
        }
    }
}
