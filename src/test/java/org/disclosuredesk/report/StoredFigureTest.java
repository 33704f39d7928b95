package org.disclosuredesk.report;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.i18n.Messages;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.StoredFigure;
import org.disclosuredesk.template.ValueKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the cell input accepts is exactly what storage keeps: the edges survive a save unchanged, past them is refused. */
class StoredFigureTest extends SpringTestBase {

    @Autowired
    ReportService service;

    private LoadedReport seed() {
        return service.find(agencyId("广州市荔湾区政务服务数据管理局"), 2020).orElseThrow();
    }

    @Test
    void theSchemaHoldsWhatStoredFigureSays() {
        Map<String, Object> num = jdbc.queryForMap("SELECT NUMERIC_PRECISION p, NUMERIC_SCALE s FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'report_cell' AND COLUMN_NAME = 'num'");
        assertThat(((Number) num.get("p")).intValue()).isEqualTo(StoredFigure.PRECISION);
        assertThat(((Number) num.get("s")).intValue()).isEqualTo(StoredFigure.MAX_SCALE);
        Integer raw = jdbc.queryForObject("SELECT CHARACTER_MAXIMUM_LENGTH FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'report_cell' AND COLUMN_NAME = 'raw'", Integer.class);
        assertThat(raw).isEqualTo(StoredFigure.MAX_RAW_LENGTH);
    }

    @Test
    void theEdgesTheInputAcceptsAreStoredExactly() {
        loginAs("editor");
        LoadedReport before = seed();
        String longest = "9" + ",".repeat(StoredFigure.MAX_RAW_LENGTH - 1);
        CellValue amount = accepted("999999999.999999万", ValueKind.AMOUNT_WAN_YUAN);
        CellValue cent = accepted("0.01元", ValueKind.AMOUNT_WAN_YUAN);
        CellValue count = accepted(longest, ValueKind.COUNT);
        CellValue change = accepted("-1000000000", ValueKind.SIGNED_COUNT);
        ReportContent edited = before.content()
                .withCell("s2.procurement.amount", amount)
                .withCell("s2.procurement.count", count)
                .withCell("s2.fees.change", change);
        LoadedReport saved = service.saveContent(before.report().getId(), before.report().getVersion(), edited);
        try {
            LoadedReport read = seed();
            assertThat(read.content().cell("s2.procurement.amount").number()).isEqualByComparingTo("999999999.999999");
            assertThat(read.content().cell("s2.procurement.amount").raw()).isEqualTo("999999999.999999万");
            assertThat(read.content().cell("s2.procurement.count").number()).isEqualByComparingTo("9");
            assertThat(read.content().cell("s2.procurement.count").raw()).isEqualTo(longest);
            assertThat(read.content().cell("s2.fees.change").number()).isEqualByComparingTo("-1000000000");
            assertThat(cent.number()).isEqualByComparingTo("0.000001");
        } finally {
            service.saveContent(saved.report().getId(), saved.report().getVersion(), before.content());
        }
    }

    @Test
    void pastTheEdgesASaveIsRefusedWithAReasonAndNothingChanges() {
        loginAs("editor");
        LoadedReport before = seed();
        ReportContent bad = before.content()
                .withCell("s2.procurement.amount", CellValue.of(new BigDecimal("0.0000001")))
                .withCell("s2.procurement.count", CellValue.of(BigDecimal.ONE, "1" + ",".repeat(70)));
        assertThatThrownBy(() -> service.saveContent(before.report().getId(), before.report().getVersion(), bad))
                .isInstanceOfSatisfying(ReportException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("report.error.badInput");
                    assertThat(Messages.render(e.messageKey(), e.args(), Messages.CHINESE))
                            .contains(Messages.render(CellInput.Problem.TOO_PRECISE.message(), true))
                            .contains(Messages.render(CellInput.Problem.TOO_LONG.message(), true));
                });
        LoadedReport after = seed();
        assertThat(after.report().getVersion()).isEqualTo(before.report().getVersion());
        assertThat(after.content().cell("s2.procurement.amount")).isEqualTo(before.content().cell("s2.procurement.amount"));
    }

    private static CellValue accepted(String text, ValueKind kind) {
        CellInput.Result r = CellInput.parse(text, kind);
        assertThat(r.ok()).as("%s accepted", text).isTrue();
        return r.value();
    }
}
