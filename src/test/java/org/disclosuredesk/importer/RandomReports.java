package org.disclosuredesk.importer;

import org.disclosuredesk.template.BalanceRule;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random reports of either edition that obey every balance rule, with the shape of real figures:
 * mostly zeros, natural persons far ahead of organisations, now and then large numbers.
 */
public final class RandomReports {

    private static final String[] PLACES = {"广州市荔湾区", "淮安市", "平潭综合实验区", "上海市", "成都市武侯区", "某县"};
    private static final String[] AGENCIES = {"人民政府", "政务服务数据管理局", "科学技术委员会", "生态环境局", "人民政府办公室",
            "市场监督管理局"};
    private static final String[] SENTENCES = {
            "全年主动公开政府信息%d条，及时回应社会关切。",
            "办理政府信息公开申请%d件，按时办结率为100%%。",
            "承办政府信息公开类诉讼%d件，行政复议%d件。",
            "加强平台建设，对政府门户网站进行了%d次巡查。",
            "一是进一步细化管理流程；二是加强培训学习，组织培训%d场。"};

    private RandomReports() {
    }

    public static ReportContent generate(Random rnd, Edition edition) {
        Template t = Template.of(edition);
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (TemplateTable table : t.tablesOfPart("s2")) {
            for (Row row : table.rows()) {
                for (Column c : table.columns()) {
                    cells.put(table.cellKey(row, c), part2Value(rnd, c));
                }
            }
        }
        if (edition == Edition.E2019) {
            // R2.1: what was published this year is part of what is published in all
            for (String row : List.of("regulations", "normative_documents")) {
                long published = cells.get("s2." + row + ".new_published").longValue();
                long total = cells.get("s2." + row + ".total_published").longValue();
                cells.put("s2." + row + ".total_published", CellValue.of(published + total));
            }
        }
        fillSection3(rnd, t, cells);
        TemplateTable s4 = t.table("s4");
        for (Row g : s4.rows()) {
            long sum = 0;
            for (Column c : s4.columns()) {
                if (!c.computed()) {
                    long v = count(rnd, 0.5, 40);
                    sum += v;
                    cells.put(s4.cellKey(g, c), CellValue.of(v));
                }
            }
            cells.put(s4.cellKey(g, s4.column("total")), CellValue.of(sum));
        }
        int year = edition == Edition.E2019 ? 2019 + rnd.nextInt(2) : 2021 + rnd.nextInt(5);
        String agency = PLACES[rnd.nextInt(PLACES.length)] + AGENCIES[rnd.nextInt(AGENCIES.length)];
        Map<NarrativePart, String> narratives = new EnumMap<>(NarrativePart.class);
        for (NarrativePart p : NarrativePart.values()) {
            narratives.put(p, narrative(rnd));
        }
        return new ReportContent(agency, year, edition, cells, narratives, null);
    }

    private static CellValue part2Value(Random rnd, Column c) {
        return switch (c.kind()) {
            case COUNT -> CellValue.of(count(rnd, 0.3, rnd.nextInt(10) == 0 ? 5_000_000 : 600));
            case SIGNED_COUNT -> CellValue.of(rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(121) - 60);
            case AMOUNT_WAN_YUAN -> amount(rnd, c);
        };
    }

    private static CellValue amount(Random rnd, Column c) {
        if (rnd.nextInt(5) == 0) {
            return CellValue.of(0);
        }
        if (c.labelZh().contains("万元")) {
            return CellValue.of(BigDecimal.valueOf(rnd.nextInt(1_000_000), 1));
        }
        return switch (rnd.nextInt(3)) {
            case 0 -> {
                long yuan = 1000L * (1 + rnd.nextInt(100_000));
                yield CellValue.of(BigDecimal.valueOf(yuan).movePointLeft(4), yuan + "元");
            }
            case 1 -> {
                BigDecimal wan = BigDecimal.valueOf(rnd.nextInt(100_000_000), rnd.nextInt(7));
                yield CellValue.of(wan, wan.toPlainString() + "万");
            }
            default -> CellValue.of(BigDecimal.valueOf(rnd.nextInt(10_000_000), 2));
        };
    }

    private static long count(Random rnd, double zeroShare, int max) {
        if (rnd.nextDouble() < zeroShare) {
            return 0;
        }
        return 1 + (long) Math.floor(Math.pow(rnd.nextDouble(), 3) * max);
    }

    /** Outcome rows at random; totals, carried-over and new-received rows computed so that R3.1–R3.3 hold. */
    private static void fillSection3(Random rnd, Template t, Map<String, CellValue> cells) {
        TemplateTable s3 = t.table("s3");
        BalanceRule anyR32 = t.balanceRules().stream().filter(r -> r.ruleId().equals("R3.2")).findFirst().orElseThrow();
        List<Row> outcomes = s3.rows().stream()
                .filter(r -> anyR32.right().stream().anyMatch(k -> k.contains("." + r.key() + "."))).toList();
        Row total = s3.row("total_processed");
        Column totalCol = s3.column("total");
        for (Column c : s3.columns()) {
            if (c.computed()) {
                continue;
            }
            boolean person = c.key().equals("natural_person");
            long sum = 0;
            for (Row r : outcomes) {
                long v = person ? count(rnd, 0.5, 900) : count(rnd, 0.85, 60);
                sum += v;
                cells.put(s3.cellKey(r, c), CellValue.of(v));
            }
            cells.put(s3.cellKey(total, c), CellValue.of(sum));
            long forward = count(rnd, 0.6, 30);
            long over = Math.min(sum + forward, count(rnd, 0.6, 30));
            cells.put(s3.cellKey(s3.row("carried_forward"), c), CellValue.of(forward));
            cells.put(s3.cellKey(s3.row("carried_over"), c), CellValue.of(over));
            cells.put(s3.cellKey(s3.row("new_received"), c), CellValue.of(sum + forward - over));
        }
        for (Row r : s3.rows()) {
            long sum = 0;
            for (Column c : s3.columns()) {
                if (!c.computed()) {
                    sum += cells.get(s3.cellKey(r, c)).longValue();
                }
            }
            cells.put(s3.cellKey(r, totalCol), CellValue.of(sum));
        }
    }

    private static String narrative(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            String s = SENTENCES[rnd.nextInt(SENTENCES.length)];
            sb.append(String.format(s, rnd.nextInt(500), rnd.nextInt(50)));
        }
        return sb.toString();
    }
}
