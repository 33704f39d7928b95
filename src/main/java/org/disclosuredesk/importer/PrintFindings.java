package org.disclosuredesk.importer;

import org.disclosuredesk.i18n.Localized;
import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.validation.Finding;
import org.disclosuredesk.validation.Severity;

import java.util.List;

/**
 * Warnings about how the source prints the template, not about its figures: a row label a few characters off
 * (RI.1, misprinted or misread) or in the other edition's wording (RI.2). The row is still read by it; the
 * finding names what was printed and the official label, so a reviewer can tell a source's deviation from a
 * misreading of ours. Only an import has them: the figures' rules ({@link org.disclosuredesk.validation.Validator})
 * cannot see the print.
 */
public final class PrintFindings {

    public static final String LABEL_MISPRINTED = "RI.1";
    public static final String OTHER_WORDING = "RI.2";

    private PrintFindings() {
    }

    /** True for a finding about the print, which stays as long as the import is under review. */
    public static boolean isAboutPrint(Finding f) {
        return f.ruleId().startsWith("RI.");
    }

    static Finding label(Row row, List<String> cellKeys, String printed, boolean otherWording) {
        String rule = otherWording ? OTHER_WORDING : LABEL_MISPRINTED;
        return new Finding(rule, Severity.WARNING, cellKeys, Message.of("finding." + rule, row.labelZh(), printed,
                Localized.of(row.labelZh(), row.labelEn())));
    }
}
