package org.disclosuredesk.security;

import org.disclosuredesk.error.UserFacingException;
import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportWorkflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An editor of agency A (淮安市教育局) against agency B's report (荔湾区's seed): every attempt refused and logged. */
@ExtendWith(OutputCaptureExtension.class)
@org.springframework.transaction.annotation.Transactional // rolled back after each test: its accounts are never committed
class AgencyScopeSecurityTest extends SpringTestBase {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    UserAdminService users;

    private LoadedReport seedAsItsEditor() {
        loginAs("editor");
        return reports.find(agencyId("广州市荔湾区政务服务数据管理局"), 2020).orElseThrow();
    }

    @Test
    void editorOfAnotherAgencyIsRefusedEverythingAndEachRefusalIsLogged(CapturedOutput output) {
        LoadedReport seed = seedAsItsEditor();
        long id = seed.report().getId();
        long v = seed.report().getVersion();
        long agency = seed.report().getAgencyId();
        loginAs("editor2");
        assertThatThrownBy(() -> reports.find(agency, 2020)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.findById(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.saveContent(id, v, seed.content())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.submit(id, v)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.approve(id, v)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> reports.history(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.create(agency, 2023)).isInstanceOf(AccessDeniedException.class);
        assertThat(output.getAll()).contains("Access refused: user=editor2 role=EDITOR action=read agency=" + agency)
                .contains("Access refused: user=editor2 role=EDITOR action=edit agency=" + agency);
        // nothing changed
        loginAs("editor");
        assertThat(reports.findById(id).orElseThrow().report().getVersion()).isEqualTo(v);
    }

    @Test
    void reviewerActsOnlyWithinTheirSubtree() {
        LoadedReport seed = seedAsItsEditor(); // 广州: outside the reviewer's 淮安市
        loginAs("reviewer");
        assertThatThrownBy(() -> reports.findById(seed.report().getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.approve(seed.report().getId(), seed.report().getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.returnToEditor(seed.report().getId(), seed.report().getVersion(), "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void notLoggedInIsRefused() {
        assertThatThrownBy(() -> reports.count(org.disclosuredesk.report.ReportListFilter.none()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void onlyAdminsManageUsersAndOnlyWithinScope() {
        loginAs("reviewer");
        assertThatThrownBy(() -> users.list()).isInstanceOf(AuthorizationDeniedException.class);
        loginAs("admin");
        assertThat(users.list()).extracting(AppUser::getUsername).contains("viewer", "editor", "reviewer");
        assertThatThrownBy(() -> users.create("x", "名字", Role.EDITOR, agencyId("淮安市"), "short"))
                .isInstanceOf(UserFacingException.class).hasMessage("admin.error.username");
        assertThatThrownBy(() -> users.create("newuser1", "名字", Role.EDITOR, agencyId("淮安市"), "short"))
                .isInstanceOf(UserFacingException.class).hasMessage("admin.error.password");
        assertThatThrownBy(() -> users.create("editor", "名字", Role.EDITOR, agencyId("淮安市"), "longenough"))
                .isInstanceOf(UserFacingException.class).hasMessage("admin.error.exists");
        AppUser created = users.create("huaian.edu", "教育局新填报员", Role.EDITOR, agencyId("淮安市教育局"), "longenough");
        assertThat(created.getId()).isNotNull();
        assertThat(created.getPasswordHash()).doesNotContain("longenough");
    }

    @Test
    void aDisabledUserCannotLogIn() {
        loginAs("admin");
        AppUser user = users.create("temp.clerk", "临时填报员", Role.EDITOR, agencyId("淮安市教育局"), "longenough");
        users.setEnabled(user.getId(), false);
        assertThat(userDetails.loadUserByUsername("temp.clerk").isEnabled()).isFalse();
        long self = ((AppUserPrincipal) userDetails.loadUserByUsername("admin")).userId();
        assertThatThrownBy(() -> users.setEnabled(self, false)).hasMessage("admin.error.self");
        users.setEnabled(user.getId(), true);
        assertThat(userDetails.loadUserByUsername("temp.clerk").isEnabled()).isTrue();
    }
}
