package org.disclosuredesk.template;

import java.util.ArrayList;
import java.util.List;

/**
 * The two editions written down once. This is the only place in the code base where the official
 * rows, columns and labels appear.
 */
final class Templates {

    private static final String PART2 = "s2";
    private static final String PART3 = "s3";
    private static final String PART4 = "s4";

    private Templates() {
    }

    static Template of(Edition edition) {
        return edition == Edition.E2019 ? E2019 : E2021;
    }

    // ---------------------------------------------------------------- part 二

    private static Template build2019() {
        List<Column> made = List.of(
                count("new_made", "本年新制作数量", "Newly made this year"),
                count("new_published", "本年新公开数量", "Newly published this year"),
                count("total_published", "对外公开总数量", "Total published"));
        List<Column> items = List.of(
                count("prev_year_items", "上一年项目数量", "Items last year"),
                new Column("change", "本年增/减", "Change this year", ValueKind.SIGNED_COUNT, "项", null, null, false),
                count("decisions", "处理决定数量", "Decisions"));
        List<TemplateTable> tables = new ArrayList<>(List.of(
                part2("s2.art20_1", "第二十条第（一）项", "Art. 20 (1)",
                        List.of(row("regulations", "规章", "Regulations"),
                                row("normative_documents", "规范性文件", "Normative documents")), made),
                part2("s2.art20_5", "第二十条第（五）项", "Art. 20 (5)",
                        List.of(row("licensing", "行政许可", "Administrative licensing"),
                                row("other_management_services", "其他对外管理服务事项",
                                        "Other external management services")), items),
                part2("s2.art20_6", "第二十条第（六）项", "Art. 20 (6)",
                        List.of(row("punishment", "行政处罚", "Administrative punishment"),
                                row("coercion", "行政强制", "Administrative coercion")), items),
                part2("s2.art20_8", "第二十条第（八）项", "Art. 20 (8)",
                        List.of(row("fees", "行政事业性收费", "Administrative fees")), items.subList(0, 2)),
                part2("s2.art20_9", "第二十条第（九）项", "Art. 20 (9)",
                        List.of(row("procurement", "政府集中采购", "Government centralized procurement")),
                        List.of(count("count", "采购项目数量", "Procurement projects"),
                                amount("amount", "采购总金额", "Total procurement amount")))));
        tables.add(part3(List.of(row3(null, "other_single", "（六）其他处理", "(6) Other handling"))));
        tables.add(part4());
        return new Template(Edition.E2019, tables, balanceRules(tables));
    }

    private static Template build2021() {
        List<Column> documents = List.of(
                count("made", "本年制发件数", "Issued this year"),
                count("repealed", "本年废止件数", "Repealed this year"),
                count("in_force", "现行有效件数", "In force"));
        Column decisions = count("decisions", "本年处理决定数量", "Decisions this year");
        List<TemplateTable> tables = new ArrayList<>(List.of(
                part2("s2.art20_1", "第二十条第（一）项", "Art. 20 (1)",
                        List.of(row("regulations", "规章", "Regulations"),
                                row("normative_documents", "行政规范性文件", "Administrative normative documents")),
                        documents),
                part2("s2.art20_5", "第二十条第（五）项", "Art. 20 (5)",
                        List.of(row("licensing_decisions", "行政许可", "Administrative licensing")), List.of(decisions)),
                part2("s2.art20_6", "第二十条第（六）项", "Art. 20 (6)",
                        List.of(row("punishment_decisions", "行政处罚", "Administrative punishment"),
                                row("coercion_decisions", "行政强制", "Administrative coercion")), List.of(decisions)),
                part2("s2.art20_8", "第二十条第（八）项", "Art. 20 (8)",
                        List.of(row("fees_amount_wan_yuan", "行政事业性收费", "Administrative fees")),
                        List.of(amount("amount", "本年收费金额（单位：万元）", "Fees collected this year (10k yuan)")))));
        tables.add(part3(List.of(
                row3(OTHER, "other_overdue_correction",
                        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                        "1. Applicant failed to supplement in time without good reason; no longer processed"),
                row3(OTHER, "other_overdue_fee",
                        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                        "2. Applicant did not pay the fee in time; no longer processed"),
                row3(OTHER, "other_misc", "3.其他", "3. Other"))));
        tables.add(part4());
        return new Template(Edition.E2021, tables, balanceRules(tables));
    }

    private static TemplateTable part2(String id, String titleZh, String titleEn, List<Row> rows, List<Column> cols) {
        return new TemplateTable(id, PART2, titleZh, titleEn, "信息内容", "Item", null, rows, cols);
    }

