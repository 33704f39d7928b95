package org.disclosuredesk.security;

import org.disclosuredesk.SpringTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A scope found granted is remembered for the rest of its HTTP request only (one dashboard view asks several
 * services the same question): the proof is a closure row taken away mid-request, which the same request does not
 * see and the next one does. Refusals are never remembered.
 */
@Transactional // the closure row taken away comes back after the test
class ScopeGrantPerRequestTest extends SpringTestBase {

    @Autowired
    AccessPolicy access;

    private void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private void takeAwayScope(AppUserPrincipal user, long agencyId) {
        assertThat(jdbc.update("DELETE FROM agency_closure WHERE ancestor_id = ? AND descendant_id = ?",
                user.agencyId(), agencyId)).isEqualTo(1);
    }

    @Test
    void aGrantLastsForItsRequestOnly() {
        AppUserPrincipal reviewer = loginAs("reviewer"); // 淮安市
        long education = agencyId("淮安市教育局");
        newRequest();
        assertThat(access.requireRead(education).username()).isEqualTo("reviewer");
        takeAwayScope(reviewer, education);
        assertThat(access.inScope(reviewer, education)).as("the same request").isTrue();

        newRequest();
        assertThat(access.inScope(reviewer, education)).as("the next request").isFalse();
        assertThatThrownBy(() -> access.requireRead(education)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutARequestEveryCheckAsksTheDatabase() {
        AppUserPrincipal reviewer = loginAs("reviewer");
        long education = agencyId("淮安市教育局");
        RequestContextHolder.resetRequestAttributes();
        assertThat(access.inScope(reviewer, education)).isTrue();
        takeAwayScope(reviewer, education);
        assertThat(access.inScope(reviewer, education)).isFalse();
    }

    @Test
    void aRefusalIsNotRemembered() {
        AppUserPrincipal reviewer = loginAs("reviewer");
        long outside = agencyId("广州市荔湾区政务服务数据管理局");
        newRequest();
        assertThat(access.inScope(reviewer, outside)).isFalse();
        jdbc.update("INSERT INTO agency_closure (ancestor_id, descendant_id, distance) VALUES (?, ?, 9)",
                reviewer.agencyId(), outside);
        assertThat(access.inScope(reviewer, outside)).isTrue();
    }

    @Test
    void aGrantIsPerUserAgency() {
        AppUserPrincipal reviewer = loginAs("reviewer"); // 淮安市
        long city = reviewer.agencyId();
        newRequest();
        assertThat(access.inScope(reviewer, city)).isTrue();
        AppUserPrincipal editor = loginAs("editor2"); // 淮安市教育局, under the city
        assertThat(access.inScope(editor, city)).isFalse();
    }
}
