package org.disclosuredesk.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.disclosuredesk.ui.LanguageSwitch;

import java.util.List;
import java.util.Map;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setI18n(i18n("login.error.title", "login.error.message"));
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")), login,
                new LanguageSwitch());
    }

    /** The form's texts, with the error box saying why the last attempt failed. */
    private LoginI18n i18n(String errorTitle, String errorMessage, Object... args) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation(errorTitle));
        i18n.getErrorMessage().setMessage(getTranslation(errorMessage, args));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the reason comes from LoginFailureHandler (or SessionAccountFilter) as a query parameter
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("locked")) {
            login.setI18n(i18n("login.locked.title", "login.locked.message", minutes(params.get("locked"))));
            login.setError(true);
        } else if (params.containsKey("disabled")) {
            login.setI18n(i18n("login.disabled.title", "login.disabled.message"));
            login.setError(true);
        } else if (params.containsKey("unavailable")) {
            login.setI18n(i18n("login.unavailable.title", "login.unavailable.message"));
            login.setError(true);
        } else {
            login.setI18n(i18n("login.error.title", "login.error.message"));
            login.setError(params.containsKey("error"));
        }
    }

    private static long minutes(List<String> values) {
        try {
            return Math.max(1, Long.parseLong(values.getFirst()));
        } catch (RuntimeException notANumber) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
