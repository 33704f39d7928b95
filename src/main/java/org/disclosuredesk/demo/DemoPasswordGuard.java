package org.disclosuredesk.demo;

import org.disclosuredesk.security.AppUser;
import org.disclosuredesk.security.AppUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A leaked demo password is one of the threats we design against: outside demo mode (an external database without
 * DEMO_DATA=true) the application refuses to start while an enabled demo account still signs in with "demo"; in
 * demo mode it says so loudly in the log.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoPasswordGuard implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPasswordGuard.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Environment env;

    public DemoPasswordGuard(AppUserRepository users, PasswordEncoder passwords, Environment env) {
        this.users = users;
        this.passwords = passwords;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> open = accountsWithTheDemoPassword();
        if (open.isEmpty()) {
            return;
        }
        if (DemoMode.isOn(env)) {
            log.warn("DEMO MODE: the accounts {} sign in with the published password \"{}\". Never expose this "
                    + "server to real users.", open, DemoDataLoader.DEMO_PASSWORD);
            return;
        }
        throw new IllegalStateException("Refusing to start: the accounts " + open + " still sign in with the demo "
                + "password. Change their passwords or disable them (or set DEMO_DATA=true for a deliberate demo).");
    }

    /** Only the demo account names are checked: a password hash costs ~0.1 s, so every user would slow start. */
    List<String> accountsWithTheDemoPassword() {
        return DemoDataLoader.DEMO_USERS.stream()
                .flatMap(name -> users.findByUsername(name).stream())
                .filter(AppUser::isEnabled)
                .filter(u -> passwords.matches(DemoDataLoader.DEMO_PASSWORD, u.getPasswordHash()))
                .map(AppUser::getUsername)
                .toList();
    }
}
