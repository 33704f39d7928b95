package org.disclosuredesk;

import org.disclosuredesk.agency.Agency;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.agency.AgencyService;
import org.disclosuredesk.security.AppUser;
import org.disclosuredesk.security.AppUserDetailsService;
import org.disclosuredesk.security.AppUserRepository;
import org.disclosuredesk.security.Role;
import org.disclosuredesk.security.AppUserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Base of service and repository tests: the application context and a way to log demo users in. */
@AppTest
public abstract class SpringTestBase {

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected AppUserDetailsService userDetails;
    @Autowired
    protected AgencyService agencies;
    @Autowired
    protected AppUserRepository users;

    /** Logs a demo user in for service calls (the security context of the current thread). */
    protected AppUserPrincipal loginAs(String username) {
        AppUserPrincipal user = (AppUserPrincipal) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /**
     * A fresh agency under 淮安市 with one editor of its own, so that a test's reports touch no one else's. Only
     * inside a test transaction (a {@code @Transactional} test class): rolled back after the test, the agency and its
     * editor need no unique names.
     */
    protected record FreshAgency(long id, String editor) {
    }

    protected FreshAgency newAgencyWithEditor(String name, int sortOrder) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("newAgencyWithEditor needs a test transaction (@Transactional)");
        }
        Agency region = agencies.get(agencyId("淮安市"));
        long id = agencies.create(Agency.childOf(region, name, AgencyKind.AGENCY, sortOrder)).getId();
        String editor = "fresh-editor";
        users.save(AppUser.create(editor, "{noop}x", "测试填报员", Role.EDITOR, id));
        return new FreshAgency(id, editor);
    }

    protected long agencyId(String name) {
        return jdbc.queryForObject("SELECT id FROM agency WHERE name = ?", Long.class, name);
    }
}
