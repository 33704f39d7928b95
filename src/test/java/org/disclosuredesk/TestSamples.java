package org.disclosuredesk;

import org.disclosuredesk.export.CanonicalJson;
import org.disclosuredesk.template.ReportContent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real published samples, as the project keeps them in src/main/resources/demo/samples. */
public final class TestSamples {
    public static final String LIWAN = "liwan-2020-zwfwsjglj";
    public static final String PINGTAN = "pingtan-2020-zone-html-text";
    public static final String HUAIAN = "huaian-2024-city-pdftotext-layout";
    public static final String SHANGHAI = "shanghai-kewei-2024-pdf-markdown";
    public static final String[] ALL = {LIWAN, PINGTAN, HUAIAN, SHANGHAI};

    private TestSamples() {
    }

    public static ReportContent expected(String name) {
        return CanonicalJson.read(resource(name + ".expected.json")).report();
    }

    public static CanonicalJson.Document expectedDocument(String name) {
        return CanonicalJson.read(resource(name + ".expected.json"));
    }

    public static String text(String name) {
        return resource(name + ".txt");
    }

    public static String resource(String file) {
        try (InputStream in = TestSamples.class.getResourceAsStream("/demo/samples/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
