package org.disclosuredesk.report;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.agency.Agency;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rolled back after each test: the agencies and reports made here are never committed. */
@org.springframework.transaction.annotation.Transactional
class ReportRepositoryTest extends SpringTestBase {

    @Autowired
    AnnualReportRepository reports;

    private long newAgency(String name) {
        Agency parent = agencies.children(null).get(0);
        return agencies.create(Agency.childOf(parent, name, AgencyKind.AGENCY, 99)).getId();
    }

    @Test
    void seedReportRoundTripsThroughMariaDb() {
        ReportContent seed = TestSamples.expected(TestSamples.LIWAN)
                .withNarrative(NarrativePart.OVERVIEW, "2020 年，我局<script>alert(1)</script>办理申请 21 件。")
                .withCell("s2.fees.change", CellValue.NOT_APPLICABLE)
                .withCell("s2.fees.prev_year_items", CellValue.BLANK);
        long agencyId = newAgency("往返测试局");
        AnnualReport draft = AnnualReport.newDraft(agencyId, 2020);
        draft.applyContent(seed);
        AnnualReport saved = reports.save(draft);

        AnnualReport loaded = reports.findById(saved.getId()).orElseThrow();
        ReportContent back = loaded.toContent("往返测试局");
        assertThat(back.edition()).isEqualTo(seed.edition());
        assertThat(back.year()).isEqualTo(2020);
        assertThat(back.narrative(NarrativePart.OVERVIEW)).isEqualTo(seed.narrative(NarrativePart.OVERVIEW));
        for (String key : seed.template().cellKeys()) {
            CellValue expected = seed.cell(key);
            CellValue actual = back.cell(key);
            assertThat(actual.state()).as(key).isEqualTo(expected.state());
            if (expected.isNumber()) {
                assertThat(actual.number()).as(key).isEqualByComparingTo(expected.number());
            }
        }
        // blank, zero and not applicable stay apart
        assertThat(back.cell("s2.fees.prev_year_items").isBlank()).isTrue();
        assertThat(back.cell("s2.fees.change").isNotApplicable()).isTrue();
        assertThat(back.cell("s2.regulations.new_made").number()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(back.cell("s2.procurement.amount").number()).isEqualByComparingTo("3522.436287");
        assertThat(back.cell("s2.procurement.amount").raw()).isEqualTo("3522.436287万");
    }

    @Test
    void staleVersionIsRefusedAndLeavesTheStoredRowIntact() {
        long agencyId = newAgency("并发测试局");
        AnnualReport draft = AnnualReport.newDraft(agencyId, 2020);
        draft.applyContent(TestSamples.expected(TestSamples.LIWAN));
        long id = reports.save(draft).getId();

        AnnualReport first = reports.findById(id).orElseThrow();
        AnnualReport second = reports.findById(id).orElseThrow();
        first.applyContent(first.toContent("x").withCell("s3.granted.natural_person", CellValue.of(12)));
        reports.save(first);

        second.applyContent(second.toContent("x").withCell("s3.granted.natural_person", CellValue.of(99)));
        assertThatThrownBy(() -> reports.save(second)).isInstanceOf(OptimisticLockingFailureException.class);

        AnnualReport stored = reports.findById(id).orElseThrow();
        assertThat(stored.getVersion()).isEqualTo(first.getVersion());
        assertThat(stored.toContent("x").cell("s3.granted.natural_person").number()).isEqualByComparingTo("12");
        assertThat(stored.getCells()).hasSize(first.getCells().size());
    }

    @Test
    void oneReportPerAgencyAndYear() {
        long agencyId = newAgency("唯一性测试局");
        reports.save(AnnualReport.newDraft(agencyId, 2022));
        assertThatThrownBy(() -> reports.save(AnnualReport.newDraft(agencyId, 2022)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
