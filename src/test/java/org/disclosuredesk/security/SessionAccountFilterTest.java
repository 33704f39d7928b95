package org.disclosuredesk.security;

import org.disclosuredesk.SpringTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A logged-in session follows its account in the database: disable ends it, a new role or agency applies. The filter
 * runs on the test thread, so each test and its account are rolled back after it.
 */
@Transactional
class SessionAccountFilterTest extends SpringTestBase {

    private static final String ATTR = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Autowired
    AccountStates accounts;

    private SessionAccountFilter sessionFilter;
    private MockHttpSession session;
    private AppUserPrincipal user;

    @BeforeEach
    void loggedInSession() {
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, role, agency_id, enabled) "
                + "SELECT 'session-follower', '{noop}x', 'Follower', 'EDITOR', MIN(id), TRUE FROM agency");
        sessionFilter = new SessionAccountFilter(accounts, new HttpSessionSecurityContextRepository(),
                "/login?disabled");
        user = (AppUserPrincipal) userDetails.loadUserByUsername("session-follower");
        SecurityContext context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        session = new MockHttpSession();
        session.setAttribute(ATTR, context);
    }


    /** One request of that session, with the context loaded as SecurityContextHolderFilter would. */
    private MockFilterChain request(MockHttpServletResponse response) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/reports");
        request.setSession(session);
        SecurityContextHolder.setContext((SecurityContext) session.getAttribute(ATTR));
        MockFilterChain chain = new MockFilterChain();
        sessionFilter.doFilter(request, response, chain);
        return chain;
    }

    @Test
    void unchangedAccountPassesThroughUntouched() throws Exception {
        MockFilterChain chain = request(new MockHttpServletResponse());
        assertThat(chain.getRequest()).isNotNull();
        assertThat(CurrentUser.require()).isSameAs(user);
    }

    @Test
    void disablingTheAccountEndsTheSessionAtItsNextRequest() throws Exception {
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'session-follower'");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = request(response);
        assertThat(chain.getRequest()).as("the request goes no further").isNull();
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?disabled");
        assertThat(CurrentUser.get()).isEmpty();
    }

    @Test
    void aNewRoleAndAgencyApplyFromTheNextRequestOn() throws Exception {
        long otherAgency = agencyId("淮安市教育局");
        jdbc.update("UPDATE app_user SET role = 'VIEWER', agency_id = ? WHERE username = 'session-follower'",
                otherAgency);
        MockFilterChain chain = request(new MockHttpServletResponse());
        assertThat(chain.getRequest()).isNotNull();
        AppUserPrincipal now = CurrentUser.require();
        assertThat(now.role()).isEqualTo(Role.VIEWER);
        assertThat(now.agencyId()).isEqualTo(otherAgency);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_VIEWER");
        // saved in the session: the next request (and Vaadin's background access) sees the new rights too
        SecurityContext stored = (SecurityContext) session.getAttribute(ATTR);
        assertThat(((AppUserPrincipal) stored.getAuthentication().getPrincipal()).role()).isEqualTo(Role.VIEWER);
    }
}
