package org.disclosuredesk.report;

import org.disclosuredesk.template.ReportContent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The history of a report: one {@code report_save} row per save or workflow step, with the report as
 * it then was, and one {@code report_change} row per changed cell or text. Written in the caller's
 * transaction, so history and report never disagree.
 */
@Component
public class ReportHistory {

    /** One save or workflow step. */
    public record Save(long id, int revision, Instant savedAt, String savedBy, String action, ReportStatus fromStatus,
                       ReportStatus toStatus, String reason, int changeCount) {
    }

    private final JdbcTemplate jdbc;

    public ReportHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(AnnualReport report, String username, String action, ReportStatus from, String reason,
                ReportContent before, ReportContent after) {
        String snapshot = ReportSnapshot.write(after);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO report_save (report_id, revision, saved_by, action, from_status, to_status, reason, snapshot)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, report.getId());
            ps.setInt(2, report.getRevision());
            ps.setString(3, username);
            ps.setString(4, action);
            ps.setString(5, from == null ? null : from.name());
            ps.setString(6, report.getStatus().name());
            ps.setString(7, reason);
            ps.setString(8, snapshot);
            return ps;
        }, key);
        long saveId = key.getKey().longValue();
        List<Object[]> rows = ReportDiff.between(before, after).stream()
                .map(c -> new Object[]{saveId, c.key(), c.before(), c.after()}).toList();
        jdbc.batchUpdate("INSERT INTO report_change (save_id, field_key, old_value, new_value) VALUES (?, ?, ?, ?)", rows);
    }

    public List<Save> saves(long reportId) {
        return jdbc.query("""
                SELECT s.id, s.revision, s.saved_at, s.saved_by, s.action, s.from_status, s.to_status, s.reason,
                       (SELECT COUNT(*) FROM report_change c WHERE c.save_id = s.id)
                FROM report_save s WHERE s.report_id = ? ORDER BY s.id DESC""",
                (rs, i) -> new Save(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5), rs.getString(6) == null ? null : ReportStatus.valueOf(rs.getString(6)),
                        ReportStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getInt(9)), reportId);
    }

    /** Who submitted the report last (null: never submitted): separation of duties keeps them from approving it. */
    String lastSubmitter(long reportId) {
        return jdbc.query("SELECT saved_by FROM report_save WHERE report_id = ? AND action = 'SUBMIT' ORDER BY id DESC"
                + " LIMIT 1", rs -> rs.next() ? rs.getString(1) : null, reportId);
    }

    /** Of these reports, the ones the user submitted last. */
    Set<Long> submittedLastBy(String username, Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Set.of();
        }
        String in = String.join(",", Collections.nCopies(reportIds.size(), "?"));
        List<Object> args = new ArrayList<>(reportIds);
        args.add(username);
        return new HashSet<>(jdbc.queryForList("""
                SELECT s.report_id FROM report_save s
                WHERE s.report_id IN (%s) AND s.action = 'SUBMIT' AND s.saved_by = ?
                  AND s.id = (SELECT MAX(l.id) FROM report_save l WHERE l.report_id = s.report_id AND l.action = 'SUBMIT')"""
                .formatted(in), Long.class, args.toArray()));
    }

    public List<ReportDiff.Change> changes(long saveId) {
        return jdbc.query("SELECT field_key, old_value, new_value FROM report_change WHERE save_id = ? ORDER BY id",
                (rs, i) -> new ReportDiff.Change(rs.getString(1), null, null, rs.getString(2), rs.getString(3)), saveId);
    }

    /**
     * The report as it was last published, when a correction of it was started: the snapshot of the
     * correction step (which changes no figure) is the published content, whether the report was published
     * through the workflow or loaded as published (demo data, bulk loads) without a publish step of its own.
     */
    Optional<Published> lastPublished(long reportId) {
        return jdbc.query("SELECT revision, snapshot FROM report_save WHERE report_id = ? AND action = 'CORRECT'"
                        + " ORDER BY id DESC LIMIT 1",
                rs -> rs.next() ? Optional.of(new Published(rs.getInt(1) - 1, ReportSnapshot.read(rs.getString(2))))
                        : Optional.empty(), reportId);
    }

    record Published(int revision, ReportContent content) {
    }

    /** The report as it was after the given save. */
    public ReportContent snapshot(long reportId, long saveId) {
        String json = jdbc.queryForObject("SELECT snapshot FROM report_save WHERE id = ? AND report_id = ?",
                String.class, saveId, reportId);
        return ReportSnapshot.read(json);
    }
}
