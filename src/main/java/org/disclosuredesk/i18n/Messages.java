package org.disclosuredesk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place where a {@link Message} becomes text, and where "is this Chinese?" is decided. Reads the same
 * bundles as the views ({@code vaadin-i18n/translations*.properties}) and formats like Vaadin's default provider
 * (a {@link MessageFormat} when there are arguments), so the command line, the exports and the views say the same
 * thing. There are two languages: a {@code zh} locale (or none: Chinese is the default) reads Chinese, any other
 * English.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Messages() {
    }

    /** Whether text for this locale is Chinese: the app's default (null) and every {@code zh} locale are. */
    public static boolean isChinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }

    /** The locale the bundles are read in: Chinese or English. */
    public static Locale locale(boolean chinese) {
        return chinese ? CHINESE : ENGLISH;
    }

    public static String render(Message message, Locale locale) {
        return render(message.key(), message.args().toArray(), locale);
    }

    public static String render(Message message, boolean chinese) {
        return render(message, locale(chinese));
    }

    /**
     * The text of a bundle key with its arguments in the locale's language; arguments that are messages, names in
     * both languages or lists are rendered first. A key the bundle lacks (a programming error) shows as
     * {@code !{zh: key}}, as Vaadin shows it.
     */
    public static String render(String key, Object[] args, Locale locale) {
        boolean chinese = isChinese(locale);
        Locale l = locale(chinese);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, l).getString(key);
        } catch (MissingResourceException e) {
            return "!{" + l.getLanguage() + ": " + key + "}";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = argument(args[i], chinese);
        }
        return new MessageFormat(pattern, l).format(shown);
    }

    /** A list on its own, joined the way the locale's language writes it. */
    public static String render(Message.Joined list, Locale locale) {
        return join(list, isChinese(locale));
    }

    private static Object argument(Object arg, boolean chinese) {
        return switch (arg) {
            case Message m -> render(m, chinese);
            case Localized n -> n.text(chinese);
            case Message.Joined j -> join(j, chinese);
            case null, default -> arg;
        };
    }

    private static String join(Message.Joined joined, boolean chinese) {
        String separator = render(joined.separatorKey(), null, locale(chinese));
        StringBuilder sb = new StringBuilder();
        for (Object item : joined.items()) {
            if (!sb.isEmpty()) {
                sb.append(separator);
            }
            sb.append(argument(item, chinese));
        }
        return sb.toString();
    }
}
