package org.disclosuredesk.report;

import org.disclosuredesk.error.UserFacingException;

/** A refusal of a report operation, with an i18n message key and its arguments. */
public class ReportException extends UserFacingException {

    public ReportException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
