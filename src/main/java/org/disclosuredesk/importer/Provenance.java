package org.disclosuredesk.importer;

/**
 * Where a value was read in the extracted source text ({@link ImportResult#sourceText()}), and how sure the
 * reading is.
 *
 * @param start      offset of the first character (inclusive)
 * @param end        offset after the last character; equal to start for an empty table cell
 * @param line       1-based line number of {@code start}
 * @param how        how the value was tied to its row: by the row's label, or by its position between labelled rows
 * @param confidence whether the print itself says where the value belongs, or the importer worked it out
 */
public record Provenance(int start, int end, int line, Evidence how, Confidence confidence) {

    public enum Evidence {
        /** The row label is on the same line as, or wrapped around, the numbers. */
        LABEL,
        /** The row label directly precedes the numbers on an earlier line. */
        LABEL_ABOVE,
        /** No label next to the numbers: placed by their order between rows that are labelled. */
        POSITION,
        /** Read from a table whose rows are not labelled in print (part 四). */
        LAYOUT,
        /** Found in the title or running text. */
        TEXT
    }

    /**
     * How sure a reading is. A source error in a certain reading is the source's; in an inferred one it may be
     * ours, which is why a reviewer should check inferred cells first.
     */
    public enum Confidence {
        /** Printed as its own value where the print ties it to its cell: a labelled row, real table cells, aligned lines. */
        CERTAIN,
        /**
         * Worked out rather than read: placed by its order alone (labels torn off, one value per line), split from
         * digits that ran together or placed beside lost cells by the rules, or split as the running text says.
         */
        INFERRED
    }

    public boolean inferred() {
        return confidence == Confidence.INFERRED;
    }
}
