package org.disclosuredesk.report;

import org.disclosuredesk.metrics.MetricsColumns;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.validation.Finding;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps the dashboard's metrics rows of a report; called inside the transaction that saves it. The current row holds
 * the working revision; while a published report is being corrected a prior row keeps the published revision's
 * figures, which the published and reviewed dashboard scopes go on counting (V16, {@code ReportScope}).
 */
@Component
class ReportMetricsWriter {

    static final List<String> FIXED = List.of("report_id", "agency_id", "report_year", "edition", "status",
            "error_count", "warning_count", "correcting", "quality_score");

    private static final String UPSERT = buildUpsert();
    private static final String INSERT_PRIOR = UPSERT.replace("INSERT INTO report_metrics (", "INSERT INTO report_metrics (prior, ")
            .replace("VALUES (", "VALUES (TRUE, ");
    /** The first save of a correction: the current row still holds the published revision's figures. */
    private static final String KEEP_PUBLISHED_AS_PRIOR = keepPublishedSql();

    private final JdbcTemplate jdbc;
    private final MetricsRollupWriter rollup;
    private final RollupRefresher refresher;

    public ReportMetricsWriter(JdbcTemplate jdbc, MetricsRollupWriter rollup, RollupRefresher refresher) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.refresher = refresher;
    }

    /**
     * Writes the metrics rows; then either marks the report's (agency, year) for the {@link RollupRefresher}, or, in
     * {@link RollupMode#INLINE}, moves the ancestors' rollups by their delta (old rows out, new rows in).
     */
    public void write(AnnualReport report, ReportContent content, List<Finding> findings) {
        long id = report.getId();
        boolean inline = refresher.mode() == RollupMode.INLINE;
        if (inline) {
            rollup.subtract(id);
        }
        boolean correcting = correcting(report);
        if (correcting) {
            jdbc.update(KEEP_PUBLISHED_AS_PRIOR, id);
            jdbc.update("UPDATE report_metrics SET status = ? WHERE report_id = ? AND prior",
                    report.getStatus().name(), id);
        } else {
            jdbc.update("DELETE FROM report_metrics WHERE report_id = ? AND prior", id);
        }
        jdbc.update(UPSERT, values(id, report.getAgencyId(), report.getReportYear(), report.getStatus(), correcting,
                content, findings).toArray());
        if (inline) {
            rollup.add(id);
        } else {
            refresher.markDirty(report.getAgencyId(), report.getReportYear());
        }
    }

    /** A published report reopened: a revision after the first exists only because of that. */
    static boolean correcting(AnnualReport report) {
        return report.getRevision() > 1 && report.getStatus() != ReportStatus.PUBLISHED;
    }

    /**
     * Writes the prior row of a report under correction from its published revision, without touching the rollups
     * (the caller rebuilds them): for reports whose correction began before prior rows existed.
     */
    void writePrior(AnnualReport report, ReportContent published, List<Finding> findings) {
        // a prior row is a correction's published revision: marked correcting, and scored as published
        List<Object> values = values(report.getId(), report.getAgencyId(), report.getReportYear(),
                report.getStatus(), true, published, findings);
        jdbc.update(INSERT_PRIOR, values.toArray());
    }

    /** The row's values in column order; also used by bulk loaders that bypass the aggregate. */
    public static List<Object> values(long reportId, long agencyId, int year, ReportStatus status, boolean correcting,
                                      ReportContent content, List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        List<Object> values = new ArrayList<>();
        values.add(reportId);
        values.add(agencyId);
        values.add(year);
        values.add(content.edition().code());
        values.add(status.name());
        values.add(errors);
        values.add(findings.size() - errors);
        values.add(correcting);
        values.add(QualityScore.of(content, findings, status == ReportStatus.PUBLISHED || correcting).total());
        for (String key : MetricsColumns.cellKeys()) {
            CellValue v = content.template().hasCell(key) ? content.cell(key) : CellValue.BLANK;
            values.add(v.isNumber() ? v.number() : null);
        }
        return values;
    }

    public static String upsertSql() {
        return UPSERT;
    }

    private static String keepPublishedSql() {
        List<String> columns = new ArrayList<>(FIXED);
        MetricsColumns.cellKeys().forEach(k -> columns.add(MetricsColumns.column(k)));
        String copied = columns.stream().map(c -> c.equals("correcting") ? "TRUE" : c)
                .collect(Collectors.joining(", "));
        return "INSERT IGNORE INTO report_metrics (prior, " + String.join(", ", columns) + ") SELECT TRUE, " + copied
                + " FROM report_metrics WHERE report_id = ? AND NOT prior AND status = 'PUBLISHED'";
    }

    private static String buildUpsert() {
        List<String> columns = new ArrayList<>(FIXED);
        MetricsColumns.cellKeys().forEach(k -> columns.add(MetricsColumns.column(k)));
        String placeholders = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        String updates = columns.stream().skip(1).map(c -> c + " = VALUES(" + c + ")")
                .collect(Collectors.joining(", "));
        return "INSERT INTO report_metrics (" + String.join(", ", columns) + ") VALUES (" + placeholders
                + ") ON DUPLICATE KEY UPDATE " + updates;
    }
}
