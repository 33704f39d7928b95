package org.disclosuredesk.export;

import org.disclosuredesk.error.UserFacingException;

/** No Chinese face to embed on this server: a PDF without one would show empty boxes, so none is made. */
public final class PdfUnavailableException extends UserFacingException {

    public PdfUnavailableException() {
        super("export.pdf.noFont");
    }
}
