package org.disclosuredesk.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Makes a session follow its account: the principal in the session is a copy taken at login, so without this a
 * disabled user would keep working until the session ends and a demoted one would keep the old rights.
 * On every authenticated request the account is read again (one primary-key query): gone or disabled → the
 * session is invalidated and the browser sent to the login view; role, agency or name changed → the security
 * context gets a fresh principal, so the new rights apply from this very request on.
 */
public class SessionAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionAccountFilter.class);

    private final AccountStates accounts;
    private final SecurityContextRepository contexts;
    private final String disabledUrl;
    /** Vaadin's own requests (UIDL, heartbeat) are XHRs: they need a redirect the Vaadin client understands. */
    private final RedirectStrategy redirects = new UidlRedirectStrategy();

    public SessionAccountFilter(AccountStates accounts, SecurityContextRepository contexts, String disabledUrl) {
        this.accounts = accounts;
        this.contexts = contexts;
        this.disabledUrl = disabledUrl;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().getContext();
        Authentication auth = context.getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal user) {
            Optional<AccountStates.AccountState> now = accounts.find(user.userId());
            if (now.isEmpty() || !now.get().enabled()) {
                log.info("Session of {} ended: account disabled or removed", user.username());
                endSession(request);
                redirects.sendRedirect(request, response, disabledUrl);
                return;
            }
            if (!now.get().matches(user)) {
                log.info("Session of {} follows account change: role {} → {}, agency {} → {}", user.username(),
                        user.role(), now.get().role(), user.agencyId(), now.get().agencyId());
                replacePrincipal(auth, now.get().applyTo(user), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void replacePrincipal(Authentication old, AppUserPrincipal fresh, HttpServletRequest request,
                                  HttpServletResponse response) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        token.setDetails(old.getDetails());
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(token);
        strategy.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static void endSession(HttpServletRequest request) {
        SecurityContextHolder.getContextHolderStrategy().clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
