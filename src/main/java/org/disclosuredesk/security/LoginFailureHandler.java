package org.disclosuredesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Sends a failed login back to the login view with the reason as a query parameter, so that the view can say
 * "try again in N minutes" or "account disabled" instead of the generic "wrong user name or password".
 * "Disabled" is only ever reported after a correct password (see {@link SecurityConfig}), so it reveals nothing
 * to someone who does not know the password.
 */
public class LoginFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginFailureHandler.class);

    private final String loginPath;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    public LoginFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        redirects.sendRedirect(request, response, loginPath + query(failure));
    }

    static String query(AuthenticationException failure) {
        if (failure instanceof LoginLockedException locked) {
            return "?locked=" + locked.minutesLeft();
        }
        if (failure instanceof DisabledException) {
            return "?disabled";
        }
        if (failure instanceof InternalAuthenticationServiceException) {
            // the account could not be checked at all (database down): not the user's mistake
            log.error("Sign-in could not check the account", failure);
            return "?unavailable";
        }
        return "?error";
    }
}
