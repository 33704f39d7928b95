package org.disclosuredesk.i18n;

import org.disclosuredesk.TestSamples;
import org.disclosuredesk.template.BalanceRule;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.CellLabel;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.validation.Finding;
import org.disclosuredesk.validation.Validator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The one renderer: keys with arguments, names in both languages, lists, plurals, and the language decision. */
class MessagesTest {

    private static final ReportContent LIWAN = TestSamples.expected(TestSamples.LIWAN);

    @Test
    void chineseIsTheDefaultAndAnyZhLocale() {
        assertThat(Messages.isChinese(null)).isTrue();
        assertThat(Messages.isChinese(Locale.SIMPLIFIED_CHINESE)).isTrue();
        assertThat(Messages.isChinese(Locale.TRADITIONAL_CHINESE)).isTrue();
        assertThat(Messages.isChinese(Locale.ENGLISH)).isFalse();
        assertThat(Messages.isChinese(Locale.FRANCE)).isFalse();
    }

    @Test
    void labelsAndNestedMessagesAreShownInTheReadersLanguage() {
        Message m = Validator.cellProblem(Edition.E2021, "s3.granted.natural_person", CellValue.of(-1),
                CellInput.Problem.NEGATIVE);
        assertThat(Messages.render(m, Messages.CHINESE)).isEqualTo("（一）予以公开 / 自然人：-1 不能为负数");
        assertThat(Messages.render(m, Messages.ENGLISH)).isEqualTo("(1) Disclosed / Natural persons: -1 must not be negative");
        assertThat(Messages.render(m, Locale.FRANCE)).isEqualTo(Messages.render(m, false));
        assertThat(CellLabel.row(Edition.E2021, "s3.granted.natural_person").text(true)).isEqualTo("（一）予以公开");
        assertThat(CellLabel.column(Edition.E2021, "s3.granted.natural_person").text(false)).isEqualTo("Natural persons");
    }

    @Test
    void listsAreJoinedTheWayEachLanguageWritesThem() {
        Message saving = Message.of("report.error.badInput", Message.Joined.clauses(List.of(
                Validator.cellProblem(Edition.E2021, "s3.granted.natural_person", CellValue.of(-1), CellInput.Problem.NEGATIVE),
                Message.of("report.error.narrativeTooLong", NarrativePart.PROBLEMS, "20000"))));
        assertThat(Messages.render(saving, true)).isEqualTo(
                "数据有误，未保存：（一）予以公开 / 自然人：-1 不能为负数；五、存在的主要问题及改进情况：超过 20000 字");
        assertThat(Messages.render(saving, false)).isEqualTo("Invalid figures, nothing saved: (1) Disclosed / Natural persons:"
                + " -1 must not be negative; 5. Main problems and improvements: longer than 20000 characters");
        Message both = Message.of("editor.conflict.both", Message.Joined.enumeration(List.of("a", "b")));
        assertThat(Messages.render(both, true)).isEqualTo("双方都修改了：a、b");
        assertThat(Messages.render(both, false)).isEqualTo("Changed by both of you: a, b");
    }

    @Test
    void englishCountsAgreeWithTheirNouns() {
        assertThat(Messages.render("reports.count", new Object[]{1L}, Messages.ENGLISH)).isEqualTo("1 report");
        assertThat(Messages.render("reports.count", new Object[]{2L}, Messages.ENGLISH)).isEqualTo("2 reports");
        assertThat(Messages.render("reports.count", new Object[]{1234L}, Messages.ENGLISH)).isEqualTo("1,234 reports");
        assertThat(Messages.render("reports.count", new Object[]{1L}, Messages.CHINESE)).isEqualTo("1 份报告");
        assertThat(Messages.render("report.findings.summary", new Object[]{1L, 0L}, Messages.ENGLISH))
                .isEqualTo("1 error, 0 warnings");
        assertThat(Messages.render("editor.fixInputFirst", new Object[]{1}, Messages.ENGLISH))
                .startsWith("1 cell holds invalid input;");
        assertThat(Messages.render("review.meta", new Object[]{"PDF", 1, 0, 1}, Messages.ENGLISH))
                .isEqualTo("Format: PDF   1 cell read   0 unread   1 finding");

        ReportContent oneBlank = LIWAN.withCell("s3.granted.natural_person", CellValue.BLANK);
        ReportContent twoBlanks = oneBlank.withCell("s3.granted.research", CellValue.BLANK);
        assertThat(english(r04(oneBlank))).startsWith("1 cell is blank:");
        assertThat(english(r04(twoBlanks))).startsWith("2 cells are blank:");
    }

