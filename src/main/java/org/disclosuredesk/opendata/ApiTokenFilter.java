package org.disclosuredesk.opendata;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disclosuredesk.security.AppUserPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The API's sign-in: {@code Authorization: Bearer <token>} on every request (no session, no cookie), then the rate
 * limit. Not a bean, so that the servlet container does not also run it for the application's pages.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String CLIENT = "org.disclosuredesk.opendata.ApiClient";

    private final ApiTokenAuthenticator tokens;
    private final ApiRateLimiter limiter;

    ApiTokenFilter(ApiTokenAuthenticator tokens, ApiRateLimiter limiter) {
        this.tokens = tokens;
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return OpenDataController.OPENAPI.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String secret = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip() : null;
        var client = tokens.authenticate(secret);
        if (client.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"disclosure-desk\"");
            ApiProblems.write(response, ApiProblems.of(HttpStatus.UNAUTHORIZED, "unauthorized", secret == null
                    ? "Send an API token: Authorization: Bearer <token> (issued by an administrator)."
                    : "The API token is not valid or has been revoked."));
            return;
        }
        long wait = limiter.acquire(client.get().tokenId(), System.currentTimeMillis());
        if (wait > 0) {
            response.setHeader("Retry-After", String.valueOf(wait));
            ApiProblems.write(response, ApiProblems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "More than " + limiter.perMinute() + " requests in a minute with this token; retry after " + wait
                            + " s."));
            return;
        }
        AppUserPrincipal principal = ApiTokenAuthenticator.principal(client.get());
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        request.setAttribute(CLIENT, client.get());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
