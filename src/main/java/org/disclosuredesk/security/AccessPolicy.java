package org.disclosuredesk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashSet;
import java.util.Set;

/**
 * Agency scope checks that every service method runs on the server: a role alone is not enough,
 * the agency must lie in the user's subtree (editors: their own agency). Refusals are logged.
 */
@Component
public class AccessPolicy {

    private static final Logger log = LoggerFactory.getLogger(AccessPolicy.class);

    private static final String GRANTED = AccessPolicy.class.getName() + ".granted";

    private final JdbcTemplate jdbc;

    public AccessPolicy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean inScope(AppUserPrincipal user, long agencyId) {
        Set<Scope> granted = grantedThisRequest();
        Scope scope = new Scope(user.agencyId(), agencyId);
        if (granted != null && granted.contains(scope)) {
            return true;
        }
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM agency_closure WHERE ancestor_id = ? AND descendant_id = ?",
                Integer.class, user.agencyId(), agencyId);
        boolean in = n != null && n > 0;
        if (in && granted != null) {
            granted.add(scope);
        }
        return in;
    }

    private record Scope(long ancestor, long descendant) {
    }

    /**
     * The scopes already found granted in this HTTP request (null outside one): building one dashboard view asks
     * the same question of several services. Only grants are kept, and only for the request: agencies are never
     * moved or removed, so a grant cannot turn into a refusal while the request lasts.
     */
    @SuppressWarnings("unchecked")
    private static Set<Scope> grantedThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object set = request.getAttribute(GRANTED, RequestAttributes.SCOPE_REQUEST);
        if (set == null) {
            set = new HashSet<Scope>();
            request.setAttribute(GRANTED, set, RequestAttributes.SCOPE_REQUEST);
        }
        return (Set<Scope>) set;
    }

    /** Reading: any role, within the user's subtree. */
    public AppUserPrincipal requireRead(long agencyId) {
        AppUserPrincipal user = CurrentUser.require();
        if (!inScope(user, agencyId)) {
            throw refused(user, "read", agencyId);
        }
        return user;
    }

    /** Editing figures and texts: editors of that very agency, or admins within their subtree. */
    public boolean mayEdit(AppUserPrincipal user, long agencyId) {
        return switch (user.role()) {
            case EDITOR -> user.agencyId() == agencyId;
            case ADMIN -> inScope(user, agencyId);
            default -> false;
        };
    }

    /** Approving, returning, publishing: reviewers (and admins) within their subtree. */
    public boolean mayReview(AppUserPrincipal user, long agencyId) {
        return (user.role() == Role.REVIEWER || user.role() == Role.ADMIN) && inScope(user, agencyId);
    }

    /** {@link #mayEdit} for the current user, refused (and logged) otherwise. */
    public AppUserPrincipal requireEdit(long agencyId) {
        AppUserPrincipal user = CurrentUser.require();
        if (!mayEdit(user, agencyId)) {
            throw refused(user, "edit", agencyId);
        }
        return user;
    }

    /** {@link #mayReview} for the current user, refused (and logged) otherwise. */
    public AppUserPrincipal requireReview(long agencyId) {
        AppUserPrincipal user = CurrentUser.require();
        if (!mayReview(user, agencyId)) {
            throw refused(user, "review", agencyId);
        }
        return user;
    }

    /** Whether the user's agency is a root of the hierarchy: its administrator manages everything. */
    public boolean atRoot(AppUserPrincipal user) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM agency WHERE id = ? AND parent_id IS NULL",
                Integer.class, user.agencyId());
        return n != null && n > 0;
    }

    private static AccessDeniedException refused(AppUserPrincipal user, String action, long agencyId) {
        log.warn("Access refused: user={} role={} action={} agency={}", user.username(), user.role(), action,
                agencyId);
        return new AccessDeniedException("Not allowed to " + action + " reports of agency " + agencyId);
    }
}
