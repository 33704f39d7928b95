package org.disclosuredesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.disclosuredesk.i18n.Messages;

/** Shows a {@link UserError} in the current UI, in the user's language. */
public final class ErrorNotifications {

    private ErrorNotifications() {
    }

    /** Explains {@code thrown} to the user (and logs it under a reference when unexpected); returns what was shown. */
    public static UserError show(Throwable thrown, String context) {
        UserError error = UserError.of(thrown, context);
        show(error);
        return error;
    }

    public static void show(UserError error) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        String text = Messages.render(error.messageKey(), error.args(), ui.getLocale());
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("error-notification");
    }
}
