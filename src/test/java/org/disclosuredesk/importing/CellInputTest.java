package org.disclosuredesk.importing;

import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.ValueKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellInputTest {

    @Test
    void blankZeroAndNotApplicableStayApart() {
        assertThat(CellInput.parse("", ValueKind.COUNT).value()).isEqualTo(CellValue.BLANK);
        assertThat(CellInput.parse("  ", ValueKind.COUNT).value()).isEqualTo(CellValue.BLANK);
        assertThat(CellInput.parse("0", ValueKind.COUNT).value().number()).isEqualByComparingTo("0");
        assertThat(CellInput.parse("/", ValueKind.COUNT).value()).isEqualTo(CellValue.NOT_APPLICABLE);
        assertThat(CellInput.parse("不适用", ValueKind.COUNT).value()).isEqualTo(CellValue.NOT_APPLICABLE);
    }

    @Test
    void numbersAsTypedWithAChineseInputMethod() {
        assertThat(CellInput.parse("１２", ValueKind.COUNT).value().number()).isEqualByComparingTo("12");
        assertThat(CellInput.parse("1,234", ValueKind.COUNT).value().number()).isEqualByComparingTo("1234");
        assertThat(CellInput.parse("-3", ValueKind.SIGNED_COUNT).value().number()).isEqualByComparingTo("-3");
        CellValue amount = CellInput.parse("251000元", ValueKind.AMOUNT_WAN_YUAN).value();
        assertThat(amount.number()).isEqualByComparingTo("25.1");
        assertThat(amount.raw()).isEqualTo("251000元");
        assertThat(CellInput.parse("3522.436287", ValueKind.AMOUNT_WAN_YUAN).value().number())
                .isEqualByComparingTo("3522.436287");
    }

    @Test
    void badInputSaysWhatIsWrongInBothLanguages() {
        CellInput.Parsed text = CellInput.parse("abc", ValueKind.COUNT);
        assertThat(text.ok()).isFalse();
        assertThat(text.problem(true)).contains("不是数字");
        assertThat(text.problem(false)).contains("not a number");
        assertThat(CellInput.parse("-1", ValueKind.COUNT).problem(true)).contains("不能为负数");
        assertThat(CellInput.parse("2.5", ValueKind.COUNT).problem(false)).contains("whole number");
        assertThat(CellInput.parse("12元", ValueKind.COUNT).ok()).isFalse();
    }
}
