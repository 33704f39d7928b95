package org.disclosuredesk.agency;

import org.disclosuredesk.security.AccessPolicy;
import org.disclosuredesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Agencies for administrators: browse the hierarchy and add agencies under one in their subtree. */
@Service
public class AgencyAdminService {

    private final AgencyService agencies;
    private final AccessPolicy access;

    public AgencyAdminService(AgencyService agencies, AccessPolicy access) {
        this.agencies = agencies;
        this.access = access;
    }

    /** The administrator's own agency: the root of what they manage. */
    @PreAuthorize("hasRole('ADMIN')")
    public Agency root() {
        return agencies.get(CurrentUser.require().agencyId());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Agency> children(long parentId) {
        access.requireRead(parentId);
        return agencies.children(parentId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public boolean hasChildren(long id) {
        access.requireRead(id);
        return !agencies.children(id).isEmpty();
    }

    /** @throws IllegalArgumentException with an i18n key when the name is not acceptable */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Agency addChild(long parentId, String name, AgencyKind kind) {
        access.requireRead(parentId);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new IllegalArgumentException("admin.error.agencyName");
        }
        if (agencies.children(parentId).stream().anyMatch(a -> a.getName().equals(n))) {
            throw new IllegalArgumentException("admin.error.agencyExists");
        }
        Agency parent = agencies.get(parentId);
        return agencies.create(Agency.childOf(parent, n, kind == null ? AgencyKind.AGENCY : kind,
                agencies.children(parentId).size() + 1));
    }
}
