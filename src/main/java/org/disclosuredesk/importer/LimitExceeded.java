package org.disclosuredesk.importer;

/**
 * Thrown from inside a library callback (a PDF text stripper, a tree walk) that cannot throw the checked
 * {@link ImportException}; the extractor turns it back into one.
 */
final class LimitExceeded extends RuntimeException {

    private final ImportFailure failure;
    private final String detail;

    LimitExceeded(ImportFailure failure, String detail) {
        super(failure.code() + (detail == null ? "" : ": " + detail), null, false, false);
        this.failure = failure;
        this.detail = detail;
    }

    ImportException toImportException() {
        return new ImportException(failure, detail, null);
    }

    /** A cancelled parse stops at the next check instead of running on without anyone waiting for it. */
    static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new LimitExceeded(ImportFailure.TOO_COMPLEX, "timeout");
        }
    }

    static void checkLength(CharSequence text, ImportLimits limits) {
        if (text.length() > limits.maxChars()) {
            throw new LimitExceeded(ImportFailure.TOO_MUCH_TEXT, "> " + limits.maxChars() + " chars");
        }
    }
}
