package org.disclosuredesk.demo;

import org.disclosuredesk.template.CellKeys;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;
import org.disclosuredesk.template.Totals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Generates realistic reports that obey every error rule: request flows balance per applicant
 * type, totals are exact sums (computed through the template's own balance rules), carried-over
 * figures continue last year's, and documents in force follow made and repealed. Sizes are skewed:
 * most agencies are small, a few are large.
 */
public final class ReportGenerator {

    /** How much an agency handles: 1 is a typical county department; a big city government is ~50. */
    public record Profile(String agencyName, double scale) {
    }

    /** Share of new requests by applicant column: natural persons dominate. */
    private static final double[] APPLICANT_WEIGHTS = {0.86, 0.07, 0.004, 0.006, 0.03, 0.03};

    /** Typical share of each outcome row among processed requests, keyed by row key prefix. */
    private static final Map<String, Double> OUTCOME_WEIGHTS = Map.ofEntries(
            Map.entry("granted", 0.42), Map.entry("partially_granted", 0.08),
            Map.entry("denied_state_secret", 0.002), Map.entry("denied_law_forbidden", 0.006),
            Map.entry("denied_three_security_one_stability", 0.004), Map.entry("denied_third_party_rights", 0.012),
            Map.entry("denied_internal_affairs", 0.01), Map.entry("denied_process_info", 0.02),
            Map.entry("denied_enforcement_file", 0.01), Map.entry("denied_admin_query", 0.012),
            Map.entry("unable_not_held", 0.22), Map.entry("unable_needs_creation", 0.03),
            Map.entry("unable_unclear_after_correction", 0.02),
            Map.entry("not_processed_petition_complaint", 0.05), Map.entry("not_processed_repeat", 0.03),
            Map.entry("not_processed_publication", 0.005), Map.entry("not_processed_excessive", 0.01),
            Map.entry("not_processed_confirm_reissue", 0.01), Map.entry("other_single", 0.03),
            Map.entry("other_overdue_correction", 0.02), Map.entry("other_overdue_fee", 0.002),
            Map.entry("other_misc", 0.01));

    private static final String[] PROBLEMS = {
            "政务公开工作的规范化、标准化水平有待进一步提高",
            "政策解读的形式还不够丰富，图解、视频等多样化解读比例偏低",
            "依申请公开答复的规范性仍需加强，个别答复说理不够充分",
            "政府网站部分栏目信息更新不够及时",
            "基层工作人员业务能力有待提升，培训覆盖面不够广",
            "政务新媒体互动回应的时效性有待加强",
            "主动公开目录的动态调整机制还不够健全",
            "公众参与渠道利用率不高，意见征集反馈不够及时"};
    private static final String[] IMPROVEMENTS = {
            "加强业务培训，每年组织不少于两次政务公开专题培训",
            "完善依申请公开办理流程，严格执行法定期限和答复规范",
            "定期开展网站栏目巡查，建立信息更新提醒机制",
            "丰富解读形式，提高图解、音视频解读比例",
            "健全主动公开目录动态更新机制，做到应公开尽公开",
            "加强政务新媒体管理，及时回应社会关切"};

    private ReportGenerator() {
    }

    public static ReportContent generate(Random rng, Profile profile, int year, ReportContent previous,
                                         LocalDate publishedOn) {
        Edition edition = Edition.forYear(year);
        Template t = Template.of(edition);
        Map<String, CellValue> cells = new LinkedHashMap<>();
        section2(rng, profile, t, previous, cells);
        long[] flows = section3(rng, profile, t, previous, cells);
        long[] appeals = section4(rng, profile, flows[0], t, cells);
        Totals.compute(t, cells);
        Map<NarrativePart, String> texts = new EnumMap<>(NarrativePart.class);
        texts.put(NarrativePart.OVERVIEW, overview(rng, profile, year, cells, appeals));
        texts.put(NarrativePart.PROBLEMS, problems(rng, year));
        texts.put(NarrativePart.OTHER, edition == Edition.E2021
                ? (rng.nextInt(10) < 8 ? "本年度未收取信息处理费。" : "本年度收取信息处理费" + (100 + rng.nextInt(900)) + "元。")
                : "无其他需要报告的事项。");
        // the lapses real reports show (warnings, never errors): part 五 copied from last year, part 六 silent on
        // fees. Drawn from their own generator so that the figures stay what they were.
        Random lapses = new Random(Objects.hash(profile.agencyName(), year));
        if (previous != null && lapses.nextInt(100) < 8) {
            texts.put(NarrativePart.PROBLEMS, previous.narrative(NarrativePart.PROBLEMS));
        }
        if (edition == Edition.E2021 && lapses.nextInt(100) < 6) {
            texts.put(NarrativePart.OTHER, "无其他需要报告的事项。");
        }
        return new ReportContent(profile.agencyName(), year, edition, cells, texts, publishedOn);
    }

    // ------------------------------------------------------------------ part 二

    private static void section2(Random rng, Profile p, Template t, ReportContent previous,
                                 Map<String, CellValue> cells) {
        for (TemplateTable table : t.tablesOfPart("s2")) {
            for (Row row : table.rows()) {
                for (Column c : table.columns()) {
                    String key = table.cellKey(row, c);
                    cells.put(key, section2Value(rng, p, key, c, previous, cells));
                }
            }
        }
    }

    private static CellValue section2Value(Random rng, Profile p, String key, Column c, ReportContent previous,
                                           Map<String, CellValue> cells) {
        String row = CellKeys.row(key);
        String col = c.key();
        boolean rulesMaker = p.scale() >= 8;
        switch (col) {
            case "new_made", "made" -> {
                return CellValue.of(row.equals("regulations") ? (rulesMaker ? rng.nextInt(3) : 0)
                        : poisson(rng, 1 + p.scale() * 0.8));
            }
            case "new_published" -> {
                return cells.get(CellKeys.of("s2", row, "new_made"));
            }
            case "total_published" -> {
                long made = cells.get(CellKeys.of("s2", row, "new_made")).longValue();
                long earlier = row.equals("regulations") ? (rulesMaker ? rng.nextInt(20) : 0)
                        : poisson(rng, 5 + p.scale() * 6);
                return CellValue.of(made + earlier);
            }
            case "repealed" -> {
                return CellValue.of(row.equals("regulations") ? (rulesMaker ? rng.nextInt(2) : 0)
                        : poisson(rng, 0.5 + p.scale() * 0.3));
            }
            case "in_force" -> {
                long made = cells.get(CellKeys.of("s2", row, "made")).longValue();
                long repealed = cells.get(CellKeys.of("s2", row, "repealed")).longValue();
                CellValue before = previous == null ? CellValue.BLANK : previous.cell(key);
                long base = before.isNumber() ? before.longValue()
                        : (row.equals("regulations") ? (rulesMaker ? 5 + rng.nextInt(30) : 0)
                        : 10 + poisson(rng, p.scale() * 8));
                long inForce = base + made - repealed;
                if (inForce < 0) {
                    // cannot repeal more than exists: repeal only what there was
                    cells.put(CellKeys.of("s2", row, "repealed"), CellValue.of(base + made));
                    inForce = 0;
                }
                return CellValue.of(inForce);
            }
            case "prev_year_items" -> {
                return CellValue.of(poisson(rng, row.equals("fees") ? 3 : 5 + p.scale() * 10));
            }
            case "change" -> {
                long prev = cells.get(CellKeys.of("s2", row, "prev_year_items")).longValue();
                return CellValue.of(Math.max(-prev, rng.nextInt(7) - 3));
            }
            case "decisions" -> {
                double base = switch (row) {
                    case "licensing", "licensing_decisions" -> 300;
                    case "punishment", "punishment_decisions" -> 150;
                    case "coercion", "coercion_decisions" -> 20;
                    default -> 10;
                };
                return CellValue.of(poisson(rng, base * p.scale() * (0.3 + rng.nextDouble())));
            }
            case "count" -> {
                return CellValue.of(poisson(rng, 3 + p.scale() * 4));
            }
            case "amount" -> {
                double wan = ("fees_amount_wan_yuan".equals(row) ? 20 : 150) * p.scale() * (0.2 + rng.nextDouble() * 2);
                return CellValue.of(BigDecimal.valueOf(wan).setScale(rng.nextBoolean() ? 2 : 4, RoundingMode.HALF_UP));
            }
            default -> throw new IllegalStateException("No generator for part 二 column " + col);
        }
    }

    // ------------------------------------------------------------------ part 三

    /** @return {new requests in all, processed in all} */
    private static long[] section3(Random rng, Profile p, Template t, ReportContent previous,
                                   Map<String, CellValue> cells) {
        TemplateTable s3 = t.table("s3");
        List<Column> applicants = s3.columns().stream().filter(c -> !c.computed()).toList();
        List<Row> outcomes = s3.rows().stream()
                .filter(r -> OUTCOME_WEIGHTS.containsKey(r.key())).toList();
        double yearly = 8 * p.scale() * (0.6 + rng.nextDouble() * 0.8);
        long allNew = 0;
        long allProcessed = 0;
        for (int i = 0; i < applicants.size(); i++) {
            Column c = applicants.get(i);
            long fresh = poisson(rng, yearly * APPLICANT_WEIGHTS[i]);
            CellValue before = previous == null ? CellValue.BLANK
                    : previous.cell(CellKeys.of("s3", "carried_forward", c.key()));
            long carried = before.isNumber() ? before.longValue() : poisson(rng, yearly * APPLICANT_WEIGHTS[i] * 0.05);
            long available = fresh + carried;
            long forward = Math.round(available * rng.nextDouble() * 0.1);
            long processed = available - forward;
            cells.put(s3.cellKey(s3.row("new_received"), c), CellValue.of(fresh));
            cells.put(s3.cellKey(s3.row("carried_over"), c), CellValue.of(carried));
            cells.put(s3.cellKey(s3.row("carried_forward"), c), CellValue.of(forward));
            long[] split = split(rng, processed, outcomes.stream().mapToDouble(r -> OUTCOME_WEIGHTS.get(r.key()))
                    .toArray());
            for (int k = 0; k < outcomes.size(); k++) {
                cells.put(s3.cellKey(outcomes.get(k), c), CellValue.of(split[k]));
            }
            allNew += fresh;
            allProcessed += processed;
        }
        return new long[]{allNew, allProcessed};
    }

    // ------------------------------------------------------------------ part 四

    /** @return {reconsideration cases, litigation cases} */
    private static long[] section4(Random rng, Profile p, long requests, Template t, Map<String, CellValue> cells) {
        TemplateTable s4 = t.table("s4");
        long[] totals = new long[2];
        double[] rates = {0.04, 0.025, 0.01};
        for (int g = 0; g < s4.rows().size(); g++) {
            Row group = s4.rows().get(g);
            long cases = poisson(rng, requests * rates[g] * (0.5 + rng.nextDouble()));
            long[] split = split(rng, cases, new double[]{0.78, 0.08, 0.06, 0.08});
            List<Column> parts = s4.columns().stream().filter(c -> !c.computed()).toList();
            for (int k = 0; k < parts.size(); k++) {
                cells.put(s4.cellKey(group, parts.get(k)), CellValue.of(split[k]));
            }
            totals[g == 0 ? 0 : 1] += cases;
        }
        return totals;
    }

    // ------------------------------------------------------------------ narratives

    private static String overview(Random rng, Profile p, int year, Map<String, CellValue> cells, long[] appeals) {
        long fresh = cells.get("s3.new_received.total").longValue();
        long carried = cells.get("s3.carried_over.total").longValue();
        long processed = cells.get("s3.total_processed.total").longValue();
        long proactive = 50 + poisson(rng, p.scale() * 120);
        return year + "年，" + p.agencyName() + "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
                + "坚持“以公开为常态、不公开为例外”，不断提升政务公开质量。\n\n"
                + "（一）主动公开。全年主动公开政府信息" + proactive + "条，涵盖机构职能、政策文件、财政预决算、人事信息等内容。\n\n"
                + "（二）依申请公开。全年共收到政府信息公开申请" + fresh + "件，上年结转" + carried + "件，办结申请" + processed
                + "件，均在法定期限内予以答复。\n\n"
                + "（三）政府信息管理。严格落实公开前保密审查，动态调整主动公开目录。\n\n"
                + "（四）平台建设。持续优化政府网站信息公开专栏，加强政务新媒体管理。\n\n"
                + "（五）监督保障。" + (appeals[0] + appeals[1] == 0 ? "全年未发生因政府信息公开引起的行政复议、行政诉讼。"
                : "全年因政府信息公开引起行政复议" + appeals[0] + "件、行政诉讼" + appeals[1] + "件。");
    }

    private static String problems(Random rng, int year) {
        int a = rng.nextInt(PROBLEMS.length);
        int b = (a + 1 + rng.nextInt(PROBLEMS.length - 1)) % PROBLEMS.length;
        int c = rng.nextInt(IMPROVEMENTS.length);
        int d = (c + 1 + rng.nextInt(IMPROVEMENTS.length - 1)) % IMPROVEMENTS.length;
        return "（一）存在的主要问题\n" + year + "年，我单位政府信息公开工作取得一定成效，但仍存在一些不足：一是" + PROBLEMS[a] + "；二是"
                + PROBLEMS[b] + "。\n（二）改进情况\n" + (year + 1) + "年，我们将" + IMPROVEMENTS[c] + "；同时" + IMPROVEMENTS[d] + "。";
    }

    // ------------------------------------------------------------------ numbers

    /** Splits n into parts with the given weights, randomly but exactly (parts add up to n). */
    static long[] split(Random rng, long n, double[] weights) {
        long[] parts = new long[weights.length];
        if (n <= 0) {
            return parts;
        }
        if (n < 200) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            for (long i = 0; i < n; i++) {
                double x = rng.nextDouble() * total;
                int k = 0;
                while (k < weights.length - 1 && (x -= weights[k]) > 0) {
                    k++;
                }
                parts[k]++;
            }
            return parts;
        }
        double[] jittered = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            jittered[i] = weights[i] * (0.7 + rng.nextDouble() * 0.6);
            total += jittered[i];
        }
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            parts[i] = (long) Math.floor(n * jittered[i] / total);
            assigned += parts[i];
        }
        parts[0] += n - assigned;
        return parts;
    }

    static long poisson(Random rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double l = Math.exp(-mean);
        long k = 0;
        double prob = 1;
        do {
            k++;
            prob *= rng.nextDouble();
        } while (prob > l);
        return k - 1;
    }

    /** A size drawn from a heavy-tailed distribution: most agencies small, a few large. */
    public static double randomScale(Random rng) {
        return Math.min(200, Math.exp(rng.nextGaussian() * 1.1));
    }
}
