package org.disclosuredesk.importer;

/** A file that cannot be imported. {@link #failure()} is the machine code; the messages are for people. */
public class ImportException extends Exception {

    private final ImportFailure failure;
    private final String detail;

    public ImportException(ImportFailure failure) {
        this(failure, null, null);
    }

    public ImportException(ImportFailure failure, String detail, Throwable cause) {
        super(failure.code() + ": " + failure.messageEn() + (detail == null ? "" : " (" + detail + ")"), cause);
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

    public String messageZh() {
        return failure.messageZh() + (detail == null ? "" : "（" + detail + "）");
    }

    public String messageEn() {
        return failure.messageEn() + (detail == null ? "" : " (" + detail + ")");
    }

    public String message(boolean chinese) {
        return chinese ? messageZh() : messageEn();
    }
}
