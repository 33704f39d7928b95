package org.disclosuredesk.opendata;

import org.springframework.http.HttpStatus;

/** A request the API answers with a problem (RFC 9457) of this status and type. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;

    ApiException(HttpStatus status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }
}
