package org.disclosuredesk;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * Browserless view tests (Vaadin browserless-test): views run in the test JVM on the real
 * application context. Log a user in with {@code @WithUserDetails("viewer")} on the test method.
 */
@AppTest
@ViewPackages(packages = "org.disclosuredesk")
public abstract class UiTestBase extends SpringBrowserlessTest {

    static {
        BrowserlessVaadin253Bridge.install();
    }

    @Autowired
    protected JdbcTemplate jdbc;

    protected long agencyId(String name) {
        return jdbc.queryForObject("SELECT id FROM agency WHERE name = ?", Long.class, name);
    }

    protected void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
    }

    /** The element of the official table cell with this key. */
    protected static Element cell(Element root, String key) {
        return descendants(root).filter(e -> key.equals(e.getAttribute("data-cell"))).findFirst().orElseThrow();
    }

    /** All text under an element, the way a reader sees it (element API text, including Element-built tables). */
    protected static String allText(Element root) {
        StringBuilder sb = new StringBuilder();
        descendants(root).forEach(e -> {
            String t = e.isTextNode() ? e.getText() : e.getProperty("innerText", null);
            if (e.isTextNode() && t != null) {
                sb.append(t).append('\n');
            }
        });
        return sb.toString();
    }

    protected static Stream<Element> descendants(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren().flatMap(UiTestBase::descendants));
    }
}
