package org.disclosuredesk.report;

import org.disclosuredesk.metrics.ReportScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Paged, filtered report list within an agency subtree: one SQL query per page, nothing loaded in bulk. */
@Repository
class ReportListQuery {

    /** Sortable columns: what the UI may ask for, mapped to SQL. */
    public static final Map<String, String> SORTS = Map.of(
            "agency", "a.name", "year", "r.report_year", "edition", "r.edition", "status", "r.status",
            "errors", "m.error_count", "quality", "m.quality_score");

    private final JdbcTemplate jdbc;

    public ReportListQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReportListRow> page(long scopeAgencyId, ReportListFilter filter, String sort, boolean ascending,
                                    int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(scopeAgencyId, filter, args);
        String order = SORTS.getOrDefault(sort, "r.report_year");
        args.add(limit);
        args.add(offset);
        return jdbc.query("""
                SELECT r.id, r.agency_id, a.name, r.report_year, r.edition, r.status,
                       COALESCE(m.error_count, 0) AS errors, COALESCE(m.warning_count, 0) AS warnings,
                       m.quality_score
                FROM annual_report r
                JOIN agency_closure c ON c.descendant_id = r.agency_id AND c.ancestor_id = ?
                JOIN agency a ON a.id = r.agency_id
                LEFT JOIN report_metrics m ON m.report_id = r.id AND NOT m.prior
                """ + where + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", r.id"
                + " LIMIT ? OFFSET ?", (rs, i) -> new ReportListRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getInt(4), rs.getString(5), ReportStatus.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8),
                (Integer) rs.getObject(9, Integer.class)),
                args.toArray());
    }

    public int count(long scopeAgencyId, ReportListFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(scopeAgencyId, filter, args);
        Integer n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM annual_report r
                JOIN agency_closure c ON c.descendant_id = r.agency_id AND c.ancestor_id = ?
                JOIN agency a ON a.id = r.agency_id
                LEFT JOIN report_metrics m ON m.report_id = r.id AND NOT m.prior
                """ + where, Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    private static String where(long scopeAgencyId, ReportListFilter f, List<Object> args) {
        args.add(scopeAgencyId);
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (f.subtreeOf() != null) {
            sql.append(" AND r.agency_id IN (SELECT descendant_id FROM agency_closure WHERE ancestor_id = ?)");
            args.add(f.subtreeOf());
        }
        if (f.agencyText() != null && !f.agencyText().isBlank()) {
            sql.append(" AND a.name LIKE ?");
            args.add("%" + f.agencyText().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.year() != null) {
            sql.append(" AND r.report_year = ?");
            args.add(f.year());
        }
        if (f.edition() != null) {
            sql.append(" AND r.edition = ?");
            args.add(f.edition());
        }
        if (f.status() != null) {
            sql.append(" AND r.status = ?");
            args.add(f.status().name());
        }
        if (Boolean.TRUE.equals(f.withErrors())) {
            sql.append(" AND m.error_count > 0");
        }
        if (f.scope() == ReportScope.PUBLISHED) {
            sql.append(" AND (r.status = 'PUBLISHED' OR m.correcting)");
        } else if (f.scope() == ReportScope.REVIEWED) {
            sql.append(" AND (r.status IN ('APPROVED', 'PUBLISHED') OR m.correcting)");
        }
        return sql.toString();
    }
}
