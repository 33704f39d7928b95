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

/** Keeps the dashboard's per-report metrics row; called inside the transaction that saves the report. */
@Component
class ReportMetricsWriter {

    static final List<String> FIXED = List.of("report_id", "agency_id", "report_year", "edition", "status",
            "error_count", "warning_count", "correcting");

    private static final String UPSERT = buildUpsert();

    private final JdbcTemplate jdbc;
    private final MetricsRollupWriter rollup;

    public ReportMetricsWriter(JdbcTemplate jdbc, MetricsRollupWriter rollup) {
        this.jdbc = jdbc;
        this.rollup = rollup;
    }

    /** Writes the metrics row and moves the ancestors' rollups by its delta (old row out, new row in). */
    public void write(AnnualReport report, ReportContent content, List<Finding> findings) {
        rollup.subtract(report.getId());
        // a revision after the first exists only because a published report was reopened
        boolean correcting = report.getRevision() > 1 && report.getStatus() != ReportStatus.PUBLISHED;
        jdbc.update(UPSERT, values(report.getId(), report.getAgencyId(), report.getReportYear(),
                report.getStatus(), correcting, content, findings).toArray());
        rollup.add(report.getId());
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
        for (String key : MetricsColumns.cellKeys()) {
            CellValue v = content.template().hasCell(key) ? content.cell(key) : CellValue.BLANK;
            values.add(v.isNumber() ? v.number() : null);
        }
        return values;
    }

    public static String upsertSql() {
        return UPSERT;
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
