package org.disclosuredesk.validation;

public enum Severity {
    ERROR("E"), WARNING("W");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /** "E" or "W", as in the canonical JSON. */
    public String code() {
        return code;
    }
}
