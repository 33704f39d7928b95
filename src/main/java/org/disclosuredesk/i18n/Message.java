package org.disclosuredesk.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * A text for the user, kept as an i18n bundle key with its arguments and turned into words only when it is
 * shown, in the reader's language ({@link Messages#render}). An argument may itself be a {@code Message},
 * something {@link Localized} (a template label, a heading), a {@link Joined} list, or a plain value
 * (a figure already written out as text, a count for a plural choice).
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** An argument made of several items, each rendered on its own and joined by the bundle's separator. */
    public record Joined(String separatorKey, List<?> items) {

        /** Separator key for an enumeration: 、 in Chinese, ", " in English. */
        public static final String ENUMERATION = "message.separator.enumeration";
        /** Separator key for a list of clauses: ； in Chinese, "; " in English. */
        public static final String CLAUSES = "message.separator.clauses";

        public Joined {
            items = List.copyOf(items);
        }

        public static Joined enumeration(List<?> items) {
            return new Joined(ENUMERATION, items);
        }

        public static Joined clauses(List<?> items) {
            return new Joined(CLAUSES, items);
        }
    }
}
