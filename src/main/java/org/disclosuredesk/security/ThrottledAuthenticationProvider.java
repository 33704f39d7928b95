package org.disclosuredesk.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.Optional;
import java.time.Duration;

/**
 * Puts {@link LoginThrottle} in front of the password check: a locked account or address is refused before the
 * (deliberately slow) password hash is computed, so a lock also stops the attacker from costing us CPU.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String username = login.getName();
        String address = login.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        Optional<Duration> locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            throw new LoginLockedException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(login);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException wrong) {
            // unknown user names count too (the provider reports them as bad credentials on purpose)
            throttle.failed(username, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
