package org.disclosuredesk.validation;

import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.template.CellKeys;
import org.disclosuredesk.template.CellLabel;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.ReportContent;

import java.util.List;

/** RX.1 and RX.2: the report against the same agency's report for the year before. */
final class CrossYearRules {

    private CrossYearRules() {
    }

    static void check(ReportContent report, ReportContent previous, List<Finding> findings) {
        carriedOver(report, previous, findings);
        if (report.edition() == Edition.E2021 && previous.edition() == Edition.E2021) {
            inForce(report, previous, findings);
        }
    }

    // RX.1: carried_forward of year N-1 = carried_over of year N, per column
    private static void carriedOver(ReportContent report, ReportContent previous, List<Finding> findings) {
        for (Column c : report.template().table("s3").columns()) {
            String nowKey = CellKeys.of("s3", "carried_over", c.key());
            String beforeKey = CellKeys.of("s3", "carried_forward", c.key());
            CellValue now = report.cell(nowKey);
            CellValue before = previous.cell(beforeKey);
            if (now.isNumber() && before.isNumber() && now.number().compareTo(before.number()) != 0) {
                findings.add(new Finding("RX.1", Severity.WARNING, List.of(nowKey), Message.of("finding.RX.1",
                        CellLabel.column(report.edition(), nowKey), now.display(), String.valueOf(previous.year()),
                        before.display())));
            }
        }
    }

    // RX.2 (2021 edition): in_force(N) = in_force(N-1) + made(N) - repealed(N)
    private static void inForce(ReportContent report, ReportContent previous, List<Finding> findings) {
        for (String row : List.of("regulations", "normative_documents")) {
            String inForceKey = CellKeys.of("s2", row, "in_force");
            CellValue now = report.cell(inForceKey);
            CellValue before = previous.cell(inForceKey);
            CellValue made = report.cell(CellKeys.of("s2", row, "made"));
            CellValue repealed = report.cell(CellKeys.of("s2", row, "repealed"));
            if (!(now.isNumber() && before.isNumber() && made.isNumber() && repealed.isNumber())) {
                continue;
            }
            var expected = before.number().add(made.number()).subtract(repealed.number());
            if (expected.compareTo(now.number()) != 0) {
                findings.add(new Finding("RX.2", Severity.WARNING,
                        List.of(inForceKey, CellKeys.of("s2", row, "made"), CellKeys.of("s2", row, "repealed")),
                        Message.of("finding.RX.2", CellLabel.row(report.edition(), inForceKey), now.display(),
                                before.display(), made.display(), repealed.display(), expected.toPlainString())));
            }
        }
    }
}
