package org.disclosuredesk.i18n;

/**
 * A name that exists in both languages, such as a template label or a part heading: as a message argument it is
 * shown in the reader's language (official Chinese labels stay Chinese in Chinese).
 */
@FunctionalInterface
public interface Localized {

    String text(boolean chinese);

    /** A name given in both languages. */
    static Localized of(String zh, String en) {
        return new Bilingual(zh, en);
    }

    /** A name given in both languages. */
    record Bilingual(String zh, String en) implements Localized {
        @Override
        public String text(boolean chinese) {
            return chinese ? zh : en;
        }
    }
}
