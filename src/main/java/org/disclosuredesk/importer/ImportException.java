package org.disclosuredesk.importer;

import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.i18n.Messages;

/** A file that cannot be imported. {@link #failure()} is the machine code; the messages are for people. */
public class ImportException extends Exception {

    private final ImportFailure failure;
    private final String detail;

    public ImportException(ImportFailure failure) {
        this(failure, null, null);
    }

    public ImportException(ImportFailure failure, String detail, Throwable cause) {
        super(failure.code() + ": " + Messages.render(detail == null ? Message.of(failure.messageKey())
                : Message.of("import.failure.withDetail", Message.of(failure.messageKey()), detail), false), cause);
        this.failure = failure;
        this.detail = detail;
    }

    public ImportFailure failure() {
        return failure;
    }

    /** What the message is about (a size, a limit), or null. */
    public String detail() {
        return detail;
    }

    public String code() {
        return failure.code();
    }

    /** The failure's message, with the detail after it when there is one. */
    public Message message() {
        Message why = Message.of(failure.messageKey());
        return detail == null ? why : Message.of("import.failure.withDetail", why, detail);
    }

    public String messageZh() {
        return message(true);
    }

    public String messageEn() {
        return message(false);
    }

    public String message(boolean chinese) {
        return Messages.render(message(), chinese);
    }
}
