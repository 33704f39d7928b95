package org.disclosuredesk.dashboard;

import org.disclosuredesk.dashboard.MetricExpr.Cell;
import org.disclosuredesk.dashboard.MetricExpr.Counter;
import org.disclosuredesk.dashboard.MetricExpr.Difference;
import org.disclosuredesk.dashboard.MetricExpr.Percent;
import org.disclosuredesk.dashboard.MetricExpr.Quotient;
import org.disclosuredesk.dashboard.MetricExpr.Sum;

import org.disclosuredesk.metrics.MetricsColumns;

import java.util.List;

/**
 * The headline figures leadership reads, each defined over template cell keys (see docs/domain.md; a test
 * checks every key exists in the template). A drill-down highlights every cell the figure reads
 * ({@link #drillCells()}): 收到申请 shows 新收 + 上年结转, so both are marked, not just one of them.
 */
public enum Metric {
    /** 收到申请 = 一、本年新收 + 二、上年结转. */
    REQUESTS_RECEIVED("件", new Sum(List.of(new Cell("s3.new_received.total"), new Cell("s3.carried_over.total")))),
    /** Share of （七）总计 answered by （一）予以公开 or （二）部分公开. */
    ANSWERED_SHARE("%", new Percent(
            new Sum(List.of(new Cell("s3.granted.total"), new Cell("s3.partially_granted.total"))),
            new Cell("s3.total_processed.total"))),
    /** 行政复议 结果纠正 ÷ 审结 (审结 = 总计 − 尚未审结). */
    REVIEW_CORRECTION_RATE("%", correctionRate(List.of("review"))),
    /** 行政诉讼 (both groups) 结果纠正 ÷ 审结. */
    LITIGATION_CORRECTION_RATE("%", correctionRate(List.of("litigation_direct", "litigation_after_review"))),
    /** 政府集中采购 采购总金额 (2019 edition only). */
    PROCUREMENT_AMOUNT("万元", new Cell("s2.procurement.amount")),
    /** 政府集中采购 采购项目数量 (2019 edition only). */
    PROCUREMENT_COUNT("项", new Cell("s2.procurement.count")),
    /** Reports with at least one error-severity finding. */
    REPORTS_WITH_ERRORS("份", new Counter(MetricsColumns.REPORTS_WITH_ERRORS)),
    /** The reports' average quality score, 0–100 (report.QualityScore; docs/quality.md). */
    QUALITY_SCORE("分", new Quotient(new Counter(MetricsColumns.QUALITY_POINTS),
            new Counter(MetricsColumns.REPORT_COUNT)));

    private final String unit;
    private final MetricExpr expr;

    Metric(String unit, MetricExpr expr) {
        this.unit = unit;
        this.expr = expr;
    }

    public String unit() {
        return unit;
    }

    /** The cells a drill-down highlights: every template cell the figure reads (empty for report counters). */
    public List<String> drillCells() {
        return expr.cellKeys();
    }

    public MetricExpr expr() {
        return expr;
    }

    public String messageKey() {
        return "dashboard.metric." + name();
    }

    /** True for figures that exist only in some editions' templates (procurement: part 二 of 2019). */
    public boolean editionBound() {
        return !drillCells().isEmpty() && drillCells().stream().allMatch(k -> k.startsWith("s2."));
    }

    /** Whether the template of this report year has the figure's cells. */
    public boolean inTemplate(int year) {
        return drillCells().stream().allMatch(k -> TemplateFigures.inTemplate(year, k));
    }

    private static MetricExpr correctionRate(List<String> groups) {
        MetricExpr corrected = new Sum(groups.stream().<MetricExpr>map(g -> new Cell("s4." + g + ".corrected")).toList());
        MetricExpr decided = new Sum(groups.stream().<MetricExpr>map(g -> new Difference(
                new Cell("s4." + g + ".total"), new Cell("s4." + g + ".pending"))).toList());
        return new Percent(corrected, decided);
    }
}
