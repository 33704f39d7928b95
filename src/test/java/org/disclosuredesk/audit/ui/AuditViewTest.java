package org.disclosuredesk.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectTester;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldTester;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.audit.AuditAction;
import org.disclosuredesk.audit.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only audit view: administrators only, newest first, filtered by actor and action. The view runs on the
 * test's thread, so the events inserted here are rolled back with the test.
 */
@org.springframework.transaction.annotation.Transactional
class AuditViewTest extends UiTestBase {

    @Test
    @WithUserDetails("admin")
    void adminReadsTheTrailNewestFirstAndFilters() {
        jdbc.update("INSERT INTO audit_event (actor, action, target, detail, agency_id) VALUES"
                + " ('someone', 'USER_CREATED', 'user:older', NULL, ?), ('viewtest', 'ROLE_CHANGED', 'user:newer', 'EDITOR → REVIEWER', ?)",
                agencyId("淮安市"), agencyId("淮安市"));
        UI.getCurrent().navigate("admin/audit");
        List<AuditEvent> shown = shownEvents();
        assertThat(shown).isNotEmpty();
        assertThat(shown.get(0).target()).isEqualTo("user:newer");
        // the filters are set the way a user sets them: typing an actor, choosing an action
        new TextFieldTester<>(find(TextField.class).withId("audit-actor").single()).setValue("viewtest");
        assertThat(shownEvents()).extracting(AuditEvent::target).containsExactly("user:newer");
        new TextFieldTester<>(find(TextField.class).withId("audit-actor").single()).clear();
        new SelectTester<>(actionFilter()).selectItem(UI.getCurrent().getTranslation("audit.action.USER_CREATED"));
        assertThat(shownEvents()).allMatch(e -> e.action() == AuditAction.USER_CREATED)
                .extracting(AuditEvent::target).contains("user:older");
    }

    @SuppressWarnings("unchecked")
    private Select<AuditAction> actionFilter() {
        return find(Select.class).withId("audit-action").single();
    }

    /** The rows of the audit grid, top to bottom. */
    @SuppressWarnings("unchecked")
    private List<AuditEvent> shownEvents() {
        GridTester<Grid<AuditEvent>, AuditEvent> grid = new GridTester<>(find(Grid.class).withId("audit-grid").single());
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    @Test
    @WithUserDetails("reviewer")
    void othersCannotOpenIt() {
        UI.getCurrent().navigate("admin/audit");
        assertThat(find(AuditView.class).all()).isEmpty();
    }
}
