package org.disclosuredesk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every translation key used in the code exists in both languages, and the bundles have the same keys. */
class TranslationsTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndTheDefaultIsChinese() throws IOException {
        Properties zh = bundle("translations_zh_CN.properties");
        Properties en = bundle("translations_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        assertThat(bundle("translations.properties")).isEqualTo(zh);
    }

    @Test
    void everyLiteralKeyTheCodeAsksForExists() throws IOException {
        Properties zh = bundle("translations_zh_CN.properties");
        Pattern literal = Pattern.compile("(?:getTranslation|Message\\.of|LanguageSwitch\\.text)\\(\"([A-Za-z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    // a key ending in "." is a prefix completed at run time (status., role., …)
                    boolean prefix = m.group(1).endsWith(".");
                    if (prefix ? zh.stringPropertyNames().stream().noneMatch(k -> k.startsWith(m.group(1)))
                            : !zh.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