    /** "{0} reports" with a bare number before a plural noun reads "1 reports": every count goes through a choice. */
    @Test
    void noEnglishTextPutsABareCountBeforeAPluralNoun() throws IOException {
        Pattern bare = Pattern.compile("\\{\\d}\\s+(?:[a-z-]+\\s+)?(reports|cells|errors|warnings|files|changes|"
                + "differences|agencies|findings|sub-units|items|days|minutes)\\b");
        List<String> offending = new ArrayList<>();
        bundle("translations_en.properties").forEach((k, v) -> {
            if (bare.matcher((String) v).find()) {
                offending.add(k + "=" + v);
            }
        });
        assertThat(offending).isEmpty();
    }

    @Test
    void englishTextHasNoChinesePunctuation() throws IOException {
        List<String> offending = new ArrayList<>();
        bundle("translations_en.properties").forEach((k, v) -> {
            if (((String) v).matches(".*[：；，。（）、“”].*")) {
                offending.add(k + "=" + v);
            }
        });
        assertThat(offending).isEmpty();
    }

    /** Every rule and every input problem has its words in both languages, with no full-width colon in English. */
    @Test
    void everyFindingRendersInBothLanguages() {
        List<Finding> findings = new ArrayList<>();
        for (Edition e : Edition.values()) {
            for (BalanceRule rule : Template.of(e).balanceRules()) {
                assertThat(Messages.render(Message.of("finding." + rule.ruleId(), Localized.of("x", "x"), "1", "2"), false))
                        .doesNotContain("!{");
            }
        }
        ReportContent broken = new ReportContent("x", 2021, Edition.E2019,
                LIWAN.withCell("s3.granted.natural_person", CellValue.BLANK)
                        .withCell("s2.regulations.new_made", CellValue.of(-1)).cells(),
                LIWAN.narratives(), LocalDate.of(2022, 3, 1))
                .withNarrative(NarrativePart.OVERVIEW, "办理政府信息公开申请 25 件");
        findings.addAll(Validator.validate(broken));
        findings.addAll(Validator.validate(LIWAN.withCell("s3.new_received.total", CellValue.of(99)),
                new ReportContent("x", 2019, Edition.E2019, LIWAN.withCell("s3.carried_forward.natural_person",
                        CellValue.of(3)).cells(), LIWAN.narratives(), null)));
        assertThat(findings).extracting(Finding::ruleId)
                .contains("R0.1", "R0.2", "R0.4", "R3.1", "R3.3", "RX.1", "RN.1", "RQ.1", "RQ.3");
        for (Finding f : findings) {
            assertThat(Messages.render(f.message(), true)).as(f.ruleId()).isNotBlank().doesNotContain("!{");
            assertThat(Messages.render(f.message(), false)).as(f.ruleId()).isNotBlank().doesNotContain("!{")
                    .doesNotContain("：");
        }
        for (CellInput.Problem p : CellInput.Problem.values()) {
            assertThat(Messages.render(p.message(), true)).doesNotContain("!{");
            assertThat(Messages.render(p.message(), false)).doesNotContain("!{").doesNotContain("：");
        }
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertThat(Messages.render(Message.of("no.such.key"), true)).isEqualTo("!{zh: no.such.key}");
    }

    private static Finding r04(ReportContent report) {
        return Validator.validate(report).stream().filter(f -> f.ruleId().equals("R0.4")).findFirst().orElseThrow();
    }

    private static String english(Finding f) {
        return Messages.render(f.message(), false);
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
