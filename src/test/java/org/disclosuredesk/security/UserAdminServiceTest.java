package org.disclosuredesk.security;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.error.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Transactional // rolled back after each test: the account created here is never committed
class UserAdminServiceTest extends SpringTestBase {

    private static final String NAME = "blank-password";

    @Autowired
    UserAdminService service;

    /** Issue 16 item 13: eight spaces are eight characters but no password, for a new user and for a reset. */
    @Test
    void aPasswordOfOnlySpacesIsRefusedWithItsOwnMessage() {
        loginAs("admin");
        long agency = agencyId("淮安市");
        for (String blank : new String[]{"        ", "\t\t\t\t\t\t\t\t", "          \u3000"}) {
            assertThatThrownBy(() -> service.create(NAME, "Blank", Role.VIEWER, agency, blank))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("admin.error.passwordBlank"));
        }
        assertThat(users.findByUsername(NAME)).isEmpty();

        AppUser created = service.create(NAME, "Blank", Role.VIEWER, agency, "  a real one  ");
        assertThatThrownBy(() -> service.resetPassword(created.getId(), "        "))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.error.passwordBlank"));
    }
}
