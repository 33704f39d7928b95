package org.disclosuredesk.validation;

import org.disclosuredesk.i18n.Localized;
import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.template.BalanceRule;
import org.disclosuredesk.template.CellDef;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.CellKeys;
import org.disclosuredesk.template.CellLabel;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a report against every consistency rule of its edition (docs/domain.md). Pure and fast: no I/O,
 * no state. Cross-year rules use the previous year's report when one is given.
 */
public final class Validator {

    private Validator() {
    }

    public static List<Finding> validate(ReportContent report) {
        return validate(report, null);
    }

    /** @param previous the same agency's report for the year before, or null */
    public static List<Finding> validate(ReportContent report, ReportContent previous) {
        List<Finding> findings = new ArrayList<>();
        Template template = report.template();
        checkValues(report, template, findings);
        checkEdition(report, findings);
        checkPublishedVsTotal(report, findings);
        for (BalanceRule rule : template.balanceRules()) {
            checkBalance(report, rule, findings);
        }
        if (previous != null && previous.year() == report.year() - 1) {
            CrossYearRules.check(report, previous, findings);
        }
        NarrativeRules.check(report, previous, findings);
        return findings;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    // R0.1 and R0.3 (cells of the other edition) and R0.4 (blank cells)
    private static void checkValues(ReportContent report, Template template, List<Finding> findings) {
        List<String> blanks = new ArrayList<>();
        for (CellDef def : template.cells().values()) {
            CellValue v = report.cell(def.key());
            if (v.isBlank()) {
                blanks.add(def.key());
                continue;
            }
            if (!v.isNumber()) {
                continue;
            }
            CellInput.Problem problem = CellInput.problemOf(def.kind(), v);
            if (problem != null) {
                findings.add(new Finding("R0.1", Severity.ERROR, List.of(def.key()),
                        cellProblem(report.edition(), def.key(), v, problem)));
            }
        }
        List<String> foreign = report.cells().entrySet().stream()
                .filter(e -> !template.hasCell(e.getKey()) && !e.getValue().isBlank())
                .map(Map.Entry::getKey).sorted().toList();
        if (!foreign.isEmpty()) {
            findings.add(new Finding("R0.3", Severity.WARNING, foreign, Message.of("finding.R0.3",
                    report.edition().code(), Message.Joined.enumeration(foreign))));
        }
        if (!blanks.isEmpty()) {
            findings.add(new Finding("R0.4", Severity.WARNING, blanks, Message.of("finding.R0.4", blanks.size())));
        }
    }

    // R0.2
    private static void checkEdition(ReportContent report, List<Finding> findings) {
        Edition expected = Edition.forYear(report.year());
        if (expected != report.edition()) {
            findings.add(new Finding("R0.2", Severity.ERROR, List.of(), Message.of("finding.R0.2",
                    String.valueOf(report.year()), expected.code(), expected.documentNumber(), report.edition().code())));
        }
    }

    // R2.1 (2019 edition): new_published ≤ total_published
    private static void checkPublishedVsTotal(ReportContent report, List<Finding> findings) {
        if (report.edition() != Edition.E2019) {
            return;
        }
        for (String row : List.of("regulations", "normative_documents")) {
            String newKey = CellKeys.of("s2", row, "new_published");
            String totalKey = CellKeys.of("s2", row, "total_published");
            CellValue n = report.cell(newKey);
            CellValue total = report.cell(totalKey);
            if (n.isNumber() && total.isNumber() && n.number().compareTo(total.number()) > 0) {
                findings.add(new Finding("R2.1", Severity.ERROR, List.of(newKey, totalKey), Message.of("finding.R2.1",
                        CellLabel.row(report.edition(), newKey), n.display(), total.display())));
            }
        }
    }

    // R3.1, R3.2, R3.3, R4.1
    private static void checkBalance(ReportContent report, BalanceRule rule, List<Finding> findings) {
        BigDecimal left = sum(report, rule.left());
        BigDecimal right = sum(report, rule.right());
        if (left == null || right == null || left.compareTo(right) == 0) {
            return;
        }
        if (!List.of("R3.1", "R3.2", "R3.3", "R4.1").contains(rule.ruleId())) {
            throw new IllegalStateException("No message for rule " + rule.ruleId());
        }
        // "total = Σ parts" is about its total; R3.1 weighs two sums, and either side may be the wrong one
        List<String> focus = rule.definesTotal() ? rule.left() : rule.cells();
        findings.add(new Finding(rule.ruleId(), Severity.ERROR, rule.involved(), focus,
                Message.of("finding." + rule.ruleId(), Localized.of(rule.scopeZh(), rule.scopeEn()),
                        left.toPlainString(), right.toPlainString())));
    }

    /** "（一）予以公开 / 自然人：-1 不能为负数": a figure that is not a value for its cell (R0.1, and saving). */
    public static Message cellProblem(Edition edition, String cellKey, CellValue value, CellInput.Problem problem) {
        return Message.of("finding.cellProblem", CellLabel.of(edition, cellKey), value.display(), problem.message());
    }

    /** The sum of the cells, or null when any of them holds no number (the rule cannot be judged). */
    static BigDecimal sum(ReportContent report, List<String> keys) {
        BigDecimal total = BigDecimal.ZERO;
        for (String k : keys) {
            CellValue v = report.cell(k);
            if (!v.isNumber()) {
                return null;
            }
            total = total.add(v.number());
        }
        return total;
    }
}
