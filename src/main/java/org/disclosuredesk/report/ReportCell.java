package org.disclosuredesk.report;

import org.disclosuredesk.template.CellValue;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;

/** One stored figure. A blank cell has no row; "N" holds a number, "A" marks not applicable. */
@Table("report_cell")
record ReportCell(String state, BigDecimal num, String raw) {

    static final String NUMBER = "N";
    static final String NOT_APPLICABLE = "A";

    /** @return the stored form, or null for a blank cell (which is not stored) */
    public static ReportCell of(CellValue value) {
        return switch (value.state()) {
            case NUMBER -> new ReportCell(NUMBER, value.number(), value.raw());
            case NOT_APPLICABLE -> new ReportCell(NOT_APPLICABLE, null, null);
            case BLANK -> null;
        };
    }

    public CellValue toValue() {
        return NUMBER.equals(state) ? CellValue.of(num, raw) : CellValue.NOT_APPLICABLE;
    }
}
