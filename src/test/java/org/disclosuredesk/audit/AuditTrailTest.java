package org.disclosuredesk.audit;

import org.disclosuredesk.error.UserFacingException;
import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.agency.Agency;
import org.disclosuredesk.agency.AgencyAdminService;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportWorkflow;
import org.disclosuredesk.security.AppUser;
import org.disclosuredesk.security.Role;
import org.disclosuredesk.security.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change to accounts, agencies and the report workflow leaves one audit event, in the change's own
 * transaction; administrators read the events of their subtree, newest first, filtered and paged. Each test runs
 * in a transaction rolled back after it (the audit log joins it), except the one about transactions themselves.
 */
@Transactional
class AuditTrailTest extends SpringTestBase {

    private static final String PASSWORD = "longenough";

    @Autowired
    UserAdminService users;
    @Autowired
    AgencyAdminService agencyAdmin;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AuditService audit;
    @Autowired
    AuditLog log;
    @Autowired
    PlatformTransactionManager transactions;

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The events about this target, oldest first, as "ACTION by actor: detail". */
    private List<String> eventsAbout(String target) {
        return jdbc.query("SELECT action, actor, detail FROM audit_event WHERE target = ? ORDER BY id",
                (rs, i) -> rs.getString(1) + " by " + rs.getString(2) + ": " + rs.getString(3), target);
    }

