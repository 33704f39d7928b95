package org.disclosuredesk.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("app_user")
public class AppUser {
    @Id
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    private Role role;
    private long agencyId;
    private boolean enabled;
    @Version
    private Long version;

    @PersistenceCreator
    AppUser(Long id, String username, String passwordHash, String displayName, Role role, long agencyId,
            boolean enabled, Long version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.agencyId = agencyId;
        this.enabled = enabled;
        this.version = version;
    }

    public static AppUser create(String username, String passwordHash, String displayName, Role role, long agencyId) {
        return new AppUser(null, username, passwordHash, displayName, role, agencyId, true, null);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setRole(Role role) {
        this.role = role;
    }

    void setAgencyId(long agencyId) {
        this.agencyId = agencyId;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
