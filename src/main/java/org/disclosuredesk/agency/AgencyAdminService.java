package org.disclosuredesk.agency;

import org.disclosuredesk.error.UserFacingException;
import org.disclosuredesk.audit.AuditAction;
import org.disclosuredesk.audit.AuditLog;
import org.disclosuredesk.security.AccessPolicy;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.security.CurrentUser;
import org.disclosuredesk.security.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Year;
import java.util.List;

/** Agencies for administrators: browse the hierarchy, add and rename agencies in their subtree; both audited. */
@Service
public class AgencyAdminService {

    private final AgencyService agencies;
    private final AccessPolicy access;
    private final AuditLog audit;

    public AgencyAdminService(AgencyService agencies, AccessPolicy access, AuditLog audit) {
        this.agencies = agencies;
        this.access = access;
        this.audit = audit;
    }

    /** The administrator's own agency: the root of what they manage. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Agency root() {
        return agencies.get(CurrentUser.require().agencyId());
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<Agency> children(long parentId) {
        access.requireRead(parentId);
        return agencies.children(parentId);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public boolean hasChildren(long id) {
        access.requireRead(id);
        return !agencies.children(id).isEmpty();
    }

    /**
     * @throws UserFacingException with an i18n key when the name is not acceptable or the parent already has
     *                                  an agency of that name (also when someone else added it a moment ago)
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public Agency addChild(long parentId, String name, AgencyKind kind) {
        AppUserPrincipal admin = access.requireRead(parentId);
        String n = checkName(parentId, name, null);
        Agency parent = agencies.get(parentId);
        Agency created;
        try {
            // it reports from this year on: not overdue for the years before it was added
            created = agencies.create(Agency.childOf(parent, n, kind == null ? AgencyKind.AGENCY : kind,
                    agencies.children(parentId).size() + 1, Year.now().getValue()));
        } catch (DuplicateKeyException e) {
            // the check above passed, but a concurrent add of the same name committed first: the unique key decided
            throw new UserFacingException("admin.error.agencyExists");
        }
        audit.record(admin.username(), AuditAction.AGENCY_ADDED, target(created), "parent " + parentId,
                created.getId());
        return created;
    }

    /** Renames an agency of the administrator's subtree (not their own: that is the parent administrator's). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public Agency rename(long agencyId, String name) {
        AppUserPrincipal admin = access.requireRead(agencyId);
        Agency agency = agencies.get(agencyId);
        if (agency.getId() == admin.agencyId()) {
            throw new UserFacingException("admin.error.renameOwn");
        }
        String before = agency.getName();
        String n = checkName(agency.getParentId(), name, agencyId);
        agency.setName(n);
        Agency saved;
        try {
            saved = agencies.save(agency);
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("admin.error.agencyExists");
        }
        audit.record(admin.username(), AuditAction.AGENCY_RENAMED, target(saved), before + " → " + n, agencyId);
        return saved;
    }

    /** The stripped name, refused when empty, too long or already used by a sibling (other than {@code self}). */
    private String checkName(Long parentId, String name, Long self) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new UserFacingException("admin.error.agencyName");
        }
        // a quick answer for the common case; the database's unique key is what holds under concurrency
        if (agencies.children(parentId).stream()
                .anyMatch(a -> !a.getId().equals(self) && a.getName().equalsIgnoreCase(n))) {
            throw new UserFacingException("admin.error.agencyExists");
        }
        return n;
    }

    private static String target(Agency agency) {
        return "agency:" + agency.getId() + " " + agency.getName();
    }
}
