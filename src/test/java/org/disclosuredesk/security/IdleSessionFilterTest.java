package org.disclosuredesk.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Heartbeats keep a tab's session open but do not count as use: after 30 idle minutes the login is gone. */
class IdleSessionFilterTest {

    private final Instant start = Instant.parse("2026-12-01T08:00:00Z");
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse request(Duration at, String query) throws Exception {
        AppUserPrincipal user = new AppUserPrincipal(1, "editor", "x", "Editor", Role.EDITOR, 1, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        IdleSessionFilter filter = new IdleSessionFilter(Duration.ofMinutes(30),
                Clock.fixed(start.plus(at), ZoneOffset.UTC), "/login");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void heartbeatsAloneDoNotKeepTheLoginAlive() throws Exception {
        request(Duration.ZERO, "v-r=uidl&v-uiId=0");
        for (int minutes = 5; minutes < 30; minutes += 5) {
            assertThat(request(Duration.ofMinutes(minutes), "v-r=heartbeat&v-uiId=0").getRedirectedUrl()).isNull();
        }
        MockHttpServletResponse late = request(Duration.ofMinutes(30), "v-r=heartbeat&v-uiId=0");
        assertThat(session.isInvalid()).isTrue();
        assertThat(late.getRedirectedUrl()).isEqualTo("/login");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void realUseKeepsTheSessionOpen() throws Exception {
        request(Duration.ZERO, null);
        request(Duration.ofMinutes(20), "v-r=uidl&v-uiId=0");
        assertThat(request(Duration.ofMinutes(45), "v-r=heartbeat&v-uiId=0").getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();
    }
}
