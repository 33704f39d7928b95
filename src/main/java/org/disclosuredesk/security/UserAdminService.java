package org.disclosuredesk.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Users for administrators: listing and creating, within the administrator's agency subtree. */
@Service
public class UserAdminService {

    public static final int MIN_PASSWORD = 8;

    private final AppUserRepository users;
    private final AccessPolicy access;
    private final PasswordEncoder passwords;

    public UserAdminService(AppUserRepository users, AccessPolicy access, PasswordEncoder passwords) {
        this.users = users;
        this.access = access;
        this.passwords = passwords;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AppUser> list() {
        AppUserPrincipal admin = CurrentUser.require();
        return users.findAll().stream().filter(u -> access.inScope(admin, u.getAgencyId())).toList();
    }

    /** @throws IllegalArgumentException with an i18n key when the input is not acceptable */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser create(String username, String displayName, Role role, long agencyId, String password) {
        AppUserPrincipal admin = CurrentUser.require();
        if (!access.inScope(admin, agencyId)) {
            throw new org.springframework.security.access.AccessDeniedException("agency " + agencyId + " out of scope");
        }
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9_.-]{3,64}")) {
            throw new IllegalArgumentException("admin.error.username");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new IllegalArgumentException("admin.error.displayName");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("admin.error.password");
        }
        if (role == null) {
            throw new IllegalArgumentException("admin.error.role");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("admin.error.exists");
        }
        return users.save(AppUser.create(name, passwords.encode(password), displayName.strip(), role, agencyId));
    }

    /** Disables (or re-enables) a user of the administrator's subtree; a disabled user cannot log in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser setEnabled(long userId, boolean enabled) {
        AppUserPrincipal admin = CurrentUser.require();
        AppUser user = users.findById(userId).orElseThrow(() -> new IllegalArgumentException("admin.error.noUser"));
        if (!access.inScope(admin, user.getAgencyId())) {
            throw new org.springframework.security.access.AccessDeniedException("user " + userId + " out of scope");
        }
        if (user.getId() == admin.userId()) {
            throw new IllegalArgumentException("admin.error.self");
        }
        user.setEnabled(enabled);
        return users.save(user);
    }
}
