package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.agency.AgencyAdminService;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.i18n.Messages;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportHistory;
import org.disclosuredesk.report.ReportStatus;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.validation.Finding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/*
 * The browserless views run on the test's thread and join its transaction: each test is rolled back after it, so
 * the reports and agencies it creates, and its saves, are never seen by another test.
 */
@org.springframework.transaction.annotation.Transactional
class ReportEditorViewTest extends UiTestBase {

    private static final String LIWAN = "广州市荔湾区政务服务数据管理局";

    @Autowired
    ReportService reports;

    @Autowired
    AgencyAdminService agencies;

    private EditorScreen openSeed() {
        UI.getCurrent().navigate("reports/2020/" + agencyId(LIWAN) + "/edit");
        return new EditorScreen(find(ReportEditorView.class).single());
    }

    private String findingsPanel() {
        return allText(find(VerticalLayout.class).withId("findings-panel").single().getElement());
    }

    private List<String> rulesListed() {
        return descendants(find(VerticalLayout.class).withId("findings-panel").single().getElement())
                .map(e -> e.getAttribute("data-rule")).filter(java.util.Objects::nonNull).toList();
    }

    /** The texts of the notifications shown, oldest first. */
    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    private long errorsListed() {
        return descendants(find(VerticalLayout.class).withId("findings-panel").single().getElement())
                .filter(e -> e.getClassList().contains("finding-error")).count();
    }

    @Test
    @WithUserDetails("editor")
    void typingAValueMakesTheFindingAppearAndVanishAndTotalsFollow() {
        EditorScreen editor = openSeed();
        assertThat(errorsListed()).isZero();
        assertThat(editor.cell("s3.total_processed.natural_person").getText()).isEqualTo("21");

        editor.type("s3.granted.natural_person", "12");
        // （七）总计 follows at once; now 21 new + 0 carried ≠ 22 processed + 0 forward
        assertThat(editor.cell("s3.total_processed.natural_person").getText()).isEqualTo("22");
        assertThat(editor.cell("s3.total_processed.total").getText()).isEqualTo("22");
        assertThat(editor.cell("s3.new_received.natural_person").getClassList()).contains("has-error");
        assertThat(rulesListed()).contains("R3.1");
        assertThat(findingsPanel()).contains("R3.1").contains("第一项加第二项之和为 21");
        assertThat(editor.isUnsaved()).isTrue();

        editor.type("s3.granted.natural_person", "11");
        assertThat(rulesListed()).doesNotContain("R3.1");
        assertThat(errorsListed()).isZero();
        assertThat(editor.cell("s3.new_received.natural_person").getClassList()).doesNotContain("has-error");
        assertThat(editor.cell("s3.total_processed.natural_person").getText()).isEqualTo("21");
    }

