package org.disclosuredesk.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import java.util.Locale;

/**
 * Whether demo data (and its well-known password) belongs in this database. {@code app.demo.enabled} (DEMO_DATA)
 * says so explicitly; left at {@code auto}, only the embedded default database of the run command gets it — an
 * external database, which is what production uses, never does unless asked.
 */
public final class DemoMode implements Condition {

    public static final String PROPERTY = "app.demo.enabled";

    public static boolean isOn(Environment env) {
        String setting = env.getProperty(PROPERTY, "auto").strip().toLowerCase(Locale.ROOT);
        return switch (setting) {
            case "true" -> true;
            case "auto", "" -> usesEmbeddedDatabase(env);
            default -> false;
        };
    }

    /** Set explicitly to true: someone asked for a demo on purpose (tests, a training server). */
    public static boolean isExplicit(Environment env) {
        return "true".equalsIgnoreCase(env.getProperty(PROPERTY, "auto").strip());
    }

    public static boolean usesEmbeddedDatabase(Environment env) {
        return env.getProperty("spring.datasource.url", "").isBlank();
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isOn(context.getEnvironment());
    }
}
