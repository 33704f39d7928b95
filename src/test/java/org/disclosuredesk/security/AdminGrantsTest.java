package org.disclosuredesk.security;

import org.disclosuredesk.error.UserFacingException;
import org.disclosuredesk.SpringTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No administrator grants a role at or above their own scope: an administrator of 淮安市 grants ADMIN only
 * strictly below 淮安市 and cannot touch a peer administrator; the root administrator may do everything.
 * Each test runs in a transaction rolled back after it, so the accounts need no unique names.
 */
@Transactional
class AdminGrantsTest extends SpringTestBase {

    private static final String PASSWORD = "longenough";

    @Autowired
    UserAdminService users;
    @Autowired
    AdminGrants grants;

    private String cityAdmin;
    private AppUser peerAdmin;

    @BeforeEach
    void aCityAdministratorAndAPeer() {
        loginAs("admin");
        cityAdmin = "cityadm";
        users.create(cityAdmin, "淮安市管理员", Role.ADMIN, agencyId("淮安市"), PASSWORD);
        peerAdmin = users.create("peeradm", "淮安市另一管理员", Role.ADMIN, agencyId("淮安市"), PASSWORD);
    }

    private static void refusedGrant(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOf(UserFacingException.class).hasMessage("admin.error.grant");
    }

    @Test
    void theRootAdministratorGrantsEveryRoleEverywhere() {
        loginAs("admin");
        assertThat(users.grantableRoles(agencyId("全国"))).containsExactly(Role.values());
        assertThat(users.grantableRoles(agencyId("淮安市"))).containsExactly(Role.values());
        AppUser rootAdmin = users.create("rootadm", "第二位系统管理员", Role.ADMIN, agencyId("全国"), PASSWORD);
        assertThat(rootAdmin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(users.mayManage(peerAdmin)).isTrue();
    }

    @Test
    void aSubtreeAdministratorCannotCreateAnAdministratorAtOrAboveTheirAgency() {
        AppUserPrincipal me = loginAs(cityAdmin);
        assertThat(users.grantableRoles(agencyId("淮安市"))).containsExactly(Role.VIEWER, Role.EDITOR, Role.REVIEWER);
        assertThat(grants.mayGrant(me, Role.ADMIN, agencyId("淮安市"))).isFalse();
        refusedGrant(() -> users.create("sameadm", "同级管理员", Role.ADMIN, agencyId("淮安市"), PASSWORD));
        // above their agency: out of scope altogether
        assertThat(users.grantableRoles(agencyId("江苏省"))).isEmpty();
        assertThatThrownBy(() -> users.create("upadm", "上级管理员", Role.ADMIN, agencyId("江苏省"), PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username IN (?, ?)", Integer.class,
                "sameadm", "upadm")).isZero();
        // other roles at their own agency, and ADMIN strictly below it, are theirs to grant
        assertThat(users.create("cityrev", "审核人", Role.REVIEWER, agencyId("淮安市"), PASSWORD).getRole())
                .isEqualTo(Role.REVIEWER);
        assertThat(users.grantableRoles(agencyId("淮安市教育局"))).contains(Role.ADMIN);
        AppUser below = users.create("eduadm", "教育局管理员", Role.ADMIN, agencyId("淮安市教育局"), PASSWORD);
        assertThat(users.mayManage(below)).isTrue();
        users.setEnabled(below.getId(), false);
        users.setEnabled(below.getId(), true);
    }

    @Test
    void aSubtreeAdministratorCannotPromoteToAdministratorAtTheirAgencyNorTouchAPeer() {
        loginAs(cityAdmin);
        AppUser clerk = users.create("clerk", "填报员", Role.EDITOR, agencyId("淮安市"), PASSWORD);
        refusedGrant(() -> users.changeAccess(clerk.getId(), Role.ADMIN, agencyId("淮安市")));
        assertThat(users.changeAccess(clerk.getId(), Role.REVIEWER, agencyId("淮安市")).getRole())
                .isEqualTo(Role.REVIEWER);
        // moved below, the same person may be made an administrator there
        AppUser moved = users.changeAccess(clerk.getId(), Role.ADMIN, agencyId("淮安市教育局"));
        assertThat(moved.getRole()).isEqualTo(Role.ADMIN);
        assertThat(moved.getAgencyId()).isEqualTo(agencyId("淮安市教育局"));

        // the peer administrator at 淮安市: not offered, and refused by the service
        assertThat(users.mayManage(peerAdmin)).isFalse();
        refusedGrant(() -> users.setEnabled(peerAdmin.getId(), false));
        refusedGrant(() -> users.resetPassword(peerAdmin.getId(), "anotherpassword"));
        refusedGrant(() -> users.changeAccess(peerAdmin.getId(), Role.EDITOR, agencyId("淮安市")));
        assertThat(userDetails.loadUserByUsername(peerAdmin.getUsername()).isEnabled()).isTrue();
        assertThat(((AppUserPrincipal) userDetails.loadUserByUsername(peerAdmin.getUsername())).role())
                .isEqualTo(Role.ADMIN);
        // and never their own account
        long self = ((AppUserPrincipal) userDetails.loadUserByUsername(cityAdmin)).userId();
        assertThatThrownBy(() -> users.changeAccess(self, Role.ADMIN, agencyId("淮安市教育局")))
                .hasMessage("admin.error.self");
    }

    @Test
    void resettingAPasswordChangesItAndNeedsALongOne() {
        loginAs(cityAdmin);
        AppUser clerk = users.create("pwclerk", "填报员", Role.EDITOR, agencyId("淮安市教育局"), PASSWORD);
        String before = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class,
                clerk.getId());
        assertThatThrownBy(() -> users.resetPassword(clerk.getId(), "short")).hasMessage("admin.error.password");
        users.resetPassword(clerk.getId(), "a-new-password");
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, clerk.getId()))
                .isNotEqualTo(before).doesNotContain("a-new-password");
    }
}
