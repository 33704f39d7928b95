package org.disclosuredesk.dashboard;

import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.SpringTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The percentile of the comparison at its edges: rank-based, 100 % for the top, "—" (null) with fewer than
 * {@link PeerRow#MIN_PEERS_FOR_PERCENTILE} valued peers. Each test builds its own parent with children and
 * rollup rows in a transaction that is rolled back.
 */
@Transactional
class PeerPercentileTest extends SpringTestBase {

    private static final int YEAR = 2099;

    @Autowired
    DashboardQueries queries;

    @Test
    void oneOrTwoUnitsHaveNoPercentileButARank() {
        Map<String, PeerRow> one = peers(20L);
        assertThat(one.get("u0").rank()).isEqualTo(1);
        assertThat(one.get("u0").percentile()).isNull(); // was 0 %
        Map<String, PeerRow> two = peers(20L, 10L);
        assertThat(two.get("u0").rank()).isEqualTo(1);
        assertThat(two.get("u1").rank()).isEqualTo(2);
        assertThat(two.values()).allSatisfy(p -> assertThat(p.percentile()).isNull());
    }

    @Test
    void threeUnitsRunFromHundredToZero() {
        Map<String, PeerRow> three = peers(10L, 30L, 20L);
        assertPercentile(three.get("u1"), "100");
        assertPercentile(three.get("u2"), "50");
        assertPercentile(three.get("u0"), "0");
        assertThat(three.get("u1").rank()).isEqualTo(1);
    }

    @Test
    void tiesShareTheRankAndThePercentileAndTheTopStaysHundred() {
        Map<String, PeerRow> tiedTop = peers(30L, 30L, 10L, 20L);
        assertThat(tiedTop.get("u0").rank()).isEqualTo(1);
        assertThat(tiedTop.get("u1").rank()).isEqualTo(1);
        assertPercentile(tiedTop.get("u0"), "100");
        assertPercentile(tiedTop.get("u1"), "100");
        assertPercentile(tiedTop.get("u3"), "33.3333");
        assertPercentile(tiedTop.get("u2"), "0");
        Map<String, PeerRow> allEqual = peers(5L, 5L, 5L);
        assertThat(allEqual.values()).allSatisfy(p -> assertPercentile(p, "100"));
    }

    @Test
    void unitsWithoutAValueNeitherCountNorGetAPercentile() {
        Map<String, PeerRow> rows = peers(30L, null, 10L, null);
        assertThat(rows.get("u1").percentile()).isNull();
        assertThat(rows.get("u1").rank()).isNull();
        // two valued peers: below the minimum
        assertThat(rows.get("u0").rankedPeers()).isEqualTo(2);
        assertThat(rows.get("u0").percentile()).isNull();
        Map<String, PeerRow> three = peers(30L, null, 10L, 20L);
        assertPercentile(three.get("u0"), "100");
        assertPercentile(three.get("u3"), "50");
        assertPercentile(three.get("u2"), "0");
    }

    @Test
    void sortingByPercentileFollowsTheRank() {
        long parent = parentWith(10L, 30L, 20L);
        List<PeerRow> byPercentile = queries.peers(parent, YEAR, ReportScope.ALL, Metric.REQUESTS_RECEIVED, PeerSort.PERCENTILE, false,
                0, 10);
        assertThat(byPercentile).extracting(PeerRow::name).containsExactly("u1", "u2", "u0");
    }

    private static void assertPercentile(PeerRow p, String expected) {
        assertThat(p.percentile()).as(p.name()).isNotNull();
        assertThat(p.percentile()).as(p.name()).isCloseTo(new BigDecimal(expected),
                org.assertj.core.data.Offset.offset(new BigDecimal("0.001")));
    }

    /** Children u0, u1, … of a new parent with these 新收 totals (null: no report has the figure). */
    private Map<String, PeerRow> peers(Long... values) {
        long parent = parentWith(values);
        Map<String, PeerRow> byName = new LinkedHashMap<>();
        queries.peers(parent, YEAR, ReportScope.ALL, Metric.REQUESTS_RECEIVED, PeerSort.VALUE, false, 0, 100)
                .forEach(p -> byName.put(p.name(), p));
        assertThat(byName).hasSize(values.length);
        return byName;
    }

    private long parentWith(Long... values) {
        long root = agencyId("淮安市");
        long parent = insertAgency(root, "百分位测试上级" + System.nanoTime(), "REGION", 3);
        List<Long> list = Arrays.asList(values);
        for (int i = 0; i < list.size(); i++) {
            long child = insertAgency(parent, "u" + i, "AGENCY", 4);
            Long v = list.get(i);
            jdbc.update("INSERT INTO metrics_rollup (ancestor_id, report_year, bucket, report_count,"
                    + " s3_new_received_total, n_s3_new_received_total) VALUES (?, ?, 'PUBLISHED', 1, ?, ?)", child, YEAR,
                    v == null ? 0 : v, v == null ? 0 : 1);
        }
        return parent;
    }

    private long insertAgency(long parentId, String name, String kind, int depth) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "INSERT INTO agency (parent_id, name, kind, depth) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, parentId);
            ps.setString(2, name);
            ps.setString(3, kind);
            ps.setInt(4, depth);
            return ps;
        }, key);
        return key.getKey().longValue();
    }
}
