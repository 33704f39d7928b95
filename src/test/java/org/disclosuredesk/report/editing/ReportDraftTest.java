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
        Map<String, String> shown = draft.paste("s3.granted.commercial", "1\t2\t3\r\n4\t5\t6\r\n").shown();
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
        PasteResult pasted = draft.paste("s3.carried_forward.other_org", "2\t99");
        assertThat(pasted.shown()).containsOnlyKeys("s3.carried_forward.other_org");
        assertThat(number("s3.carried_forward.total")).isEqualByComparingTo("2");
        // ...but the 99 that landed on it is not dropped without a word: it disagrees with the sum
        assertThat(pasted.totalsNotTaken()).containsExactly(
                new PasteResult.TotalNotTaken("s3.carried_forward.total", "99", CellValue.of(2)));
        // thousands separators, full-width digits and units; text shown stripped, read as typed
        Map<String, String> shown = draft.paste("s4.review.upheld", " 3,000 \t１\t2次").shown();
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
    void aRowCopiedWithItsLabelsLandsOnItsCellsAndTheLabelsAreLeftOut() {
        // a row of part 三 copied with its label column and the 总计 it adds up to, pasted at 自然人
        PasteResult pasted = draft.paste("s3.granted.natural_person", "（一）予以公开\t1\t2\t3\t4\t5\t6\t21\n");
        assertThat(pasted.refused()).isFalse();
        assertThat(pasted.skippedLabels()).containsExactly("（一）予以公开");
        assertThat(pasted.shown()).containsExactly(
                Map.entry("s3.granted.natural_person", "1"), Map.entry("s3.granted.commercial", "2"),
                Map.entry("s3.granted.research", "3"), Map.entry("s3.granted.public_interest", "4"),
                Map.entry("s3.granted.legal_service", "5"), Map.entry("s3.granted.other_org", "6"));
        assertThat(number("s3.granted.natural_person")).isEqualByComparingTo("1");
        assertThat(number("s3.granted.other_org")).isEqualByComparingTo("6");
        assertThat(number("s3.granted.total")).isEqualByComparingTo("21");
        assertThat(draft.invalidInputs()).isEmpty();
        assertThat(pasted.totalsNotTaken()).isEmpty();
        assertThat(pasted.otherRows()).isEmpty();

        // the section and group columns too, with the empty cells merged headings leave
        pasted = draft.paste("s3.denied_state_secret.natural_person",
                "三、本年度办理结果\t（三）不予公开\t1.属于国家秘密\t7\t0\t0\t0\t0\t0\t7\n"
                        + "\t\t2.其他法律行政法规禁止公开\t8\t0\t0\t0\t0\t0\t8");
        assertThat(pasted.skippedLabels()).containsExactly("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密",
                "2.其他法律行政法规禁止公开");
        assertThat(number("s3.denied_state_secret.natural_person")).isEqualByComparingTo("7");
        assertThat(number("s3.denied_law_forbidden.natural_person")).isEqualByComparingTo("8");
        assertThat(draft.invalidInputs()).isEmpty();
    }

    @Test
    void aRowLabelledAsAnotherRowIsPastedButPointedOut() {
        PasteResult pasted = draft.paste("s3.granted.natural_person", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t9");
        assertThat(number("s3.granted.natural_person")).isEqualByComparingTo("9");
        assertThat(pasted.otherRows()).singleElement().satisfies(m -> {
            assertThat(m.pasted()).startsWith("（二）部分公开");
            assertThat(m.landedOn().key()).isEqualTo("granted");
        });
    }

    @Test
    void aRowOfPartFourFillsReconsiderationAndBothLitigationGroupsInPrintedOrder() {
        // part 四 is printed as one row: 行政复议 (4 outcomes + 总计), then 行政诉讼 未经复议直接起诉 and 复议后起诉
        PasteResult pasted = draft.paste("s4.review.upheld", "1\t2\t3\t4\t10\t5\t6\t7\t8\t26\t0\t1\t0\t2\t3");
        assertThat(pasted.refused()).isFalse();
        assertThat(number("s4.review.upheld")).isEqualByComparingTo("1");
        assertThat(number("s4.review.pending")).isEqualByComparingTo("4");
        assertThat(number("s4.litigation_direct.upheld")).isEqualByComparingTo("5");
        assertThat(number("s4.litigation_direct.pending")).isEqualByComparingTo("8");
        assertThat(number("s4.litigation_after_review.corrected")).isEqualByComparingTo("1");
        assertThat(number("s4.litigation_after_review.pending")).isEqualByComparingTo("2");
        assertThat(number("s4.litigation_after_review.total")).isEqualByComparingTo("3");
        assertThat(pasted.shown()).hasSize(12);
        assertThat(pasted.totalsNotTaken()).isEmpty();

        // the same figures as three rows (one per group, as a clerk's own sheet may have them)
        pasted = draft.paste("s4.review.upheld", "2\t2\t3\t4\n5\t6\t7\t9\n0\t1\t0\t3");
        assertThat(pasted.refused()).isFalse();
        assertThat(number("s4.review.upheld")).isEqualByComparingTo("2");
        assertThat(number("s4.litigation_direct.pending")).isEqualByComparingTo("9");
        assertThat(number("s4.litigation_after_review.pending")).isEqualByComparingTo("3");

        // a total that does not add up is said, not silently replaced
        pasted = draft.paste("s4.review.upheld", "1\t1\t1\t1\t5");
        assertThat(pasted.totalsNotTaken()).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("s4.review.total");
            assertThat(t.pasted()).isEqualTo("5");
            assertThat(t.computed().number()).isEqualByComparingTo("4");
        });
    }

    @Test
    void aBlockThatDoesNotFitIsRefusedWholeAndNothingChanges() {
        ReportContent before = draft.current();
        Map<String, CellValue> cellsBefore = new LinkedHashMap<>(before.cells());
        // two rows pasted on the last row of part 三
        PasteResult pasted = draft.paste("s3.carried_forward.natural_person", "1\t2\n3\t4\n");
        assertThat(pasted.refused()).isTrue();
        assertThat(pasted.misfit()).isEqualTo(new PasteResult.Misfit(2, 2, 1, 7));
        assertThat(pasted.shown()).isEmpty();
        // eight figures from 商业企业, where six cells are left
        pasted = draft.paste("s3.granted.commercial", "1\t2\t3\t4\t5\t6\t7\t8");
        assertThat(pasted.misfit()).isEqualTo(new PasteResult.Misfit(1, 8, 21, 6));
        // sixteen figures on part 四's fifteen cells
        pasted = draft.paste("s4.review.upheld", "1\t".repeat(15) + "1");
        assertThat(pasted.misfit()).isEqualTo(new PasteResult.Misfit(1, 16, 1, 15));
        assertThat(draft.current().cells()).isEqualTo(cellsBefore);
        assertThat(draft.isDirty()).isFalse();
        // empty cells and rows past the edge carry nothing: they do not stop a block that fits
        pasted = draft.paste("s3.carried_forward.other_org", "3\t\t\n\t\n");
        assertThat(pasted.refused()).isFalse();
        assertThat(number("s3.carried_forward.other_org")).isEqualByComparingTo("3");
        // within the table an empty row of the block blanks its cells, as an empty cell does
        pasted = draft.paste("s3.granted.natural_person", "4\t5\n\t");
        assertThat(pasted.shown()).containsOnlyKeys("s3.granted.natural_person", "s3.granted.commercial",
                "s3.partially_granted.natural_person", "s3.partially_granted.commercial");
        assertThat(draft.current().cell("s3.partially_granted.natural_person").isBlank()).isTrue();
    }

    @Test
    void labelsAreTextsNoCellReadsAsAValue() {
        assertThat(PastedBlock.isLabel("（一）予以公开")).isTrue();
        assertThat(PastedBlock.isLabel("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请".repeat(2))).isTrue();
        assertThat(PastedBlock.isLabel("3,000")).isFalse();
        assertThat(PastedBlock.isLabel("11次")).isFalse();
        assertThat(PastedBlock.isLabel("3522.4万")).isFalse();
        assertThat(PastedBlock.isLabel("/")).isFalse();
        assertThat(PastedBlock.isLabel("")).isFalse();
        assertThat(PastedBlock.isLabel("1" + ",".repeat(70))).isFalse();
        // a row of texts only keeps them as values, to be refused at their cells like typing
        assertThat(PastedBlock.lines(List.of(List.of("", "x"))).getFirst().values()).containsExactly("", "x");
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
