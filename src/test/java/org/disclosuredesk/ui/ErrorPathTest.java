package org.disclosuredesk.ui;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.report.ReportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One error path: what the user reads is a sentence in their language and a reference; the class, message and
 * stack trace are in the log under that reference and nowhere on the screen.
 */
class ErrorPathTest extends UiTestBase {

    @Autowired
    SessionErrorHandler sessionErrorHandler;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        logged.start();
        ((Logger) LoggerFactory.getLogger(UserError.class)).addAppender(logged);
    }

    @AfterEach
    void stopCapture() {
        ((Logger) LoggerFactory.getLogger(UserError.class)).detachAppender(logged);
    }

    private ILoggingEvent loggedWith(String reference) {
        return logged.list.stream().filter(e -> e.getFormattedMessage().contains(reference)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("viewer")
    void aPageThatFailsToOpenShowsAMessageAndAReferenceNotTheCause() {
        UI.getCurrent().navigate("test-failing-page");
        InternalErrorView view = find(InternalErrorView.class).single();
        String text = allText(view.getElement());
        assertThat(text).contains("页面无法打开").contains("参考编号")
                .doesNotContain("IllegalStateException").doesNotContain("hunter2").doesNotContain("secret-schema");
        String reference = text.replaceAll("(?s).*参考编号 ([A-Z2-9]{8}).*", "$1");
        assertThat(reference).hasSize(8);
        ILoggingEvent event = loggedWith(reference);
        assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
        assertThat(event.getThrowableProxy().getMessage()).isEqualTo(FailingTestRoute.SECRET);
        assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void anErrorNoViewCaughtBecomesANotificationInTheUsersLanguage() {
        UI.getCurrent().navigate("reports");
        english();
        sessionErrorHandler.error(new ErrorEvent(new DataIntegrityViolationException("Duplicate entry 'x' for key 'secret'")));
        Notification shown = find(Notification.class).withId("error-notification").single();
        String text = shown.getElement().getProperty("text");
        assertThat(text).startsWith("The action failed and nothing was changed").contains("give the administrator the reference")
                .doesNotContain("Duplicate").doesNotContain("secret");
        String reference = text.replaceAll(".*reference ([A-Z2-9]{8}).*", "$1");
        assertThat(loggedWith(reference).getThrowableProxy().getClassName())
                .isEqualTo(DataIntegrityViolationException.class.getName());
    }

    @Test
    void expectedRefusalsKeepTheirOwnMessagesAndAreNotLoggedAsFailures() {
        UserError refusal = UserError.of(new RuntimeException(new ReportException("report.error.notFound", 7)));
        assertThat(refusal.messageKey()).isEqualTo("report.error.notFound");
        assertThat(refusal.args()).containsExactly(7);
        assertThat(refusal.reference()).isNull();
        assertThat(UserError.of(new CannotAcquireLockException("Lock wait timeout exceeded")).messageKey())
                .isEqualTo("error.busy");
        assertThat(logged.list).noneMatch(e -> e.getLevel() == ch.qos.logback.classic.Level.ERROR);
    }
}
