package org.disclosuredesk.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.disclosuredesk.i18n.Messages;

/**
 * What a page that failed to open shows instead of Vaadin's default (which names the root cause's class and
 * message): a sentence in the user's language and the reference under which the details were logged.
 */
@AnonymousAllowed
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        UserError error = UserError.of(parameter.getCaughtException(), "opening /" + event.getLocation().getPathWithQueryParameters());
        removeAll();
        setId("error-view");
        add(new H2(getTranslation("error.page.title")));
        Paragraph text = new Paragraph(Messages.render(error.messageKey(), error.args(), getLocale()));
        text.setId("error-text");
        add(text);
        add(new Anchor("", getTranslation("error.page.home")));
        if (error.reference() != null) {
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        return "error.accessDenied".equals(error.messageKey()) ? HttpServletResponse.SC_FORBIDDEN
                : HttpServletResponse.SC_CONFLICT;
    }
}
