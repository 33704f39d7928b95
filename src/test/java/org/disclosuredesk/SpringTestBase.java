package org.disclosuredesk;

import org.disclosuredesk.security.AppUserDetailsService;
import org.disclosuredesk.security.AppUserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Base of service and repository tests: the application context and a way to log demo users in. */
@AppTest
public abstract class SpringTestBase {

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected AppUserDetailsService userDetails;

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

    protected long agencyId(String name) {
        return jdbc.queryForObject("SELECT id FROM agency WHERE name = ?", Long.class, name);
    }
}
