package org.disclosuredesk.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/** Chinese is the default language whatever the browser asks for; the session keeps the user's choice. */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    private static final String CHOSEN = "disclosure-desk.locale-set";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            VaadinSession session = e.getUI().getSession();
            if (session.getAttribute(CHOSEN) == null) {
                session.setAttribute(CHOSEN, Boolean.TRUE);
                session.setLocale(LanguageSwitch.CHINESE);
            }
            e.getUI().setLocale(session.getLocale());
        });
    }
}
