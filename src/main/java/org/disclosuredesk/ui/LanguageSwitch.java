package org.disclosuredesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;
import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.i18n.Messages;

import java.util.Locale;

/**
 * 中文 / English: switches the session's language and redraws the page. Views ask it whether the UI is Chinese and
 * have it render {@link Message}s; the decision itself is {@link Messages#isChinese}.
 */
public class LanguageSwitch extends Button {

    public static final Locale CHINESE = Messages.CHINESE;

    public LanguageSwitch() {
        super();
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("language-switch");
        boolean chinese = isChinese(UI.getCurrent() == null ? CHINESE : UI.getCurrent().getLocale());
        setText(chinese ? "English" : "中文");
        addClickListener(e -> switchLanguage(!chinese));
    }

    /** Sets the session's language and reloads the page in it. */
    public static void switchLanguage(boolean toChinese) {
        Locale next = Messages.locale(toChinese);
        VaadinSession.getCurrent().setLocale(next);
        UI.getCurrent().setLocale(next);
        UI.getCurrent().getPage().reload();
    }

    public static boolean isChinese(Locale locale) {
        return Messages.isChinese(locale);
    }

    /** True when the current UI speaks Chinese (the default). */
    public static boolean chinese() {
        return isChinese(locale());
    }

    /** The current UI's locale, or null outside a UI (which reads Chinese). */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? null : ui.getLocale();
    }

    /** A message in the current UI's language. */
    public static String text(Message message) {
        return Messages.render(message, locale());
    }

    /** A list joined the way the UI's language writes it (、 or ", "; ； or "; "). */
    public static String text(Message.Joined list) {
        return Messages.render(list, locale());
    }

    /** A bundle key with arguments (which may be messages, names in both languages or lists) in the UI's language. */
    public static String text(String key, Object... args) {
        return Messages.render(key, args, locale());
    }
}
