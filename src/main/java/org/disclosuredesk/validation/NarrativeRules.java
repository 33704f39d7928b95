package org.disclosuredesk.validation;

import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RN.1 and RQ.1–RQ.3: the narrative parts and the publication date. */
final class NarrativeRules {

    /** A figure stated in part 一, and the table cells (alternatives: any one may match) it should equal. */
    private record Claim(Pattern pattern, String what, List<List<String>> candidates) {
    }

    private static final List<String> NEW = List.of("s3.new_received.total");
    private static final List<String> NEW_AND_CARRIED = List.of("s3.new_received.total", "s3.carried_over.total");
    private static final List<String> PROCESSED = List.of("s3.total_processed.total");
    private static final List<String> LITIGATION = List.of("s4.litigation_direct.total",
            "s4.litigation_after_review.total");

    /**
     * Between the verb and "申请": a few characters, but no other figure or parenthesis — in "答复 3050 件（含上年度结转申请
     * 34 件）" the 34 is an aside about the 3050, not what was answered.
     */
    private static final String GAP = "[^。；，,\\d（(]{0,12}?";

    private static final List<Claim> CLAIMS = List.of(
            new Claim(Pattern.compile("(?:收到|新收|受理)" + GAP + "申请(?:共|总计|合计)?(\\d+)件"),
                    "finding.RN.1.received", List.of(NEW, NEW_AND_CARRIED)),
            new Claim(Pattern.compile("(?:办理|办结|答复)" + GAP + "申请(?:共|总计|合计)?(\\d+)件"),
                    "finding.RN.1.handled", List.of(PROCESSED, NEW, NEW_AND_CARRIED)),
            new Claim(Pattern.compile("行政复议(?:案件)?(?:共|总计|合计)?(\\d+)(?:件|起)"),
                    "finding.RN.1.review", List.of(List.of("s4.review.total"))),
            new Claim(Pattern.compile("诉讼(?:案件)?(?:共|总计|合计)?(\\d+)(?:件|起)"),
                    "finding.RN.1.litigation", List.of(LITIGATION)));

    private static final MonthDay DEADLINE = MonthDay.of(1, 31);

    private NarrativeRules() {
    }

    static void check(ReportContent report, ReportContent previous, List<Finding> findings) {
        narrativeFigures(report, findings);
        problemsPart(report, previous, findings);
        feesStatement(report, findings);
        publicationDate(report, findings);
    }

    // RN.1
    private static void narrativeFigures(ReportContent report, List<Finding> findings) {
        String text = report.narrative(NarrativePart.OVERVIEW).replaceAll("\\s+", "");
        for (Claim claim : CLAIMS) {
            Matcher m = claim.pattern().matcher(text);
            while (m.find()) {
                BigDecimal stated = new BigDecimal(m.group(1));
                boolean judged = false;
                boolean agrees = false;
                for (List<String> cells : claim.candidates()) {
                    BigDecimal sum = Validator.sum(report, cells);
                    if (sum != null) {
                        judged = true;
                        agrees |= sum.compareTo(stated) == 0;
                    }
                }
                if (judged && !agrees) {
                    List<String> cells = claim.candidates().get(0);
                    BigDecimal table = Validator.sum(report, cells);
                    findings.add(new Finding("RN.1", Severity.WARNING, cells, Message.of("finding.RN.1",
                            Message.of(claim.what()), stated.toPlainString(), m.group(),
                            table == null ? "—" : table.toPlainString())));
                }
            }
        }
    }

    // RQ.1: part 五 not empty and not last year's text again
    private static void problemsPart(ReportContent report, ReportContent previous, List<Finding> findings) {
        String text = normalized(report.narrative(NarrativePart.PROBLEMS));
        if (text.isEmpty()) {
            findings.add(new Finding("RQ.1", Severity.WARNING, List.of(NarrativePart.PROBLEMS.key()),
                    Message.of("finding.RQ.1.empty")));
        } else if (previous != null && text.equals(normalized(previous.narrative(NarrativePart.PROBLEMS)))) {
            findings.add(new Finding("RQ.1", Severity.WARNING, List.of(NarrativePart.PROBLEMS.key()),
                    Message.of("finding.RQ.1.copied", String.valueOf(previous.year()))));
        }
    }

    // RQ.2 (2021 edition): part 六 states the information processing fee, an amount or 无
    private static void feesStatement(ReportContent report, List<Finding> findings) {
        if (report.edition() != Edition.E2021) {
            return;
        }
        String text = normalized(report.narrative(NarrativePart.OTHER));
        if (!text.contains("信息处理费") && !text.contains("处理费")) {
            findings.add(new Finding("RQ.2", Severity.WARNING, List.of(NarrativePart.OTHER.key()),
                    Message.of("finding.RQ.2")));
        }
    }

    // RQ.3: published by 31 January of the following year
    private static void publicationDate(ReportContent report, List<Finding> findings) {
        LocalDate published = report.publishedOn();
        if (published == null) {
            return;
        }
        LocalDate deadline = DEADLINE.atYear(report.year() + 1);
        if (published.isAfter(deadline)) {
            findings.add(new Finding("RQ.3", Severity.WARNING, List.of(),
                    Message.of("finding.RQ.3", published.toString(), deadline.toString())));
        }
    }

    private static String normalized(String text) {
        return Objects.requireNonNullElse(text, "").replaceAll("\\s+", "");
    }

}
