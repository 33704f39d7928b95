package org.disclosuredesk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A page that fails while opening, as a bug or a dead database would make a real one fail (tests only). */
@Route("test-failing-page")
@RolesAllowed("VIEWER")
public class FailingTestRoute extends Div implements BeforeEnterObserver {

    static final String SECRET = "jdbc:mariadb://10.1.2.3/secret-schema password=hunter2";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException(SECRET);
    }
}
