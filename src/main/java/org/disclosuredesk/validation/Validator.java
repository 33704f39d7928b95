package org.disclosuredesk.validation;

import org.disclosuredesk.template.BalanceRule;
import org.disclosuredesk.template.CellDef;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.CellKeys;
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
                        def.label(true) + "：" + v.display() + " " + problem.zh(),
                        def.label(false) + ": " + v.display() + " " + problem.en()));
            }
        }
        List<String> foreign = report.cells().entrySet().stream()
                .filter(e -> !template.hasCell(e.getKey()) && !e.getValue().isBlank())
                .map(Map.Entry::getKey).sorted().toList();
        if (!foreign.isEmpty()) {
            findings.add(new Finding("R0.3", Severity.WARNING, foreign,
                    "以下数据不属于" + report.edition().code() + "年版模板（新旧模板混用）：" + String.join("、", foreign),
                    "These figures are not part of the " + report.edition().code()
                            + " edition (editions mixed): " + String.join(", ", foreign)));
        }
        if (!blanks.isEmpty()) {
            findings.add(new Finding("R0.4", Severity.WARNING, blanks,
                    "有 " + blanks.size() + " 个单元格为空：官方表格不留空，无数据请填 0，不适用请标记为“不适用”",
                    blanks.size() + " cells are blank: the official table has no blanks; enter 0, or mark the cell"
                            + " not applicable"));
        }
    }

    // R0.2
    private static void checkEdition(ReportContent report, List<Finding> findings) {
        Edition expected = Edition.forYear(report.year());
        if (expected != report.edition()) {
            findings.add(new Finding("R0.2", Severity.ERROR, List.of(),
                    report.year() + " 年度报告应使用 " + expected.code() + " 年版模板（" + expected.documentNumber()
                            + "），本报告使用的是 " + report.edition().code() + " 年版",
                    "A report for " + report.year() + " must follow the " + expected.code()
                            + " edition; this one follows the " + report.edition().code() + " edition"));
        }
    }

    // R2.1 (2019 edition): new_published ≤ total_published
    private static void checkPublishedVsTotal(ReportContent report, List<Finding> findings) {
        if (report.edition() != Edition.E2019) {
            return;
        }
        Template t = report.template();
        for (String row : List.of("regulations", "normative_documents")) {
            String newKey = CellKeys.of("s2", row, "new_published");
            String totalKey = CellKeys.of("s2", row, "total_published");
            CellValue n = report.cell(newKey);
            CellValue total = report.cell(totalKey);
            if (n.isNumber() && total.isNumber() && n.number().compareTo(total.number()) > 0) {
                String label = t.cellOrThrow(newKey).row().labelZh();
                findings.add(new Finding("R2.1", Severity.ERROR, List.of(newKey, totalKey),
                        label + "：本年新公开数量 " + n.display() + " 大于对外公开总数量 " + total.display(),
                        t.cellOrThrow(newKey).row().labelEn() + ": newly published " + n.display()
                                + " exceeds total published " + total.display()));
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
        String l = left.toPlainString();
        String r = right.toPlainString();
        String zh;
        String en;
        switch (rule.ruleId()) {
            case "R3.1" -> {
                zh = "申请情况（" + rule.scopeZh() + "）：第一项加第二项之和为 " + l + "，第三项加第四项之和为 " + r
                        + "，两者应相等";
                en = "Requests (" + rule.scopeEn() + "): new + carried over = " + l
                        + ", but total processed + carried forward = " + r;
            }
            case "R3.2" -> {
                zh = "办理结果（" + rule.scopeZh() + "）：（七）总计为 " + l + "，但（一）至（六）各项之和为 " + r;
                en = "Results (" + rule.scopeEn() + "): (7) total is " + l + ", but items (1)–(6) add up to " + r;
            }
            case "R3.3" -> {
                zh = rule.scopeZh() + "：总计为 " + l + "，但各类申请人之和为 " + r;
                en = rule.scopeEn() + ": total is " + l + ", but the applicant columns add up to " + r;
            }
            case "R4.1" -> {
                zh = rule.scopeZh() + "：总计为 " + l + "，但结果维持、结果纠正、其他结果、尚未审结之和为 " + r;
                en = rule.scopeEn() + ": total is " + l + ", but upheld + corrected + other + pending = " + r;
            }
            default -> throw new IllegalStateException("No message for rule " + rule.ruleId());
        }
        findings.add(new Finding(rule.ruleId(), Severity.ERROR, rule.cells(), rule.left(), zh, en));
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
