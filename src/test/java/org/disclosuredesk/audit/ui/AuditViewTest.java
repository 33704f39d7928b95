package org.disclosuredesk.audit.ui;

import com.vaadin.flow.component.UI;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.audit.AuditAction;
import org.disclosuredesk.audit.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The read-only audit view: administrators only, newest first, filtered by actor and action. */
class AuditViewTest extends UiTestBase {

    @Test
    @WithUserDetails("admin")
    void adminReadsTheTrailNewestFirstAndFilters() {
        jdbc.update("INSERT INTO audit_event (actor, action, target, detail, agency_id) VALUES"
                + " ('someone', 'USER_CREATED', 'user:older', NULL, ?), ('viewtest', 'ROLE_CHANGED', 'user:newer', 'EDITOR → REVIEWER', ?)",
                agencyId("淮安市"), agencyId("淮安市"));
        UI.getCurrent().navigate("admin/audit");
        AuditView view = find(AuditView.class).single();
        List<AuditEvent> shown = view.grid().getLazyDataView().getItems().toList();
        assertThat(shown).isNotEmpty();
        assertThat(shown.get(0).target()).isEqualTo("user:newer");
        view.filterBy("viewtest", null);
        assertThat(view.grid().getLazyDataView().getItems().toList()).extracting(AuditEvent::target)
                .containsExactly("user:newer");
        view.filterBy(null, AuditAction.USER_CREATED);
        assertThat(view.grid().getLazyDataView().getItems().toList())
                .allMatch(e -> e.action() == AuditAction.USER_CREATED).extracting(AuditEvent::target).contains("user:older");
    }

    @Test
    @WithUserDetails("reviewer")
    void othersCannotOpenIt() {
        UI.getCurrent().navigate("admin/audit");
        assertThat(find(AuditView.class).all()).isEmpty();
    }
}
