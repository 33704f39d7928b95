package org.disclosuredesk.report.editing;

import org.disclosuredesk.TestSamples;
import org.disclosuredesk.report.AnnualReport;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Totals;
import org.disclosuredesk.validation.Finding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editor's model on its own: no Spring, no Vaadin, the real 荔湾 2020 report as the stored version. */
class ReportDraftTest {

    private static final ReportContent SEED = TestSamples.expected(TestSamples.LIWAN);

    private static LoadedReport loaded(ReportContent content) {
        return new LoadedReport(AnnualReport.newDraft(1, content.year()), "广州市 / 荔湾区", content, List.of(), null);
    }

    private final ReportDraft draft = new ReportDraft(loaded(SEED));

    /** A version as the service stores it: totals computed. */
    private static ReportContent stored(ReportContent content) {
        Map<String, CellValue> cells = new LinkedHashMap<>(content.cells());
        Totals.compute(content.template(), cells);
        return new ReportContent(content.agencyName(), content.year(), content.edition(), cells,
                content.narratives(), content.publishedOn());
    }

    private BigDecimal number(String key) {
        return draft.current().cell(key).number();
    }

    private boolean hasError(String rule, String cell) {
        return draft.findings().stream().anyMatch(f -> f.isError() && f.ruleId().equals(rule) && f.cells().contains(cell));
    }

    @Test
    void aFreshDraftIsCleanAndHasNoErrors() {
        assertThat(draft.isDirty()).isFalse();
        assertThat(draft.invalidInputs()).isEmpty();
        assertThat(draft.findings()).noneMatch(Finding::isError);
        assertThat(draft.current().cells()).isEqualTo(SEED.cells());
    }

    @Test
    void typingAValueRecomputesTotalsAndFindings() {
        CellInput.Result r = draft.type("s3.granted.natural_person", "12");
        assertThat(r.ok()).isTrue();
        assertThat(draft.isDirty()).isTrue();
        // （七）总计 and the grand total follow; now 21 received ≠ 22 processed
        assertThat(number("s3.total_processed.natural_person")).isEqualByComparingTo("22");
        assertThat(number("s3.total_processed.total")).isEqualByComparingTo("22");
        assertThat(hasError("R3.1", "s3.new_received.natural_person")).isTrue();

        draft.type("s3.granted.natural_person", "11");
        assertThat(draft.findings()).noneMatch(Finding::isError);
        assertThat(number("s3.total_processed.natural_person")).isEqualByComparingTo("21");
        assertThat(draft.isDirty()).isTrue(); // back to the stored figure, still typed: asked before leaving
    }

    @Test
    void aTextThatIsNotAValueIsKeptApartAndTheOldValueStillCounts() {
        draft.type("s3.granted.research", "abc");
        draft.type("s3.granted.commercial", "-2");
        draft.type("s2.regulations.new_made", "1.5");
        draft.type("s2.procurement.count", "2000000000");
        draft.type("s2.procurement.amount", "0.0000001");
        draft.type("s2.fees.prev_year_items", "1" + ",".repeat(70));
        assertThat(draft.invalidInputs())
                .containsEntry("s3.granted.research", CellInput.Problem.NOT_A_NUMBER)
                .containsEntry("s3.granted.commercial", CellInput.Problem.NEGATIVE)
                .containsEntry("s2.regulations.new_made", CellInput.Problem.FRACTION)
                .containsEntry("s2.procurement.count", CellInput.Problem.TOO_LARGE)
                .containsEntry("s2.procurement.amount", CellInput.Problem.TOO_PRECISE)
                .containsEntry("s2.fees.prev_year_items", CellInput.Problem.TOO_LONG)
                .hasSize(6);
        assertThat(number("s3.granted.research")).isEqualByComparingTo("0");
        assertThat(number("s3.granted.total")).isEqualByComparingTo("11");
        assertThat(draft.isDirty()).isTrue();

        draft.type("s3.granted.research", "3");
        assertThat(draft.invalidInputs()).doesNotContainKey("s3.granted.research").hasSize(5);
        assertThat(number("s3.granted.total")).isEqualByComparingTo("14");
    }

    @Test
    void blankAndNotApplicableAreNeitherZeroNorEachOther() {
        draft.type("s3.granted.research", "/");
        assertThat(draft.current().cell("s3.granted.research")).isEqualTo(CellValue.NOT_APPLICABLE);
        // not applicable is left out of the sum
        assertThat(number("s3.granted.total")).isEqualByComparingTo("11");

        draft.type("s3.granted.research", "");
        assertThat(draft.current().cell("s3.granted.research").isBlank()).isTrue();
        assertThat(draft.current().cell("s3.granted.research").isNotApplicable()).isFalse();
        // a blank part makes the total unknown, not a guess
        assertThat(draft.current().cell("s3.granted.total").isBlank()).isTrue();
        assertThat(draft.invalidInputs()).isEmpty();
    }

