package org.disclosuredesk.template;

/** What a cell may hold; drives parsing, validation (R0.1) and display. */
public enum ValueKind {
    /** A non-negative whole number (件, 项). */
    COUNT,
    /** A whole number that may be negative: the 2019 edition's 本年增/减. */
    SIGNED_COUNT,
    /** A non-negative amount of money in 万元, kept as a decimal. */
    AMOUNT_WAN_YUAN;

    public boolean integral() {
        return this != AMOUNT_WAN_YUAN;
    }
}
