package org.disclosuredesk.report;

/**
 * A refusal the user must understand: carries an i18n message key and its arguments, so each view
 * shows it in the user's language.
 */
public class ReportException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ReportException(String messageKey, Object... args) {
        super(messageKey + (args.length > 0 ? " " + java.util.Arrays.toString(args) : ""));
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
