package org.disclosuredesk.security;

import org.disclosuredesk.error.UserFacingException;
import org.disclosuredesk.audit.AuditAction;
import org.disclosuredesk.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Users for administrators: listing, creating and changing accounts within the administrator's agency subtree,
 * under {@link AdminGrants}. Every change is audited in its own transaction.
 */
@Service
public class UserAdminService {

    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);

    public static final int MIN_PASSWORD = 8;

    /** An agency a user can be placed at. */
    public record AgencyChoice(long id, String name) {
    }

    private final AppUserRepository users;
    private final AccessPolicy access;
    private final AdminGrants grants;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    public UserAdminService(AppUserRepository users, AccessPolicy access, AdminGrants grants,
                            PasswordEncoder passwords, AuditLog audit, JdbcTemplate jdbc) {
        this.users = users;
        this.access = access;
        this.grants = grants;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AppUser> list() {
        AppUserPrincipal admin = CurrentUser.require();
        return users.findAll().stream().filter(u -> access.inScope(admin, u.getAgencyId())).toList();
    }

    /** The agencies of the administrator's subtree a user can be placed at (sub-units only where users already are). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AgencyChoice> agencies() {
        return jdbc.query("""
                SELECT a.id, a.name FROM agency a JOIN agency_closure c ON c.descendant_id = a.id
                WHERE c.ancestor_id = ? AND (a.kind <> 'SUB_UNIT' OR a.id IN (SELECT agency_id FROM app_user))
                ORDER BY a.name""", (rs, i) -> new AgencyChoice(rs.getLong(1), rs.getString(2)),
                CurrentUser.require().agencyId());
    }

    /** The roles the administrator may give a user of this agency (what the form offers). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<Role> grantableRoles(long agencyId) {
        return grants.grantable(CurrentUser.require(), agencyId);
    }

    /** Whether the administrator may change this account (what the grid offers). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public boolean mayManage(AppUser user) {
        return grants.mayManage(CurrentUser.require(), user);
    }

    /** @throws UserFacingException with an i18n key when the input is not acceptable */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public AppUser create(String username, String displayName, Role role, long agencyId, String password) {
        AppUserPrincipal admin = requireInScope(agencyId);
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9_.-]{3,64}")) {
            throw new UserFacingException("admin.error.username");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new UserFacingException("admin.error.displayName");
        }
        checkPassword(password);
        if (role == null) {
            throw new UserFacingException("admin.error.role");
        }
        requireGrant(admin, role, agencyId);
        if (users.findByUsername(name).isPresent()) {
            throw new UserFacingException("admin.error.exists");
        }
        AppUser created;
        try {
            created = users.save(AppUser.create(name, passwords.encode(password), displayName.strip(), role, agencyId));
        } catch (DuplicateKeyException e) {
            // the same name added at the same moment by someone else: the unique key decided
            throw new UserFacingException("admin.error.exists");
        }
        audit.record(admin.username(), AuditAction.USER_CREATED, target(created), role + " @ " + agencyId, agencyId);
        return created;
    }

    /** Disables (or re-enables) a user of the administrator's subtree; a disabled user cannot log in. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public AppUser setEnabled(long userId, boolean enabled) {
        AppUserPrincipal admin = CurrentUser.require();
        AppUser user = manageable(admin, userId);
        if (user.isEnabled() == enabled) {
            return user;
        }
        user.setEnabled(enabled);
        AppUser saved = users.save(user);
        audit.record(admin.username(), enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, target(user),
                null, user.getAgencyId());
        return saved;
    }

    /** Gives a user another role and/or agency, under the same rule as creating one. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public AppUser changeAccess(long userId, Role role, long agencyId) {
        AppUserPrincipal admin = requireInScope(agencyId);
        AppUser user = manageable(admin, userId);
        if (role == null) {
            throw new UserFacingException("admin.error.role");
        }
        requireGrant(admin, role, agencyId);
        Role oldRole = user.getRole();
        long oldAgency = user.getAgencyId();
        if (oldRole == role && oldAgency == agencyId) {
            return user;
        }
        user.setRole(role);
        user.setAgencyId(agencyId);
        AppUser saved = users.save(user);
        if (oldRole != role) {
            audit.record(admin.username(), AuditAction.ROLE_CHANGED, target(user), oldRole + " → " + role, agencyId);
        }
        if (oldAgency != agencyId) {
            // recorded under both agencies, so the administrators of either see the move
            String detail = oldAgency + " → " + agencyId;
            audit.record(admin.username(), AuditAction.AGENCY_CHANGED, target(user), detail, agencyId);
            audit.record(admin.username(), AuditAction.AGENCY_CHANGED, target(user), detail, oldAgency);
        }
        return saved;
    }

    /** Sets a new initial password for a user who lost theirs. The audit records that it happened, never the password. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void resetPassword(long userId, String password) {
        AppUserPrincipal admin = CurrentUser.require();
        AppUser user = manageable(admin, userId);
        checkPassword(password);
        user.setPasswordHash(passwords.encode(password));
        users.save(user);
        audit.record(admin.username(), AuditAction.PASSWORD_RESET, target(user), null, user.getAgencyId());
    }

    private AppUserPrincipal requireInScope(long agencyId) {
        AppUserPrincipal admin = CurrentUser.require();
        if (!access.inScope(admin, agencyId)) {
            throw new AccessDeniedException("agency " + agencyId + " out of scope");
        }
        return admin;
    }

    private void requireGrant(AppUserPrincipal admin, Role role, long agencyId) {
        if (!grants.mayGrant(admin, role, agencyId)) {
            log.warn("Grant refused: admin={} role={} agency={}", admin.username(), role, agencyId);
            throw new UserFacingException("admin.error.grant");
        }
    }

    private AppUser manageable(AppUserPrincipal admin, long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new UserFacingException("admin.error.noUser"));
        if (!access.inScope(admin, user.getAgencyId())) {
            throw new AccessDeniedException("user " + userId + " out of scope");
        }
        if (user.getId() == admin.userId()) {
            throw new UserFacingException("admin.error.self");
        }
        if (!grants.mayManage(admin, user)) {
            log.warn("Account change refused: admin={} user={}", admin.username(), user.getUsername());
            throw new UserFacingException("admin.error.grant");
        }
        return user;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new UserFacingException("admin.error.password");
        }
        if (password.isBlank()) {
            // eight spaces are eight characters, but no password
            throw new UserFacingException("admin.error.passwordBlank");
        }
    }

    private static String target(AppUser user) {
        return "user:" + user.getUsername();
    }
}
