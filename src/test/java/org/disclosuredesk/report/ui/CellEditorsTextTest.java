package org.disclosuredesk.report.ui;

import org.disclosuredesk.template.CellValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CellEditorsTextTest {

    /** Issue 16 item 2: a 0 stored with an empty printed text showed blank in the editor but 0 everywhere else. */
    @Test
    void aZeroWithAnEmptyPrintedTextShowsAsZeroNotBlank() {
        assertThat(CellEditors.textOf(new CellValue(CellValue.State.NUMBER, BigDecimal.ZERO, ""))).isEqualTo("0");
        assertThat(CellEditors.textOf(CellValue.of(new BigDecimal("3522.436287"), "3522.436287万"))).isEqualTo("3522.436287万");
        assertThat(CellEditors.textOf(CellValue.BLANK)).isEmpty();
        assertThat(CellEditors.textOf(CellValue.NOT_APPLICABLE)).isEqualTo("/");
    }
}
