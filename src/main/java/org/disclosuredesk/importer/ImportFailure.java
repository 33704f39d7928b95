package org.disclosuredesk.importer;

import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.i18n.Messages;

/**
 * Why a file could not be imported: a stable machine code and the bundle entry {@link #messageKey()} that
 * explains it, read through {@link Messages} by the views and the command line alike.
 */
public enum ImportFailure {
    EMPTY_FILE,
    TOO_LARGE,
    BINARY,
    UNSUPPORTED_FORMAT,
    SCANNED_PDF,
    UNREADABLE_DOCUMENT,
    ENCODING,
    NOT_A_REPORT,
    TOO_MANY_PAGES,
    TOO_MUCH_TEXT,
    TOO_COMPLEX,
    BUSY,
    SESSION_FULL,
    IO_ERROR,
    INTERNAL_ERROR;

    public String code() {
        return name();
    }

    /** The translation bundles' key for this failure's message. */
    public String messageKey() {
        return "import.failure." + name();
    }

    public String messageZh() {
        return Messages.render(Message.of(messageKey()), true);
    }

    public String messageEn() {
        return Messages.render(Message.of(messageKey()), false);
    }
}