    @Test
    void totalsAreNotTyped() {
        assertThat(draft.isEnterable("s3.granted.total")).isFalse();
        assertThat(draft.isEnterable("s3.granted.natural_person")).isTrue();
        assertThat(draft.isEnterable("no.such.cell")).isFalse();
        assertThatThrownBy(() -> draft.type("s3.granted.total", "5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlockCopiedFromExcelLandsFromTheStartCell() {
        // two rows × three columns as Excel puts them on the clipboard: tabs, CRLF, a newline at the end
        Map<String, String> shown = draft.paste("s3.granted.commercial", "1\t2\t3\r\n4\t5\t6\r\n");
        assertThat(shown).containsExactly(
                Map.entry("s3.granted.commercial", "1"), Map.entry("s3.granted.research", "2"),
                Map.entry("s3.granted.public_interest", "3"), Map.entry("s3.partially_granted.commercial", "4"),
                Map.entry("s3.partially_granted.research", "5"), Map.entry("s3.partially_granted.public_interest", "6"));
        assertThat(number("s3.granted.public_interest")).isEqualByComparingTo("3");
        assertThat(number("s3.partially_granted.commercial")).isEqualByComparingTo("4");
        assertThat(number("s3.granted.legal_service")).isEqualByComparingTo("0");
        assertThat(number("s3.granted.total")).isEqualByComparingTo("17");
        assertThat(draft.isDirty()).isTrue();
    }

    @Test
    void aBlockSkipsTotalsStopsAtTheTableEdgeAndReadsWhatPeopleType() {
        // the computed 总计 column is skipped, and nothing runs past it
        Map<String, String> shown = draft.paste("s3.carried_forward.other_org", "2\t99");
        assertThat(shown).containsOnlyKeys("s3.carried_forward.other_org");
        assertThat(number("s3.carried_forward.total")).isEqualByComparingTo("2");
        // thousands separators, full-width digits and units; text shown stripped, read as typed
        shown = draft.paste("s4.review.upheld", " 3,000 \t１\t2次");
        assertThat(shown).containsEntry("s4.review.upheld", "3,000");
        assertThat(number("s4.review.upheld")).isEqualByComparingTo("3000");
        assertThat(number("s4.review.corrected")).isEqualByComparingTo("1");
        assertThat(number("s4.review.other")).isEqualByComparingTo("2");
        // an empty cell in the block blanks its cell; a bad one is refused there like typing
        draft.paste("s4.review.upheld", "\tx");
        assertThat(draft.current().cell("s4.review.upheld").isBlank()).isTrue();
        assertThat(draft.invalidInputs()).containsEntry("s4.review.corrected", CellInput.Problem.NOT_A_NUMBER);
    }

    @Test
    void clipboardTextBecomesRowsAndCells() {
        assertThat(PastedBlock.rows("1\t2\r\n3\t\n\n")).containsExactly(List.of("1", "2"), List.of("3", ""));
        assertThat(PastedBlock.rows("a\nb")).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void narrativesAreTextAsTyped() {
        draft.write(NarrativePart.OVERVIEW, "<b>全年</b>");
        assertThat(draft.current().narrative(NarrativePart.OVERVIEW)).isEqualTo("<b>全年</b>");
        assertThat(draft.isDirty()).isTrue();
        draft.discard();
        assertThat(draft.isDirty()).isFalse();
    }

    @Test
    void afterASaveTheStoredVersionIsTheBase() {
        draft.type("s4.review.upheld", "4");
        ReportContent stored = draft.current();
        draft.saved(loaded(stored));
        assertThat(draft.isDirty()).isFalse();
        assertThat(draft.loaded().content()).isEqualTo(stored);
        assertThat(draft.conflictWith(loaded(stored)).mine()).isEmpty();
    }

    @Test
    void aConflictMergeKeepsMyChangesAndTheirs() {
        draft.type("s4.review.upheld", "4");
        draft.write(NarrativePart.PROBLEMS, "我的文字");
        // meanwhile a colleague saved another figure, and the same one
        LoadedReport theirs = loaded(stored(SEED.withCell("s4.litigation_direct.upheld", CellValue.of(9))
                .withCell("s4.review.upheld", CellValue.of(7)).withNarrative(NarrativePart.OTHER, "他们的文字")));

        EditConflict conflict = draft.conflictWith(theirs);
        assertThat(conflict.mine()).containsExactly("s4.review.upheld", "s4.review.total", "p5");
        assertThat(conflict.theirs()).contains("s4.review.upheld", "s4.litigation_direct.upheld", "p6");
        assertThat(conflict.both()).containsExactly("s4.review.upheld", "s4.review.total");
        assertThat(draft.label("s4.review.upheld", true)).isNotBlank().isNotEqualTo("s4.review.upheld");
        assertThat(draft.label("p5", true)).isEqualTo(NarrativePart.PROBLEMS.heading(true));

        draft.reapply(conflict);
        assertThat(draft.loaded()).isSameAs(theirs);
        assertThat(number("s4.review.upheld")).isEqualByComparingTo("4");
        assertThat(number("s4.litigation_direct.upheld")).isEqualByComparingTo("9");
        assertThat(number("s4.litigation_direct.total")).isEqualByComparingTo("9");
        assertThat(number("s4.review.total")).isEqualByComparingTo("5");
        assertThat(draft.current().narrative(NarrativePart.PROBLEMS)).isEqualTo("我的文字");
        assertThat(draft.current().narrative(NarrativePart.OTHER)).isEqualTo("他们的文字");
        assertThat(draft.isDirty()).isTrue();
        // what is left to save is only mine, on top of their version
        assertThat(draft.conflictWith(theirs).mine()).containsExactlyInAnyOrder("s4.review.upheld",
                "s4.review.total", "p5");
    }
}
