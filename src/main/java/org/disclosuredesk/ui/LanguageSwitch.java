package org.disclosuredesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/** 中文 / English: switches the session's language and redraws the page. */
public class LanguageSwitch extends Button {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    public LanguageSwitch() {
        super();
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("language-switch");
        boolean chinese = isChinese(UI.getCurrent() == null ? CHINESE : UI.getCurrent().getLocale());
        setText(chinese ? "English" : "中文");
        addClickListener(e -> {
            Locale next = chinese ? Locale.ENGLISH : CHINESE;
            VaadinSession.getCurrent().setLocale(next);
            UI.getCurrent().setLocale(next);
            UI.getCurrent().getPage().reload();
        });
    }

    public static boolean isChinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }

    /** True when the current UI speaks Chinese (the default). */
    public static boolean chinese() {
        UI ui = UI.getCurrent();
        return ui == null || isChinese(ui.getLocale());
    }
}