    // ---------------------------------------------------------------- part 三

    private record Heading(String zh, String en) {
    }

    private static final Heading RESULTS = new Heading("三、本年度办理结果", "3. Results this year");
    private static final Heading DENIED = new Heading("（三）不予公开", "(3) Not disclosed");
    private static final Heading UNABLE = new Heading("（四）无法提供", "(4) Unable to provide");
    private static final Heading NOT_PROCESSED = new Heading("（五）不予处理", "(5) Not processed");
    private static final Heading OTHER = new Heading("（六）其他处理", "(6) Other handling");

    public static final String TOTAL_PROCESSED = "total_processed";

    // built after the headings above: static fields initialise in order
    private static final Template E2019 = build2019();
    private static final Template E2021 = build2021();

    private static TemplateTable part3(List<Row> otherRows) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("new_received", "一、本年新收政府信息公开申请数量",
                "1. New requests received this year", null, null, null, null, false));
        rows.add(new Row("carried_over", "二、上年结转政府信息公开申请数量",
                "2. Requests carried over from last year", null, null, null, null, false));
        rows.add(row3(null, "granted", "（一）予以公开", "(1) Disclosed"));
        rows.add(row3(null, "partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                "(2) Partially disclosed"));
        rows.add(row3(DENIED, "denied_state_secret", "1.属于国家秘密", "1. State secret"));
        rows.add(row3(DENIED, "denied_law_forbidden", "2.其他法律行政法规禁止公开",
                "2. Forbidden by other laws and regulations"));
        rows.add(row3(DENIED, "denied_three_security_one_stability", "3.危及“三安全一稳定”",
                "3. Endangers the \"three securities and one stability\""));
        rows.add(row3(DENIED, "denied_third_party_rights", "4.保护第三方合法权益",
                "4. Protects third-party rights"));
        rows.add(row3(DENIED, "denied_internal_affairs", "5.属于三类内部事务信息",
                "5. Internal affairs information"));
        rows.add(row3(DENIED, "denied_process_info", "6.属于四类过程性信息", "6. Process information"));
        rows.add(row3(DENIED, "denied_enforcement_file", "7.属于行政执法案卷", "7. Enforcement case file"));
        rows.add(row3(DENIED, "denied_admin_query", "8.属于行政查询事项", "8. Administrative query matter"));
        rows.add(row3(UNABLE, "unable_not_held", "1.本机关不掌握相关政府信息",
                "1. Information not held by this agency"));
        rows.add(row3(UNABLE, "unable_needs_creation", "2.没有现成信息需要另行制作",
                "2. Would have to be newly created"));
        rows.add(row3(UNABLE, "unable_unclear_after_correction", "3.补正后申请内容仍不明确",
                "3. Still unclear after correction"));
        rows.add(row3(NOT_PROCESSED, "not_processed_petition_complaint", "1.信访举报投诉类申请",
                "1. Petition, report or complaint"));
        rows.add(row3(NOT_PROCESSED, "not_processed_repeat", "2.重复申请", "2. Repeated request"));
        rows.add(row3(NOT_PROCESSED, "not_processed_publication", "3.要求提供公开出版物",
                "3. Asks for public publications"));
        rows.add(row3(NOT_PROCESSED, "not_processed_excessive", "4.无正当理由大量反复申请",
                "4. Excessive repeated requests without good reason"));
        rows.add(row3(NOT_PROCESSED, "not_processed_confirm_reissue", "5.要求行政机关确认或重新出具已获取信息",
                "5. Asks to confirm or reissue information already obtained"));
        rows.addAll(otherRows);
        rows.add(new Row(TOTAL_PROCESSED, "（七）总计", "(7) Total", RESULTS.zh(), RESULTS.en(), null, null, true));
        rows.add(new Row("carried_forward", "四、结转下年度继续办理", "4. Carried forward to next year",
                null, null, null, null, false));

        String legal = "法人或其他组织";
        String legalEn = "Legal persons or other organizations";
        List<Column> columns = List.of(
                new Column("natural_person", "自然人", "Natural persons", ValueKind.COUNT, "件", null, null, false),
                new Column("commercial", "商业企业", "Businesses", ValueKind.COUNT, "件", legal, legalEn, false),
                new Column("research", "科研机构", "Research institutions", ValueKind.COUNT, "件", legal, legalEn, false),
                new Column("public_interest", "社会公益组织", "Public-interest organizations", ValueKind.COUNT, "件",
                        legal, legalEn, false),
                new Column("legal_service", "法律服务机构", "Legal service providers", ValueKind.COUNT, "件",
                        legal, legalEn, false),
                new Column("other_org", "其他", "Other organizations", ValueKind.COUNT, "件", legal, legalEn, false),
                new Column("total", "总计", "Total", ValueKind.COUNT, "件", null, null, true));
        return new TemplateTable("s3", PART3, null, null, "申请人情况", "Applicants",
                "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rows, columns);
    }

    private static Row row3(Heading group, String key, String zh, String en) {
        return new Row(key, zh, en, RESULTS.zh(), RESULTS.en(),
                group == null ? null : group.zh(), group == null ? null : group.en(), false);
    }

    // ---------------------------------------------------------------- part 四

    private static TemplateTable part4() {
        List<Row> groups = List.of(
                new Row("review", "行政复议", "Administrative reconsideration", null, null, null, null, false),
                new Row("litigation_direct", "未经复议直接起诉", "Litigation without prior reconsideration",
                        "行政诉讼", "Administrative litigation", null, null, false),
                new Row("litigation_after_review", "复议后起诉", "Litigation after reconsideration",
                        "行政诉讼", "Administrative litigation", null, null, false));
        List<Column> outcomes = List.of(
                count("upheld", "结果维持", "Upheld"),
                count("corrected", "结果纠正", "Corrected"),
                count("other", "其他结果", "Other outcome"),
                count("pending", "尚未审结", "Pending"),
                new Column("total", "总计", "Total", ValueKind.COUNT, "件", null, null, true));
        return new TemplateTable("s4", PART4, null, null, null, null, null, groups, outcomes);
    }

    // ---------------------------------------------------------------- rules

    private static List<BalanceRule> balanceRules(List<TemplateTable> tables) {
        List<BalanceRule> rules = new ArrayList<>();
        TemplateTable s3 = tables.stream().filter(t -> t.id().equals("s3")).findFirst().orElseThrow();
        TemplateTable s4 = tables.stream().filter(t -> t.id().equals("s4")).findFirst().orElseThrow();
        List<Row> outcomeRows = s3.rows().stream()
                .filter(r -> RESULTS.zh().equals(r.sectionZh()) && !r.computed()).toList();
        for (Column c : s3.columns()) {
            rules.add(new BalanceRule("R3.1",
                    List.of(s3.cellKey(s3.row("new_received"), c), s3.cellKey(s3.row("carried_over"), c)),
                    List.of(s3.cellKey(s3.row(TOTAL_PROCESSED), c), s3.cellKey(s3.row("carried_forward"), c)),
                    c.labelZh(), c.labelEn(), outcomeRows.stream().map(r -> s3.cellKey(r, c)).toList()));
        }
        for (Column c : s3.columns()) {
            rules.add(new BalanceRule("R3.2", List.of(s3.cellKey(s3.row(TOTAL_PROCESSED), c)),
                    outcomeRows.stream().map(r -> s3.cellKey(r, c)).toList(), c.labelZh(), c.labelEn()));
        }
        List<Column> applicantColumns = s3.columns().stream().filter(c -> !c.computed()).toList();
        Column s3Total = s3.column("total");
        for (Row r : s3.rows()) {
            rules.add(new BalanceRule("R3.3", List.of(s3.cellKey(r, s3Total)),
                    applicantColumns.stream().map(c -> s3.cellKey(r, c)).toList(), r.labelZh(), r.labelEn()));
        }
        Column s4Total = s4.column("total");
        List<Column> s4Parts = s4.columns().stream().filter(c -> !c.computed()).toList();
        for (Row g : s4.rows()) {
            String scopeZh = g.sectionZh() == null ? g.labelZh() : g.sectionZh() + "（" + g.labelZh() + "）";
            rules.add(new BalanceRule("R4.1", List.of(s4.cellKey(g, s4Total)),
                    s4Parts.stream().map(c -> s4.cellKey(g, c)).toList(), scopeZh, g.labelEn()));
        }
        return rules;
    }

    // ---------------------------------------------------------------- helpers

    private static Row row(String key, String zh, String en) {
        return new Row(key, zh, en, null, null, null, null, false);
    }

    private static Column count(String key, String zh, String en) {
        return new Column(key, zh, en, ValueKind.COUNT, null, null, null, false);
    }

    private static Column amount(String key, String zh, String en) {
        return new Column(key, zh, en, ValueKind.AMOUNT_WAN_YUAN, "万元", null, null, false);
    }
}
