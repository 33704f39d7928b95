package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.agency.AgencyAdminService;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.export.OfficialHtmlExporter;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.PublishedRevision;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportStatus;
import org.disclosuredesk.report.ReportWorkflow;
import org.disclosuredesk.security.AppUserDetailsService;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.template.CellValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction does not hide what was published: readers see the published revision (told that a correction
 * is under way) until the correction is published; the return reason shows only while a report is returned.
 */
// every test's agencies and reports are rolled back (docs/testing.md)
@org.springframework.transaction.annotation.Transactional
class CorrectionViewsTest extends UiTestBase {

    private static final String GRANTED = "s2.procurement.count";

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AgencyAdminService agencies;
    @Autowired
    AppUserDetailsService users;

    private <T> T as(String username, Supplier<T> action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        AppUserPrincipal user = (AppUserPrincipal) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private static long id(LoadedReport r) {
        return r.report().getId();
    }

    private static long v(LoadedReport r) {
        return r.report().getVersion();
    }

    /** A report of a fresh agency under 淮安市, filled by the admin, published by the reviewer, reopened, changed. */
    private LoadedReport correctionUnderWay() {
        long agency = as("admin", () -> agencies.addChild(agencyId("淮安市"), "更正视图测试局",
                AgencyKind.AGENCY).getId());
        LoadedReport submitted = as("admin", () -> {
            LoadedReport created = reports.create(agency, 2020);
            LoadedReport draft = reports.saveContent(id(created), v(created), TestSamples.expected(TestSamples.LIWAN));
            return workflow.submit(id(draft), v(draft));
        });
        LoadedReport correcting = as("reviewer", () -> {
            LoadedReport approved = workflow.approve(id(submitted), v(submitted));
            LoadedReport published = workflow.publish(id(approved), v(approved));
            return workflow.startCorrection(id(published), v(published), "更正申请数");
        });
        return as("admin", () -> reports.saveContent(id(correcting), v(correcting),
                correcting.content().withCell(GRANTED, CellValue.of(12))));
    }

    private String shown(String cellKey) {
        return cell(find(VerticalLayout.class).withId("report-document").single().getElement(), cellKey).getText().strip();
    }

    @Test
    @WithUserDetails("viewer")
    void readersKeepSeeingThePublishedRevisionWhileACorrectionIsUnderWay() {
        LoadedReport correcting = correctionUnderWay();
        String published = TestSamples.expected(TestSamples.LIWAN).cell(GRANTED).display();
        assertThat(published).isEqualTo("11");

        UI.getCurrent().navigate(ReportNavigation.report(correcting));
        assertThat(shown(GRANTED)).isEqualTo(published);
        assertThat(find(Paragraph.class).withClassName("report-meta").single().getText())
                .contains("已公开").contains("第 1 版");
        assertThat(find(Div.class).withId("correction-notice").single().getElement().getTextRecursively())
                .contains("第 2 版").contains("草稿").contains("已公开的第 1 版");
        // a viewer takes no part in the correction: no way to the draft offered, and a forged URL shows the same
        assertThat(find(Anchor.class).withId("open-correction").all()).isEmpty();
        UI.getCurrent().navigate(ReportNavigation.report(correcting),
                QueryParameters.of(ReportNavigation.REVISION, ReportNavigation.WORKING));
        assertThat(shown(GRANTED)).isEqualTo(published);

        PublishedRevision revision = reports.publishedWhileCorrecting(id(correcting)).orElseThrow();
        assertThat(revision.revision()).isEqualTo(1);
        assertThat(revision.content().cell(GRANTED).display()).isEqualTo(published);
    }

    @Test
    @WithUserDetails("admin")
    void whoWorksOnTheCorrectionGetsToItAndItIsMarkedAsUnpublished() {
        LoadedReport correcting = correctionUnderWay();
        UI.getCurrent().navigate(ReportNavigation.report(correcting));
        Anchor working = find(Anchor.class).withId("open-correction").single();
        assertThat(working.getHref()).isEqualTo(ReportNavigation.workingRevision(correcting));

        UI.getCurrent().navigate(ReportNavigation.report(correcting),
                QueryParameters.of(ReportNavigation.REVISION, ReportNavigation.WORKING));
        assertThat(shown(GRANTED)).isEqualTo("12");
        assertThat(find(Paragraph.class).withId("unpublished-notice").single().getText()).contains("草稿");
        assertThat(find(Div.class).withId("correction-notice").all()).isEmpty();

        // once the correction is published, everyone sees it
        LoadedReport submitted = workflow.submit(id(correcting), v(correcting));
        as("reviewer", () -> {
            LoadedReport approved = workflow.approve(id(submitted), v(submitted));
            return workflow.publish(id(approved), v(approved));
        });
        assertThat(reports.publishedWhileCorrecting(id(correcting))).isEmpty();
        UI.getCurrent().navigate(ReportNavigation.report(correcting));
        assertThat(shown(GRANTED)).isEqualTo("12");
        assertThat(find(Div.class).withId("correction-notice").all()).isEmpty();
        assertThat(find(Paragraph.class).withId("unpublished-notice").all()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void aReportLoadedAsPublishedWithoutAPublishStepIsShownAsPublishedWhileCorrected() {
        // demo and bulk-loaded reports are published without a publish step in their history
        long reportId = jdbc.queryForObject("""
                SELECT r.id FROM annual_report r JOIN agency_closure c ON c.descendant_id = r.agency_id
                WHERE c.ancestor_id = (SELECT id FROM agency WHERE name = '淮安市') AND r.status = 'PUBLISHED'
                  AND NOT EXISTS (SELECT 1 FROM report_save s WHERE s.report_id = r.id)
                ORDER BY r.id LIMIT 1""", Long.class);
        LoadedReport published = reports.findById(reportId).orElseThrow();
        String before = published.content().cell("s3.new_received.natural_person").display();
        LoadedReport correcting = as("reviewer", () -> workflow.startCorrection(reportId,
                published.report().getVersion(), "更正申请数"));
        as("admin", () -> reports.saveContent(reportId, correcting.report().getVersion(),
                correcting.content().withCell("s3.new_received.natural_person", CellValue.of(9999))));

        PublishedRevision shown = reports.publishedWhileCorrecting(reportId).orElseThrow();
        assertThat(shown.revision()).isEqualTo(1);
        assertThat(shown.content().cell("s3.new_received.natural_person").display()).isEqualTo(before);
        UI.getCurrent().navigate(ReportNavigation.report(correcting));
        assertThat(shown("s3.new_received.natural_person")).isEqualTo(before);
        assertThat(find(Div.class).withId("correction-notice").all()).hasSize(1);
    }

    @Test
    void anUnpublishedOfficialPageSaysSoAndAPublishedOneDoesNot() {
        var content = TestSamples.expected(TestSamples.LIWAN);
        String draft = OfficialHtmlExporter.render(content, "草稿");
        assertThat(draft).contains("<title>【草稿】").contains("未公开版本（草稿）");
        assertThat(OfficialHtmlExporter.render(content)).doesNotContain("未公开版本").doesNotContain("【");
    }

    @Test
    @WithUserDetails("admin")
    void theReturnReasonShowsOnlyWhileTheReportIsReturned() {
        long agency = agencies.addChild(agencyId("淮安市"), "退回原因测试局", AgencyKind.AGENCY).getId();
        LoadedReport created = reports.create(agency, 2020);
        LoadedReport draft = reports.saveContent(id(created), v(created), TestSamples.expected(TestSamples.LIWAN));
        LoadedReport submitted = workflow.submit(id(draft), v(draft));
        LoadedReport returned = as("reviewer", () -> workflow.returnToEditor(id(submitted), v(submitted), "请核对第三部分"));

        UI.getCurrent().navigate(ReportNavigation.report(returned));
        assertThat(find(Paragraph.class).withId("return-reason").single().getText()).contains("请核对第三部分");

        LoadedReport again = workflow.submit(id(returned), v(returned));
        UI.getCurrent().navigate(ReportNavigation.report(again));
        assertThat(find(Paragraph.class).withId("return-reason").all()).isEmpty();
        as("reviewer", () -> workflow.approve(id(again), v(again)));
        UI.getCurrent().navigate(ReportNavigation.report(again));
        assertThat(find(Paragraph.class).withId("return-reason").all()).isEmpty();
    }

    @Test
    @WithUserDetails("reviewer")
    void approvingAndPublishingAreAskedFirstAndCancellingChangesNothing() {
        long agency = as("admin", () -> agencies.addChild(agencyId("淮安市"), "确认测试局",
                AgencyKind.AGENCY).getId());
        LoadedReport submitted = as("admin", () -> {
            LoadedReport created = reports.create(agency, 2020);
            LoadedReport draft = reports.saveContent(id(created), v(created), TestSamples.expected(TestSamples.LIWAN));
            return workflow.submit(id(draft), v(draft));
        });
        UI.getCurrent().navigate(ReportNavigation.report(submitted));
        find(Button.class).withId("action-approve").single().click();
        assertThat(find(Paragraph.class).withId("confirm-consequence").single().getText()).contains("填报人不能再修改");
        find(Button.class).withId("confirm-cancel").single().click();
        assertThat(status(submitted)).isEqualTo(ReportStatus.SUBMITTED);

        find(Button.class).withId("action-approve").single().click();
        find(Button.class).withId("confirm-ok").single().click();
        assertThat(status(submitted)).isEqualTo(ReportStatus.APPROVED);

        UI.getCurrent().navigate(ReportNavigation.report(submitted));
        find(Button.class).withId("action-publish").single().click();
        assertThat(find(Paragraph.class).withId("confirm-consequence").single().getText()).contains("正式公开版本");
        find(Button.class).withId("confirm-ok").single().click();
        assertThat(status(submitted)).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(notifications()).contains("报告状态已改为“已公开”。");

        // starting a correction says what it started, not just "草稿"
        UI.getCurrent().navigate(ReportNavigation.report(submitted));
        find(Button.class).withId("action-correct").single().click();
        find(com.vaadin.flow.component.textfield.TextArea.class).withId("reason").single().setValue("更正申请数");
        find(Button.class).withId("reason-ok").single().click();
        assertThat(notifications()).anyMatch(n -> n.startsWith("已开始更正：第 2 版为草稿")
                && n.contains("已公开的第 1 版"));
        // the reviewer, who may not edit the draft, lands on the report (not on a refused editor): the published
        // revision with the notice that a correction is under way
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(ReportNavigation.report(reports.findById(id(submitted)).orElseThrow()));
        assertThat(find(Div.class).withId("correction-notice").single().getElement().getTextRecursively())
                .contains("第 2 版");
    }

    private java.util.List<String> notifications() {
        return find(com.vaadin.flow.component.notification.Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text", "")).toList();
    }

    private ReportStatus status(LoadedReport r) {
        return reports.findById(id(r)).orElseThrow().report().getStatus();
    }

    @Test
    void openFindingsAreNamedInTheConfirmation() {
        var findings = org.disclosuredesk.validation.Validator.validate(
                TestSamples.expected(TestSamples.LIWAN).withCell("s3.granted.natural_person", CellValue.of(12345)));
        assertThat(findings).isNotEmpty();
        assertThat(ReportActions.openWarnings(new Div(), findings)).singleElement().asString()
                .contains(String.valueOf(findings.size())).contains(findings.get(0).ruleId());
        assertThat(ReportActions.openWarnings(new Div(), java.util.List.of())).isEmpty();
    }
}
