package org.disclosuredesk.agency;

import org.disclosuredesk.error.UserFacingException;
import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.security.AppUserPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Agency names are unique under one parent in the database itself, so concurrent adds cannot both succeed. The two
 * races commit (each thread has its own transaction), so they use names of their own; the other tests are rolled back.
 */
class AgencyUniqueNameTest extends SpringTestBase {

    @Autowired
    AgencyAdminService admin;
    @Autowired
    PlatformTransactionManager transactions;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void twoAdministratorsAddingTheSameNameAtOnceGetOneAgencyAndOneClearMessage() throws Exception {
        AppUserPrincipal user = loginAs("admin");
        long parent = agencyId("淮安市");
        String name = unique("并发新增局");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        admin.addChild(parent, name, AgencyKind.AGENCY);
                        return "ok";
                    } catch (UserFacingException e) {
                        return e.getMessage();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "admin.error.agencyExists");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agency WHERE parent_id = ? AND name = ?", Integer.class,
                parent, name)).isEqualTo(1);
    }

    /**
     * Deterministic version of the race: the first add is inserted but not yet committed when the second one
     * checks, so the second passes the service's check and only the unique key can stop it.
     */
    @Test
    void anAddThatPassedTheCheckIsStoppedByTheUniqueKeyWithTheSameMessage() throws Exception {
        AppUserPrincipal user = loginAs("admin");
        Agency parent = agencies.get(agencyId("淮安市"));
        String name = unique("未提交局");
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                agencies.create(Agency.childOf(parent, name, AgencyKind.AGENCY, 950));
                inserted.countDown();
                await(commit);
            }));
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                try {
                    admin.addChild(parent.getId(), name, AgencyKind.AGENCY);
                    return "ok";
                } catch (UserFacingException e) {
                    return e.getMessage();
                }
            });
            Thread.sleep(500); // the second add now waits on the first one's key
            commit.countDown();
            first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("admin.error.agencyExists");
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agency WHERE parent_id = ? AND name = ?", Integer.class,
                parent.getId(), name)).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @Transactional
    void theDatabaseRefusesADuplicateEvenWithoutTheServiceCheck() {
        Agency parent = agencies.get(agencyId("淮安市"));
        String name = "重复局";
        agencies.create(Agency.childOf(parent, name, AgencyKind.AGENCY, 900));
        assertThatThrownBy(() -> agencies.create(Agency.childOf(parent, name, AgencyKind.AGENCY, 901)))
                .isInstanceOf(DuplicateKeyException.class);
        // the same name under another parent is fine
        agencies.create(Agency.childOf(agencies.get(agencyId("江苏省")), name, AgencyKind.AGENCY, 900));
    }

    @Test
    @Transactional // rolled back: other tests expect one root
    void rootsAreUniqueToo() {
        // parent_id is NULL for roots, and NULLs never collide in a plain unique index: parent_key makes them
        String name = "根";
        agencies.create(Agency.root(name, AgencyKind.REGION));
        assertThatThrownBy(() -> agencies.create(Agency.root(name, AgencyKind.REGION)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    @Transactional
    void renamingOntoASiblingsNameIsRefusedWithTheMessage() {
        loginAs("admin");
        long parent = agencyId("淮安市");
        Agency a = admin.addChild(parent, "甲局", AgencyKind.AGENCY);
        Agency b = admin.addChild(parent, "乙局", AgencyKind.AGENCY);
        assertThatThrownBy(() -> admin.rename(b.getId(), a.getName())).hasMessage("admin.error.agencyExists");
        assertThatThrownBy(() -> admin.addChild(parent, "  " + a.getName() + " ", AgencyKind.AGENCY))
                .hasMessage("admin.error.agencyExists");
        String renamed = "丙局";
        assertThat(admin.rename(b.getId(), renamed).getName()).isEqualTo(renamed);
        assertThat(agencies.get(b.getId()).getName()).isEqualTo(renamed);
    }
}