    @Test
    @WithUserDetails("editor")
    void pastingATabSeparatedBlockFillsTheCellsFromTheFocusedOne() {
        EditorScreen editor = openSeed();
        // two rows × three columns copied from Excel, starting at （一）予以公开 / 商业企业;
        // the block's third column lands on 社会公益组织
        editor.paste("s3.granted.commercial", "1\t2\t3\n4\t5\t6");
        assertThat(editor.shown("s3.granted.commercial")).isEqualTo("1");
        assertThat(editor.shown("s3.granted.research")).isEqualTo("2");
        assertThat(editor.shown("s3.granted.public_interest")).isEqualTo("3");
        assertThat(editor.shown("s3.partially_granted.commercial")).isEqualTo("4");
        assertThat(editor.shown("s3.partially_granted.public_interest")).isEqualTo("6");
        assertThat(editor.shown("s3.granted.legal_service")).isEqualTo("0");
        assertThat(editor.cell("s3.granted.total").getText()).isEqualTo("17");
        assertThat(editor.cell("s3.partially_granted.total").getText()).isEqualTo("15");
        // a block running into the computed 总计 column skips it
        editor.paste("s3.carried_forward.other_org", "2\t99");
        assertThat(editor.shown("s3.carried_forward.other_org")).isEqualTo("2");
        assertThat(editor.cell("s3.carried_forward.total").getText()).isEqualTo("2");
        // what people paste is read like what they type, and shown as pasted
        editor.paste("s4.review.upheld", "3,000\t１\t2次");
        assertThat(editor.shown("s4.review.upheld")).isEqualTo("3,000");
        assertThat(editor.cell("s4.review.total").getText()).isEqualTo("3004");
        assertThat(editor.isUnsaved()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void aPastedRowWithItsLabelLandsUnshiftedAndABlockThatDoesNotFitIsRefusedWithAMessage() {
        EditorScreen editor = openSeed();
        // a row of part 三 copied from Excel with its label, pasted at 自然人
        editor.paste("s3.granted.natural_person", "（一）予以公开\t1\t2\t3\t4\t5\t6\t21");
        assertThat(editor.shown("s3.granted.natural_person")).isEqualTo("1");
        assertThat(editor.shown("s3.granted.other_org")).isEqualTo("6");
        assertThat(editor.cell("s3.granted.total").getText()).isEqualTo("21");
        assertThat(editor.cell("s3.granted.natural_person").getClassList()).doesNotContain("invalid");
        assertThat(notifications().getLast()).isEqualTo("已粘贴 6 个单元格。 随数字一起复制的标签未粘贴：（一）予以公开。");

        // two rows on the last row: nothing is pasted, and the clerk is told why
        editor.paste("s3.carried_forward.natural_person", "7\t7\n8\t8");
        assertThat(notifications().getLast()).isEqualTo("粘贴的内容有 2 行 2 列，从所选单元格起只能容纳 1 行 7 列，"
                + "未粘贴任何内容。请从正确的单元格开始粘贴，或少复制一些。");
        assertThat(editor.shown("s3.carried_forward.natural_person")).isEqualTo("0");

        // part 四's fifteen figures fill 行政复议 and both 行政诉讼 groups; a total that does not add up is named
        editor.paste("s4.review.upheld", "1\t1\t1\t1\t9\t2\t0\t0\t0\t2\t0\t0\t0\t3\t3");
        assertThat(editor.shown("s4.litigation_direct.upheld")).isEqualTo("2");
        assertThat(editor.shown("s4.litigation_after_review.pending")).isEqualTo("3");
        assertThat(editor.cell("s4.review.total").getText()).isEqualTo("4");
        assertThat(notifications().getLast()).contains("粘贴的总计未采用：行政复议 / 总计（粘贴 9，相加为 4）");
    }

    @Test
    @WithUserDetails("editor")
    void badInputIsRefusedAtTheCellAndNothingIsSaved() {
        EditorScreen editor = openSeed();
        long versionBefore = reports.find(agencyId(LIWAN), 2020).orElseThrow().report().getVersion();
        editor.type("s3.granted.research", "abc");
        editor.type("s3.granted.commercial", "-2");
        editor.type("s2.regulations.new_made", "1.5");
        editor.type("s2.procurement.count", "2000000000");
        editor.type("s2.procurement.amount", "0.0000001");
        editor.type("s2.fees.prev_year_items", "1" + ",".repeat(70));
        Map.of("s2.procurement.amount", CellInput.Problem.TOO_PRECISE,
                "s2.fees.prev_year_items", CellInput.Problem.TOO_LONG,
                "s3.granted.research", CellInput.Problem.NOT_A_NUMBER,
                "s3.granted.commercial", CellInput.Problem.NEGATIVE,
                "s2.regulations.new_made", CellInput.Problem.FRACTION,
                "s2.procurement.count", CellInput.Problem.TOO_LARGE).forEach((key, problem) -> {
            assertThat(editor.cell(key).getClassList()).as(key).contains("invalid");
            assertThat(editor.cell(key).getAttribute("data-problem")).as(key)
                    .isEqualTo(Messages.render(problem.message(), true));
        });
        assertThat(rulesListed()).filteredOn("input"::equals).hasSize(6);
        Element research = editor.cell("s3.granted.research");
        assertThat(research.getAttribute("data-problem")).contains("请输入数字");
        // the cell shows a few words that fit in it; the whole reason is the input's tooltip
        assertThat(research.getAttribute("data-problem-short")).isEqualTo("不是数字");
        assertThat(editor.cell("s3.granted.commercial").getAttribute("data-problem-short")).isEqualTo("不能为负");
        assertThat(editor.input("s3.granted.research").getAttribute("title"))
                .isEqualTo(Messages.render(CellInput.Problem.NOT_A_NUMBER.message(), true));
        assertThat(editor.input("s3.granted.research").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(editor.save()).isFalse();
        assertThat(reports.find(agencyId(LIWAN), 2020).orElseThrow().report().getVersion()).isEqualTo(versionBefore);
        // the bad text is not taken as a value: the stored 0 still counts in the total
        assertThat(editor.cell("s3.granted.total").getText()).isEqualTo("11");
        editor.type("s3.granted.research", "");
        // blank, not 0: the total of an incomplete row is not guessed
        assertThat(editor.cell("s3.granted.total").getText()).isEmpty();
        assertThat(research.getClassList()).doesNotContain("invalid");
        assertThat(research.getAttribute("data-problem")).isNull();
        assertThat(research.getAttribute("data-problem-short")).isNull();
        assertThat(editor.input("s3.granted.research").getAttribute("title")).isNull();
    }

    @Test
    @WithUserDetails("editor")
    void everyInputProblemHasAShortCellLabelThatTheStylesheetShowsInsideTheCell() throws Exception {
        openSeed();
        ReportEditorView view = find(ReportEditorView.class).single();
        for (CellInput.Problem problem : CellInput.Problem.values()) {
            for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
                String brief = view.getTranslation(locale, "editor.problemShort." + problem.name());
                assertThat(brief).as(problem + " " + locale).isNotBlank().doesNotContain("editor.problemShort")
                        .hasSizeLessThanOrEqualTo(14);
            }
        }
        String css;
        try (var in = getClass().getResourceAsStream("/META-INF/resources/styles.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String rule = css.substring(css.indexOf("td.invalid::after"));
        rule = rule.substring(0, rule.indexOf('}'));
        // the short label, in the cell's flow and wrapping there: not the long message hanging over the next cells
        assertThat(rule).contains("attr(data-problem-short)").contains("white-space: normal")
                .doesNotContain("position: absolute").doesNotContain("nowrap");
    }

    @Test
    @WithUserDetails("editor")
    void savesTextsAsPlainTextAndFiguresWithANewVersion() {
        LoadedReport draft = reports.create(agencyId(LIWAN), 2021);
        UI.getCurrent().navigate("reports/2021/" + agencyId(LIWAN) + "/edit");
        EditorScreen editor = new EditorScreen(find(ReportEditorView.class).single());
        editor.type("s3.new_received.natural_person", "7");
        editor.write(NarrativePart.OVERVIEW, "<script>alert('x')</script>全年收到申请 7 件");
        assertThat(editor.save()).isTrue();
        LoadedReport stored = reports.find(agencyId(LIWAN), 2021).orElseThrow();
        assertThat(stored.report().getVersion()).isGreaterThan(draft.report().getVersion());
        assertThat(stored.content().cell("s3.new_received.natural_person").number()).isEqualByComparingTo("7");
        assertThat(stored.content().narrative(NarrativePart.OVERVIEW)).startsWith("<script>");
        // shown back as text, never as markup
        UI.getCurrent().navigate("reports/2021/" + agencyId(LIWAN));
        Element overview = find(com.vaadin.flow.component.html.Div.class).withId("narrative-p1").single().getElement();
        assertThat(allText(overview)).contains("<script>alert('x')</script>全年收到申请 7 件");
        assertThat(descendants(overview).noneMatch(e -> !e.isTextNode() && "script".equals(e.getTag()))).isTrue();
        // and in the editor as the text area's value
        UI.getCurrent().navigate("reports/2021/" + agencyId(LIWAN) + "/edit");
        assertThat(find(TextArea.class).withId("narrative-p1").single().getValue()).startsWith("<script>");
    }

    @Test
    @WithUserDetails("admin")
    void submittingWithErrorsSavesTheTypingAndSaysSoButDoesNotSubmit() {
        long agency = agencies.addChild(agencyId("淮安市"), "提交有错测试局", AgencyKind.AGENCY).getId();
        LoadedReport created = reports.create(agency, 2020);
        long id = created.report().getId();
        reports.saveContent(id, created.report().getVersion(), TestSamples.expected(TestSamples.LIWAN));
        UI.getCurrent().navigate("reports/2020/" + agency + "/edit");
        EditorScreen editor = new EditorScreen(find(ReportEditorView.class).single());
        // 21 received, 22 processed: R3.1 is broken
        editor.type("s3.granted.natural_person", "12");
        editor.submit();

        LoadedReport stored = reports.findById(id).orElseThrow();
        long errors = stored.findings().stream().filter(Finding::isError).count();
        assertThat(errors).isPositive();
        // the typing was saved (not lost), the report was not submitted, and the message says both
        assertThat(reports.history(id)).extracting(ReportHistory.Save::action).containsExactly("SAVE", "SAVE", "CREATE");
        assertThat(stored.report().getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(stored.content().cell("s3.granted.natural_person").number()).isEqualByComparingTo("12");
        assertThat(notifications()).last().isEqualTo("已保存，但有 " + errors + " 处错误，未提交。请更正后再提交。");
        assertThat(notifications()).doesNotContain("已保存");
        assertThat(editor.isUnsaved()).isFalse();

        // nothing new typed: submitting again saves nothing and says why it is not submitted
        editor.submit();
        assertThat(reports.history(id)).hasSize(3);
        assertThat(notifications()).last().isEqualTo("还有 " + errors + " 个规则错误，更正后才能提交");
    }

    @Test
    @WithUserDetails("admin")
    void submittingAsksFirstSayingWhatHappensAndWhatIsOpenAndCancellingKeepsTheDraft() {
        long agency = agencies.addChild(agencyId("淮安市"), "提交确认测试局", AgencyKind.AGENCY).getId();
        LoadedReport created = reports.create(agency, 2020);
        long id = created.report().getId();
        reports.saveContent(id, created.report().getVersion(), TestSamples.expected(TestSamples.LIWAN));
        UI.getCurrent().navigate("reports/2020/" + agency + "/edit");
        EditorScreen editor = new EditorScreen(find(ReportEditorView.class).single());
        editor.write(NarrativePart.OVERVIEW, "本年度总体情况");

        editor.cancelSubmit();
        LoadedReport stored = reports.findById(id).orElseThrow();
        assertThat(stored.report().getStatus()).isEqualTo(ReportStatus.DRAFT);
        // the typing was saved before asking, and cancelling keeps it
        assertThat(stored.content().narrative(NarrativePart.OVERVIEW)).isEqualTo("本年度总体情况");

        editor.submit();
        assertThat(find(Paragraph.class).withId("confirm-consequence").single().getText()).contains("交由审核人审核");
        List<String> open = find(Paragraph.class).withClassName("confirm-open").all().stream()
                .map(Paragraph::getText).toList();
        long warnings = stored.findings().size();
        if (warnings > 0) {
            assertThat(open).anyMatch(line -> line.contains(warnings + " 条提示未处理"));
        }
        find(Button.class).withId("confirm-ok").single().click();
        assertThat(reports.findById(id).orElseThrow().report().getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    @WithUserDetails("editor2")
    void anotherAgencysEditorIsRefusedTheEditorByUrl() {
        UI.getCurrent().navigate("reports/2020/" + agencyId(LIWAN) + "/edit");
        assertThat(find(Paragraph.class).withId("editor-refused").single().getText()).isEqualTo("未找到该报告，或您无权查看。");
        assertThat(find(TextArea.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerCannotEdit() {
        UI.getCurrent().navigate("reports/2020/" + agencyId(LIWAN) + "/edit");
        assertThat(find(Paragraph.class).withId("editor-refused").single().getText()).contains("不能编辑");
    }

    @Test
    @WithUserDetails("editor")
    void whenSomeoneElseSavedFirstTheInputStaysAndCanBeReappliedWithoutLosingTheirs() {
        long liwan = agencyId(LIWAN);
        LoadedReport draft = reports.create(liwan, 2023);
        UI.getCurrent().navigate("reports/2023/" + liwan + "/edit");
        EditorScreen editor = new EditorScreen(find(ReportEditorView.class).single());
        editor.type("s4.review.upheld", "4");

        // meanwhile a colleague saves another figure
        LoadedReport theirs = reports.saveContent(draft.report().getId(), draft.report().getVersion(),
                draft.content().withCell("s4.litigation_direct.upheld", org.disclosuredesk.template.CellValue.of(9)));

        assertThat(editor.save()).isFalse();
        com.vaadin.flow.component.dialog.Dialog dialog = find(com.vaadin.flow.component.dialog.Dialog.class)
                .withId("conflict-dialog").single();
        assertThat(dialog.isOpened()).isTrue();
        // my input is still on screen, nothing of mine was stored
        assertThat(editor.shown("s4.review.upheld")).isEqualTo("4");
        assertThat(editor.shown("s4.litigation_direct.upheld")).isEmpty();
        assertThat(reports.findById(draft.report().getId()).orElseThrow().content().cell("s4.review.upheld").isBlank())
                .isTrue();

        find(com.vaadin.flow.component.button.Button.class).withId("conflict-reapply").single().click();
        assertThat(editor.shown("s4.review.upheld")).isEqualTo("4");
        assertThat(editor.shown("s4.litigation_direct.upheld")).isEqualTo("9");
        assertThat(editor.cell("s4.litigation_direct.total").getText()).isEmpty(); // the other parts are blank
        assertThat(editor.isUnsaved()).isTrue();
        assertThat(editor.save()).isTrue();
        LoadedReport stored = reports.findById(draft.report().getId()).orElseThrow();
        assertThat(stored.report().getVersion()).isGreaterThan(theirs.report().getVersion());
        assertThat(stored.content().cell("s4.review.upheld").number()).isEqualByComparingTo("4");
        assertThat(stored.content().cell("s4.litigation_direct.upheld").number()).isEqualByComparingTo("9");
    }

    @Test
    @WithUserDetails("editor")
    void leavingWithUnsavedInputAsksFirstAndStayingKeepsIt() {
        EditorScreen editor = openSeed();
        editor.type("s4.review.upheld", "5");
        UI.getCurrent().navigate("reports");
        // still here, asked what to do
        assertThat(find(ReportEditorView.class).all()).hasSize(1);
        com.vaadin.flow.component.dialog.Dialog dialog = find(com.vaadin.flow.component.dialog.Dialog.class)
                .withId("unsaved-dialog").single();
        assertThat(dialog.isOpened()).isTrue();
        find(com.vaadin.flow.component.button.Button.class).withId("leave-stay").single().click();
        assertThat(editor.shown("s4.review.upheld")).isEqualTo("5");
        assertThat(editor.isUnsaved()).isTrue();
        assertThat(find(VerticalLayout.class).withId("report-document").single().getElement().getAttribute("data-unsaved")).isEqualTo("true");
        // discarding leaves without saving
        UI.getCurrent().navigate("reports");
        find(com.vaadin.flow.component.button.Button.class).withId("leave-discard").single().click();
        assertThat(find(ReportEditorView.class).all()).isEmpty();
        assertThat(reports.find(agencyId(LIWAN), 2020).orElseThrow().content().cell("s4.review.upheld").number())
                .isEqualByComparingTo("1");
    }
}
