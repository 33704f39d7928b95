package org.disclosuredesk.agency;

import org.disclosuredesk.security.AppUser;
import org.disclosuredesk.security.AppUserRepository;
import org.disclosuredesk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A production database starts without demo data and so without users: the first administrator comes from
 * INITIAL_ADMIN_PASSWORD (user {@code admin}, scope: the root agency, created as 全国 when there is none). Without
 * it the log says how to get one. Nothing happens once any user exists.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final int MIN_PASSWORD = 12;

    private final AppUserRepository users;
    private final AgencyService agencies;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;
    private final String initialPassword;

    public FirstAdministrator(AppUserRepository users, AgencyService agencies, PasswordEncoder passwords,
                              TransactionTemplate tx, @Value("${app.initial-admin.password:}") String initialPassword) {
        this.users = users;
        this.agencies = agencies;
        this.passwords = passwords;
        this.tx = tx;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (initialPassword.isBlank()) {
            log.warn("No user exists yet. Start once with INITIAL_ADMIN_PASSWORD set (at least {} characters) to create "
                    + "the administrator 'admin'.", MIN_PASSWORD);
            return;
        }
        if (initialPassword.strip().length() < MIN_PASSWORD) {
            throw new IllegalStateException("INITIAL_ADMIN_PASSWORD must have at least " + MIN_PASSWORD + " characters");
        }
        tx.executeWithoutResult(status -> {
            Agency root = agencies.children(null).stream().findFirst()
                    .orElseGet(() -> agencies.create(Agency.root("全国", AgencyKind.REGION)));
            users.save(AppUser.create("admin", passwords.encode(initialPassword), "系统管理员", Role.ADMIN, root.getId()));
        });
        log.info("Created the first administrator 'admin' (scope: the root agency).");
    }
}
