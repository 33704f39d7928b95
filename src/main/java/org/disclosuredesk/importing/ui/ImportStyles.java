package org.disclosuredesk.importing.ui;

import com.vaadin.flow.component.UI;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Adds the import screens' styles (importing.css beside this class) to the page when one of them opens,
 * once per page. Not with {@code @StyleSheet} on the views: on a view class that annotation is handled
 * by the frontend build (this project keeps its committed bundle unchanged), and a stylesheet URL of
 * its own would also need a rule in the security configuration. Inline, it needs neither.
 */
final class ImportStyles {

    private static final String CSS = read();

    private ImportStyles() {
    }

    static void load(UI ui) {
        ui.getPage().executeJs("""
                if (!document.getElementById('importing-css')) {
                  const style = document.createElement('style');
                  style.id = 'importing-css';
                  style.textContent = $0;
                  document.head.appendChild(style);
                }""", CSS);
    }

    private static String read() {
        try (InputStream in = ImportStyles.class.getResourceAsStream("importing.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
