package org.disclosuredesk.error;

import java.util.Arrays;

/**
 * A refusal the user must understand: an i18n message key and its arguments, so that the one error path
 * ({@code ui.UserError}) shows it in the user's language. Features extend it with their own type.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public UserFacingException(String messageKey, Object... args) {
        super(messageKey + (args.length > 0 ? " " + Arrays.toString(args) : ""));
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
