package org.disclosuredesk.dashboard;

import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groupings the dashboard charts, read from the template model so labels stay verbatim and a new
 * edition needs no change here: the outcome categories （一）–（六）, the reason rows under
 * 不予公开/无法提供/不予处理, the applicant-type columns, and the part 四 groups and outcomes.
 */
public final class TemplateFigures {

    /** A labelled series: the cells whose sum it shows (across editions, so one label may cover several). */
    public record Figure(String id, String labelZh, String labelEn, List<String> cellKeys) {
        public String label(boolean chinese) {
            return chinese ? labelZh : labelEn;
        }

        public MetricExpr expr() {
            return new MetricExpr.Sum(cellKeys.stream().<MetricExpr>map(MetricExpr.Cell::new).toList());
        }
    }

    /** One group of part 三 reasons (e.g. （三）不予公开) with its rows. */
    public record ReasonGroup(String labelZh, String labelEn, List<Figure> reasons) {
        public String label(boolean chinese) {
            return chinese ? labelZh : labelEn;
        }
    }

    private static final String RESULTS_SECTION = "三、本年度办理结果";

    private TemplateFigures() {
    }

    /** （一）予以公开 … （六）其他处理: each outcome row, or each group of rows, summed over the 总计 column. */
    public static List<Figure> outcomeCategories() {
        Map<String, Figure> byLabel = new LinkedHashMap<>();
        for (Edition e : Edition.values()) {
            TemplateTable s3 = Template.of(e).table("s3");
            Column total = s3.column("total");
            for (Row r : s3.rows()) {
                if (!RESULTS_SECTION.equals(r.sectionZh()) || r.computed()) {
                    continue;
                }
                String zh = r.groupZh() != null ? r.groupZh() : r.labelZh();
                String en = r.groupEn() != null ? r.groupEn() : r.labelEn();
                String key = s3.cellKey(r, total);
                byLabel.merge(shortLabel(zh), new Figure(r.groupZh() != null ? r.groupZh() : r.key(), shortLabel(zh),
                        en, List.of(key)), TemplateFigures::union);
            }
        }
        return List.copyOf(byLabel.values());
    }

    /** The reason rows of （三）不予公开, （四）无法提供, （五）不予处理, by group. */
    public static List<ReasonGroup> reasonGroups() {
        TemplateTable s3 = Template.of(Edition.E2021).table("s3");
        Column total = s3.column("total");
        Map<String, ReasonGroup> groups = new LinkedHashMap<>();
        for (Row r : s3.rows()) {
            if (r.groupZh() == null || r.groupZh().contains("（六）")) {
                continue;
            }
            ReasonGroup g = groups.computeIfAbsent(r.groupZh(), k -> new ReasonGroup(r.groupZh(), r.groupEn(),
                    new ArrayList<>()));
            g.reasons().add(new Figure(r.key(), r.labelZh(), r.labelEn(), List.of(s3.cellKey(r, total))));
        }
        return List.copyOf(groups.values());
    }

    /** 自然人, 商业企业, …: new requests (一、本年新收) by applicant type. */
    public static List<Figure> applicantTypes() {
        TemplateTable s3 = Template.of(Edition.E2021).table("s3");
        Row received = s3.row("new_received");
        return s3.columns().stream().filter(c -> !c.computed())
                .map(c -> new Figure(c.key(), c.labelZh(), c.labelEn(), List.of(s3.cellKey(received, c)))).toList();
    }

    /** The three part 四 groups: 行政复议, 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）. */
    public static List<Row> appealGroups() {
        return Template.of(Edition.E2021).table("s4").rows();
    }

    /** 结果维持, 结果纠正, 其他结果, 尚未审结 (the 总计 column is their sum). */
    public static List<Column> appealOutcomes() {
        return Template.of(Edition.E2021).table("s4").columns().stream().filter(c -> !c.computed()).toList();
    }

    public static String appealCell(Row group, Column outcome) {
        return Template.of(Edition.E2021).table("s4").cellKey(group, outcome);
    }

    public static String appealGroupLabel(Row group, boolean chinese) {
        return group.section(chinese) == null ? group.label(chinese)
                : group.section(chinese) + (chinese ? "（" + group.labelZh() + "）" : " (" + group.labelEn() + ")");
    }

    /** Whether the template of this report year has the cell (procurement: only the 2019 edition). */
    public static boolean inTemplate(int year, String cellKey) {
        return Template.forYear(year).hasCell(cellKey);
    }

    /** "（二）部分公开（区分处理的…）" → "（二）部分公开": the chart legend drops the printed explanation. */
    public static String shortLabel(String zh) {
        int close = zh.indexOf('）');
        int second = close < 0 ? -1 : zh.indexOf('（', close);
        return second > 0 ? zh.substring(0, second) : zh;
    }

    private static Figure union(Figure a, Figure b) {
        List<String> keys = new ArrayList<>(a.cellKeys());
        b.cellKeys().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        return new Figure(a.id(), a.labelZh(), a.labelEn(), keys);
    }
}
