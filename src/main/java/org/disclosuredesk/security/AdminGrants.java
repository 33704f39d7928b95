package org.disclosuredesk.security;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Which roles an administrator may grant, and whose accounts they may change: the one place for it, used by
 * {@link UserAdminService} (enforced) and the user administration view (what it offers).
 * <p>
 * No administrator grants a role at or above their own scope (decision 013). The root administrator (whose
 * agency has no parent) may grant every role anywhere. An administrator of a subtree may grant VIEWER, EDITOR
 * and REVIEWER within it, and ADMIN only strictly below their own agency: never a peer administrator at their
 * own agency, and nothing above it (out of scope anyway). They may change only accounts they could have
 * created, and never their own.
 */
@Component
public class AdminGrants {

    private static final List<Role> BELOW_ADMIN = List.of(Role.VIEWER, Role.EDITOR, Role.REVIEWER);

    private final AccessPolicy access;

    public AdminGrants(AccessPolicy access) {
        this.access = access;
    }

    /** The roles the administrator may give a user of this agency; none outside their scope. */
    public List<Role> grantable(AppUserPrincipal admin, long agencyId) {
        if (admin.role() != Role.ADMIN || !access.inScope(admin, agencyId)) {
            return List.of();
        }
        if (agencyId != admin.agencyId() || access.atRoot(admin)) {
            return List.of(Role.values());
        }
        return BELOW_ADMIN;
    }

    public boolean mayGrant(AppUserPrincipal admin, Role role, long agencyId) {
        return role != null && grantable(admin, agencyId).contains(role);
    }

    /** Whether the administrator may change this account (enable, role, agency, password). */
    public boolean mayManage(AppUserPrincipal admin, AppUser user) {
        return user.getId() != admin.userId() && mayGrant(admin, user.getRole(), user.getAgencyId());
    }
}
