package org.disclosuredesk.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** The logged-in user as Spring Security sees it: small and serializable (it lives in the session). */
public record AppUserPrincipal(long userId, String username, String passwordHash, String displayName, Role role,
                               long agencyId, boolean enabled) implements UserDetails, Serializable {

    public static AppUserPrincipal of(AppUser u) {
        return new AppUserPrincipal(u.getId(), u.getUsername(), u.getPasswordHash(), u.getDisplayName(), u.getRole(),
                u.getAgencyId(), u.isEnabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
