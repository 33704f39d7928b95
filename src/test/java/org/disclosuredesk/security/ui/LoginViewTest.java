package org.disclosuredesk.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.disclosuredesk.UiTestBase;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The login view tells why the last attempt failed, from the reason the failure handler put in the URL. */
class LoginViewTest extends UiTestBase {

    private LoginForm open(String param, String value) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(param, value)));
        return find(LoginForm.class).single();
    }

    private static String errorText(LoginForm form) {
        return form.getElement().getPropertyRaw("i18n").toString();
    }

    @Test
    void lockedSaysHowManyMinutesInTheUsersLanguage() {
        LoginForm form = open("locked", "7");
        assertThat(form.isError()).isTrue();
        assertThat(errorText(form)).contains("请在 7 分钟后重试");
        english();
        form = open("locked", "12");
        assertThat(errorText(form)).contains("Try again in 12 minutes");
    }

    @Test
    void disabledAndWrongPasswordHaveTheirOwnMessages() {
        LoginForm form = open("disabled", "");
        assertThat(form.isError()).isTrue();
        assertThat(errorText(form)).contains("账号已停用");
        form = open("error", "");
        assertThat(form.isError()).isTrue();
        assertThat(errorText(form)).contains("用户名或密码不正确").doesNotContain("停用");
    }
}