    @Test
    void accountChangesAreAudited() {
        loginAs("admin");
        String name = "audited";
        long edu = agencyId("淮安市教育局");
        AppUser user = users.create(name, "被审计的用户", Role.EDITOR, edu, PASSWORD);
        users.setEnabled(user.getId(), false);
        users.setEnabled(user.getId(), true);
        users.changeAccess(user.getId(), Role.REVIEWER, edu);
        users.changeAccess(user.getId(), Role.REVIEWER, agencyId("淮安市"));
        users.resetPassword(user.getId(), "another-password");
        assertThat(eventsAbout("user:" + name)).containsExactly(
                "USER_CREATED by admin: EDITOR @ " + edu,
                "USER_DISABLED by admin: null",
                "USER_ENABLED by admin: null",
                "ROLE_CHANGED by admin: EDITOR → REVIEWER",
                "AGENCY_CHANGED by admin: " + edu + " → " + agencyId("淮安市"),
                "AGENCY_CHANGED by admin: " + edu + " → " + agencyId("淮安市"),
                "PASSWORD_RESET by admin: null");
        // the password itself is never written anywhere in the trail
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE detail LIKE '%password%'",
                Integer.class)).isZero();
    }

    @Test
    void agencyChangesAreAudited() {
        loginAs("admin");
        Agency added = agencyAdmin.addChild(agencyId("淮安市"), "审计测试局", AgencyKind.AGENCY);
        String newName = "改名后的局";
        agencyAdmin.rename(added.getId(), newName);
        List<String> events = jdbc.queryForList("SELECT CONCAT(action, ' ', actor) FROM audit_event"
                + " WHERE target LIKE ? ORDER BY id", String.class, "agency:" + added.getId() + " %");
        assertThat(events).containsExactly("AGENCY_ADDED admin", "AGENCY_RENAMED admin");
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE action = 'AGENCY_RENAMED' AND target = ?",
                String.class, "agency:" + added.getId() + " " + newName)).isEqualTo(added.getName() + " → " + newName);
    }

    @Test
    void workflowStepsAreAuditedWithTheirReason() {
        loginAs("admin");
        Agency agency = agencyAdmin.addChild(agencyId("淮安市"), "流程审计局", AgencyKind.AGENCY);
        LoadedReport created = reports.create(agency.getId(), 2020);
        LoadedReport draft = reports.saveContent(id(created), v(created), TestSamples.expected(TestSamples.LIWAN));
        LoadedReport submitted = workflow.submit(id(draft), v(draft));
        loginAs("reviewer");
        LoadedReport returned = workflow.returnToEditor(id(submitted), v(submitted), "数据需核对");
        loginAs("admin");
        LoadedReport again = workflow.submit(id(returned), v(returned));
        loginAs("reviewer");
        LoadedReport approved = workflow.approve(id(again), v(again));
        LoadedReport published = workflow.publish(id(approved), v(approved));
        workflow.startCorrection(id(published), v(published), "更正复议数据");
        String report = "reports/2020/" + agency.getId();
        assertThat(eventsAbout(report + " r1")).containsExactly(
                "REPORT_SUBMITTED by admin: null",
                "REPORT_RETURNED by reviewer: 数据需核对",
                "REPORT_SUBMITTED by admin: null",
                "REPORT_APPROVED by reviewer: null",
                "REPORT_PUBLISHED by reviewer: null");
        assertThat(eventsAbout(report + " r2")).containsExactly("REPORT_CORRECTION_STARTED by reviewer: 更正复议数据");
    }

    /** Not in a test transaction: it needs the log's refusal outside one, and a transaction of its own to roll back. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void anEventIsWrittenOnlyWithItsChangeAndRolledBackWithIt() {
        // outside a transaction the log refuses to write at all
        assertThatThrownBy(() -> log.record("x", AuditAction.USER_CREATED, "user:x", null, 1))
                .isInstanceOf(IllegalTransactionStateException.class);
        loginAs("admin");
        AppUser user = users.create("rolledback" + suffix(), "回滚测试", Role.EDITOR, agencyId("淮安市教育局"), PASSWORD);
        int before = count();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            users.setEnabled(user.getId(), false);
            tx.setRollbackOnly();
        });
        assertThat(count()).isEqualTo(before);
        assertThat(userDetails.loadUserByUsername(user.getUsername()).isEnabled()).isTrue();
        // a refused change leaves no event either
        assertThatThrownBy(() -> users.create("x", "名字", Role.EDITOR, agencyId("淮安市"), "short"))
                .isInstanceOf(UserFacingException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void administratorsReadTheirSubtreeNewestFirstFilteredAndPaged() {
        loginAs("admin");
        users.create("huaian", "淮安用户", Role.EDITOR, agencyId("淮安市教育局"), PASSWORD);
        users.create("liwan", "荔湾用户", Role.VIEWER, agencyId("广州市荔湾区政务服务数据管理局"), PASSWORD);
        String cityAdmin = "auditadm";
        users.create(cityAdmin, "淮安市管理员", Role.ADMIN, agencyId("淮安市"), PASSWORD);

        List<AuditEvent> all = audit.page(AuditFilter.none(), 0, 1000);
        assertThat(all).extracting(AuditEvent::target).contains("user:huaian", "user:liwan");
        assertThat(all).extracting(AuditEvent::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(audit.count(AuditFilter.none())).isEqualTo(count());
        // paging: two pages of one are the two newest events
        assertThat(audit.page(AuditFilter.none(), 0, 1).get(0).target()).isEqualTo("user:" + cityAdmin);
        assertThat(audit.page(AuditFilter.none(), 1, 1).get(0).target()).isEqualTo("user:liwan");
        assertThat(audit.page(new AuditFilter("adm", AuditAction.USER_CREATED), 0, 1000))
                .allMatch(e -> e.actor().startsWith("adm") && e.action() == AuditAction.USER_CREATED).isNotEmpty();
        assertThat(audit.count(new AuditFilter("nobody%", null))).isZero();

        // an administrator of 淮安市 sees 淮安's events, not 广州's
        loginAs(cityAdmin);
        List<AuditEvent> city = audit.page(AuditFilter.none(), 0, 1000);
        assertThat(city).extracting(AuditEvent::target).contains("user:huaian", "user:" + cityAdmin)
                .doesNotContain("user:liwan");
        assertThat(audit.count(AuditFilter.none())).isEqualTo(city.size()).isLessThan(count());
        // and only administrators read the trail
        loginAs("reviewer");
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AuthorizationDeniedException.class);
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class);
    }

    private static long id(LoadedReport r) {
        return r.report().getId();
    }

    private static long v(LoadedReport r) {
        return r.report().getVersion();
    }
}
