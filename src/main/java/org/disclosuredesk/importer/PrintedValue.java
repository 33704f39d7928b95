package org.disclosuredesk.importer;

import java.math.BigDecimal;

/** A value as read for one cell, with the text and place it was printed. */
record PrintedValue(BigDecimal value, String printed, int start, int end, int line) {
}
