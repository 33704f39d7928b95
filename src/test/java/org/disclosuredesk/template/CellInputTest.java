package org.disclosuredesk.template;

import org.disclosuredesk.i18n.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CellInputTest {

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "3,522|COUNT|3522",
            "11次|COUNT|11",
            "１２３|COUNT|123",
            "  7 |COUNT|7",
            "-15|SIGNED_COUNT|-15",
            "－３|SIGNED_COUNT|-3",
            "3522.436287万|AMOUNT_WAN_YUAN|3522.436287",
            "251000元|AMOUNT_WAN_YUAN|25.1",
            "96171.6|AMOUNT_WAN_YUAN|96171.6",
            "4.0|COUNT|4",
            "0.000001|AMOUNT_WAN_YUAN|0.000001",
            "0.01元|AMOUNT_WAN_YUAN|0.000001",
            "1000000000|COUNT|1000000000",
            "-1000000000|SIGNED_COUNT|-1000000000",
            "999999999.999999|AMOUNT_WAN_YUAN|999999999.999999",
            "1.5000000000|AMOUNT_WAN_YUAN|1.5",
    })
    void normalisesWhatPeopleType(String text, ValueKind kind, String expected) {
        CellInput.Result r = CellInput.parse(text, kind);
        assertThat(r.ok()).isTrue();
        assertThat(r.value().number()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} as {1} is refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "abc|COUNT|NOT_A_NUMBER",
            "12a|COUNT|NOT_A_NUMBER",
            "<script>|COUNT|NOT_A_NUMBER",
            "—|COUNT|NOT_A_NUMBER",
            "-1|COUNT|NEGATIVE",
            "1.5|COUNT|FRACTION",
            "2000000000|COUNT|TOO_LARGE",
            "-5|AMOUNT_WAN_YUAN|NEGATIVE",
            "0.0000001|AMOUNT_WAN_YUAN|TOO_PRECISE",
            "0.001元|AMOUNT_WAN_YUAN|TOO_PRECISE",
            "1000000000.000001|AMOUNT_WAN_YUAN|TOO_LARGE",
            "1000000001|COUNT|TOO_LARGE",
            "-1000000001|SIGNED_COUNT|TOO_LARGE",
            "1,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,|COUNT|TOO_LONG",
    })
    void refusesWhatIsNotAFigure(String text, ValueKind kind, CellInput.Problem problem) {
        CellInput.Result r = CellInput.parse(text, kind);
        assertThat(r.ok()).isFalse();
        assertThat(r.problem()).isEqualTo(problem);
        assertThat(Messages.render(problem.message(), true)).isNotBlank().doesNotContain("!{");
        assertThat(Messages.render(problem.message(), false)).isNotBlank().doesNotContain("!{");
    }

    @org.junit.jupiter.api.Test
    void theLongestTextStorageKeepsIsAcceptedAndOneMoreIsNot() {
        String longest = "1" + ",".repeat(StoredFigure.MAX_RAW_LENGTH - 1);
        CellInput.Result ok = CellInput.parse(longest, ValueKind.COUNT);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.value().raw()).hasSize(StoredFigure.MAX_RAW_LENGTH);
        assertThat(CellInput.parse(longest + ",", ValueKind.COUNT).problem()).isEqualTo(CellInput.Problem.TOO_LONG);
        // what arrives without the cell input (an API call, a JSON file) is held to the same definition
        assertThat(CellInput.problemOf(ValueKind.COUNT, CellValue.of(java.math.BigDecimal.ONE, longest + ",")))
                .isEqualTo(CellInput.Problem.TOO_LONG);
        assertThat(CellInput.problemOf(ValueKind.AMOUNT_WAN_YUAN, CellValue.of(new java.math.BigDecimal("0.0000001"))))
                .isEqualTo(CellInput.Problem.TOO_PRECISE);
    }

    @ParameterizedTest
    @CsvSource({"''", "'   '"})
    void emptyIsBlankNotZero(String text) {
        assertThat(CellInput.parse(text, ValueKind.COUNT).value().isBlank()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"/", "不适用", "n/a"})
    void slashIsNotApplicable(String text) {
        assertThat(CellInput.parse(text, ValueKind.COUNT).value().isNotApplicable()).isTrue();
    }

    /** "11次" is kept as 11: the unit is not dropped silently, the result says so. */
    @org.junit.jupiter.api.Test
    void aDroppedUnitIsNotedNotHidden() {
        CellInput.Result times = CellInput.parse("11次", ValueKind.COUNT);
        assertThat(times.value().number()).isEqualByComparingTo("11");
        assertThat(times.droppedUnit()).isEqualTo("次");
        assertThat(Messages.render(times.note(), true)).isEqualTo("已去掉单位“次”，按 11 保存");
        assertThat(Messages.render(times.note(), false)).isEqualTo("Unit \"次\" dropped: saved as 11");
        CellInput.Result yuan = CellInput.parse("3522元", ValueKind.AMOUNT_WAN_YUAN);
        assertThat(Messages.render(yuan.note(), true)).isEqualTo("已按“元”换算为 0.3522 万元");
        // the stored value remembers what was typed, so the note can be given again when the report is reopened
        assertThat(Messages.render(CellInput.noteOf(ValueKind.COUNT, times.value()), true)).contains("“次”");
        // nothing was taken off: nothing to say
        assertThat(CellInput.parse("11", ValueKind.COUNT).note()).isNull();
        assertThat(CellInput.parse("1,100", ValueKind.COUNT).note()).isNull();
        assertThat(CellInput.parse("5万", ValueKind.AMOUNT_WAN_YUAN).note()).isNull();
        assertThat(CellInput.parse("11x", ValueKind.COUNT).note()).isNull();
        assertThat(CellInput.noteOf(ValueKind.COUNT, CellValue.of(11))).isNull();
    }
}
