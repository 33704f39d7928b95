package org.disclosuredesk.importing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files to upload in import tests: the real 荔湾 sample, a copy with one unreadable row, and garbage. */
public final class ImportFixtures {

    public static final String LIWAN = "liwan-2020-zwfwsjglj.txt";
    public static final String LIWAN_AGENCY = "广州市荔湾区政务服务数据管理局";

    private ImportFixtures() {
    }

    public static byte[] sample(String name) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream("/demo/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 荔湾 sample with the procurement row's two figures run together ("113522.436287万"): the importer
     * cannot tell count from amount, so both cells stay unread (decision 005).
     */
    public static byte[] liwanWithUnreadProcurement() {
        String text = new String(sample(LIWAN), StandardCharsets.UTF_8);
        String damaged = text.replace("11次 3522.436287万", "113522.436287万");
        if (damaged.equals(text)) {
            throw new IllegalStateException("sample changed: procurement row not found");
        }
        return damaged.getBytes(StandardCharsets.UTF_8);
    }

    /** Not a report: random-looking binary. */
    public static byte[] garbage() {
        byte[] b = new byte[4096];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    /** Removes a report a test created (cells, metrics and history go with it), then recomputes its ancestors' rollups. */
    public static void deleteReport(JdbcTemplate jdbc, long agencyId, int year) {
        jdbc.update("DELETE FROM annual_report WHERE agency_id = ? AND report_year = ?", agencyId, year);
        // the same recomputation the rollup refresher runs (decision 017); a year without reports keeps no rollup row
        new org.disclosuredesk.report.MetricsRollupWriter(jdbc).refresh(year, jdbc.queryForList(
                "SELECT ancestor_id FROM agency_closure WHERE descendant_id = ?", Long.class, agencyId));
    }
}
