package org.disclosuredesk.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Logs out a session nobody has used for the session timeout, although an open tab's heartbeat keeps it alive.
 * <p>
 * {@code vaadin.closeIdleSessions} closes Vaadin's part of such a session, but the HTTP session and the login in it
 * would live on (the heartbeats touched it), so reloading the page would get straight back in. Here every request
 * except Vaadin's heartbeat counts as use; the first request after too long a pause invalidates the session.
 */
class IdleSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdleSessionFilter.class);
    static final String LAST_USE = IdleSessionFilter.class.getName() + ".lastUse";

    private final Duration idleTimeout;
    private final Clock clock;
    private final String loginUrl;
    private final UidlRedirectStrategy redirects = new UidlRedirectStrategy();

    public IdleSessionFilter(Duration idleTimeout, Clock clock, String loginUrl) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
        this.loginUrl = loginUrl;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant now = clock.instant();
            Instant lastUse = (Instant) session.getAttribute(LAST_USE);
            if (lastUse != null && Duration.between(lastUse, now).compareTo(idleTimeout) >= 0 && loggedIn()) {
                log.info("Session idle since {}: logged out", lastUse);
                SecurityContextHolder.getContextHolderStrategy().clearContext();
                session.invalidate();
                redirects.sendRedirect(request, response, loginUrl);
                return;
            }
            if (lastUse == null || !isHeartbeat(request)) {
                session.setAttribute(LAST_USE, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean loggedIn() {
        var auth = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AppUserPrincipal;
    }

    /**
     * Vaadin's keep-alive: {@code ?v-r=heartbeat}, sent by an open tab whether or not anyone is there. Read from
     * the query string, not getParameter, which could consume the body of a form or upload.
     */
    static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && ("&" + query + "&").contains("&v-r=heartbeat&");
    }
}
