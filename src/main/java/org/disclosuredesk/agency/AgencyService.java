package org.disclosuredesk.agency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.stream.Collectors;

/** Agencies and their hierarchy. The closure table is kept here, in the same transaction as the agency. */
@Service
public class AgencyService {

    private final AgencyRepository agencies;
    private final JdbcTemplate jdbc;

    public AgencyService(AgencyRepository agencies, JdbcTemplate jdbc) {
        this.agencies = agencies;
        this.jdbc = jdbc;
    }

    @Transactional
    public Agency create(Agency agency) {
        Agency saved = agencies.save(agency);
        jdbc.update("INSERT INTO agency_closure (ancestor_id, descendant_id, distance) VALUES (?, ?, 0)",
                saved.getId(), saved.getId());
        if (saved.getParentId() != null) {
            jdbc.update("""
                    INSERT INTO agency_closure (ancestor_id, descendant_id, distance)
                    SELECT ancestor_id, ?, distance + 1 FROM agency_closure WHERE descendant_id = ?""",
                    saved.getId(), saved.getParentId());
        }
        // dashboards count the agencies expected to report per subtree without scanning the closure
        jdbc.update("""
                INSERT INTO agency_subtree_size (agency_id, reporting_agencies)
                SELECT ancestor_id, ? FROM agency_closure WHERE descendant_id = ?
                ON DUPLICATE KEY UPDATE reporting_agencies = reporting_agencies + VALUES(reporting_agencies)""",
                saved.getKind() == AgencyKind.REGION ? 0 : 1, saved.getId());
        if (saved.getKind() != AgencyKind.REGION && saved.getReportsFrom() != null) {
            countStart(saved.getId(), saved.getReportsFrom(), 1);
        }
        return saved;
    }

    /**
     * A report of the agency exists for {@code year}: if the agency was recorded as reporting only from a later
     * year, it evidently reports from this one (an older report imported), so that "expected to report" always
     * covers the reports there are.
     */
    @Transactional
    public void reportsAtLeastFrom(long agencyId, int year) {
        Agency agency = get(agencyId);
        Integer from = agency.getReportsFrom();
        if (from == null || from <= year || agency.getKind() == AgencyKind.REGION) {
            return;
        }
        countStart(agencyId, from, -1);
        countStart(agencyId, year, 1);
        jdbc.update("UPDATE agency SET reports_from = ? WHERE id = ?", year, agencyId);
    }

    private void countStart(long agencyId, int firstYear, int delta) {
        jdbc.update("""
                INSERT INTO agency_subtree_start (agency_id, first_year, agencies)
                SELECT ancestor_id, ?, ? FROM agency_closure WHERE descendant_id = ?
                ON DUPLICATE KEY UPDATE agencies = agencies + VALUES(agencies)""", firstYear, delta, agencyId);
    }

    /** Saves a changed agency (its name); the hierarchy columns never change after creation. */
    @Transactional
    public Agency save(Agency agency) {
        return agencies.save(agency);
    }

    public Agency get(long id) {
        return agencies.findById(id).orElseThrow(() -> new IllegalArgumentException("No agency " + id));
    }

    public boolean isInSubtree(long ancestorId, long descendantId) {
        return agencies.isInSubtree(ancestorId, descendantId);
    }

    public List<Agency> children(Long parentId) {
        return parentId == null ? agencies.findRoots() : agencies.findByParentIdOrderBySortOrderAscNameAsc(parentId);
    }

    /** The agencies from the root down to this one, e.g. 广东省 › 广州市 › 荔湾区 › 荔湾区政务服务数据管理局. */
    public List<Agency> path(long agencyId) {
        return agencies.findPathTo(agencyId);
    }

    public String pathLabel(long agencyId) {
        return path(agencyId).stream().map(Agency::getName).collect(Collectors.joining(" › "));
    }

    public long count() {
        return agencies.count();
    }
}
