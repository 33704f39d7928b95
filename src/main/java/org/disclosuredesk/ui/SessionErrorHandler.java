package org.disclosuredesk.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every session's error handler: an exception no view caught (a click listener, a data provider, a workflow step)
 * ends as a message in the user's language with a reference id, never as a silent failure or a stack trace.
 */
@Component
public class SessionErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        ErrorNotifications.show(event.getThrowable(), "a request");
    }
}
