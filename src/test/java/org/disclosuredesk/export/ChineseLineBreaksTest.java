package org.disclosuredesk.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseLineBreaksTest {

    @Test
    void breaksBetweenChineseCharactersButNotBeforeClosingOrAfterOpeningPunctuation() {
        assertThat(ChineseLineBreaks.mayBreakBetween('公', '开')).isTrue();
        assertThat(ChineseLineBreaks.mayBreakBetween('例', '，')).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('件', '。')).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('》', '，')).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('《', '中')).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('（', '一')).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('，', '坚')).isTrue();
    }

    @Test
    void neverCutsAFigureInTwo() {
        assertThat(ChineseLineBreaks.mayBreakBetween('1', '2')).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('3', '.')).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('5', '%')).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('息', '1')).isTrue();
        assertThat(ChineseLineBreaks.mayBreakBetween('5', '条')).isTrue();
        assertThat(ChineseLineBreaks.mayBreakBetween(' ', 'a')).isTrue();
    }
}
