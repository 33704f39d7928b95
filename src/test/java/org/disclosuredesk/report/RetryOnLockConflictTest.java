package org.disclosuredesk.report;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.agency.AgencyAdminService;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.database.LockConflicts;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.ui.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.resilience.retry.MethodRetryEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A workflow step that meets a row another transaction holds waits (2 s in tests), is retried in a fresh
 * transaction, and succeeds once the row is free — or, when it never is, ends as "busy" for the user.
 * Two threads and two connections: nothing here can run in a test transaction, so each test commits a report of a
 * fresh agency of its own (a unique name) and touches no seed report.
 */
class RetryOnLockConflictTest extends SpringTestBase {

    @Autowired
    ReportWorkflow workflow;
    @Autowired
    ReportService reports;
    @Autowired
    AgencyAdminService agencyAdmin;
    @Autowired
    DataSource dataSource;
    @Autowired
    ConfigurableApplicationContext context;

    private final List<MethodRetryEvent> retries = new CopyOnWriteArrayList<>();
    private final ApplicationListener<MethodRetryEvent> listener = retries::add;

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    /** A submitted 2020 report of a new agency under 淮安市 (submitted by the administrator, for the reviewer). */
    private long[] submittedReport() {
        loginAs("admin");
        long agency = agencyAdmin.addChild(agencyId("淮安市"), "锁冲突测试局" + UUID.randomUUID().toString().substring(0, 8),
                AgencyKind.AGENCY).getId();
        LoadedReport created = reports.create(agency, 2020);
        LoadedReport draft = reports.saveContent(created.report().getId(), created.report().getVersion(),
                TestSamples.expected(TestSamples.LIWAN));
        LoadedReport submitted = workflow.submit(draft.report().getId(), draft.report().getVersion());
        context.addApplicationListener(listener);
        return new long[]{submitted.report().getId(), submitted.report().getVersion()};
    }

    private CompletableFuture<LoadedReport> approveInBackground(long[] report) {
        AppUserPrincipal reviewer = loginAs("reviewer");
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(reviewer, null, reviewer.getAuthorities()));
            try {
                return workflow.approve(report[0], report[1]);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private Connection holdRow(long reportId) throws Exception {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM annual_report WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, reportId);
            ps.executeQuery().close();
        }
        return c;
    }

    @Test
    void aLockTimeoutIsRetriedInAFreshTransactionAndTheStepSucceeds() throws Exception {
        long[] report = submittedReport();
        CompletableFuture<LoadedReport> approving;
        try (Connection holder = holdRow(report[0])) {
            approving = approveInBackground(report);
            Thread.sleep(3_000); // longer than one lock wait: the first attempt times out
            holder.rollback();
        }
        LoadedReport approved = approving.get(30, TimeUnit.SECONDS);
        assertThat(approved.report().getStatus()).isEqualTo(ReportStatus.APPROVED);
        assertThat(approved.report().getVersion()).isEqualTo(report[1] + 1);
        assertThat(retries).isNotEmpty()
                .allSatisfy(e -> assertThat(LockConflicts.isLockConflict(e.getFailure())).isTrue());
        Integer approvals = jdbc.queryForObject("SELECT COUNT(*) FROM report_save WHERE report_id = ? AND action = 'APPROVE'",
                Integer.class, report[0]);
        assertThat(approvals).as("the step was applied once").isEqualTo(1);
    }

    @Test
    void whenTheRowStaysLockedTheUserIsToldTheSystemIsBusyAndNothingChanges() throws Exception {
        long[] report = submittedReport();
        CompletableFuture<LoadedReport> approving;
        try (Connection holder = holdRow(report[0])) {
            approving = approveInBackground(report);
            assertThatThrownBy(() -> approving.get(60, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .satisfies(e -> {
                        assertThat(LockConflicts.isLockConflict(e.getCause())).isTrue();
                        UserError shown = UserError.of(e);
                        assertThat(shown.messageKey()).isEqualTo("error.busy");
                        assertThat(shown.reference()).hasSize(8);
                    });
            holder.rollback();
        }
        // four attempts (the first and three retries) each met the lock; then the policy gave up
        assertThat(retries.stream().filter(e -> !e.isRetryAborted())).hasSize(4)
                .allSatisfy(e -> assertThat(LockConflicts.isLockConflict(e.getFailure())).isTrue());
        assertThat(retries.stream().filter(MethodRetryEvent::isRetryAborted)).hasSize(1);
        String status = jdbc.queryForObject("SELECT status FROM annual_report WHERE id = ?", String.class, report[0]);
        assertThat(status).isEqualTo("SUBMITTED");
    }

    @Test
    void anEditConflictIsNeverRetriedTheUserDecides() {
        long[] report = submittedReport();
        loginAs("reviewer");
        LoadedReport returned = workflow.returnToEditor(report[0], report[1], "请核对");
        loginAs("admin");
        // a save on the version seen before the reviewer returned it: refused at once, not tried again
        assertThatThrownBy(() -> reports.saveContent(report[0], report[1], TestSamples.expected(TestSamples.LIWAN)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class)
                .satisfies(e -> assertThat(UserError.of(e).messageKey()).isEqualTo("report.error.stale"));
        // one attempt failed (an event per failed attempt), and the policy refused to try again
        assertThat(retries.stream().filter(e -> !e.isRetryAborted())).as("one attempt, no retry").hasSize(1)
                .allSatisfy(e -> assertThat(e.getFailure())
                        .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class));
        assertThat(retries.stream().filter(MethodRetryEvent::isRetryAborted)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT version FROM annual_report WHERE id = ?", Long.class, report[0]))
                .isEqualTo(returned.report().getVersion());
    }
}
