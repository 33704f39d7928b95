package org.disclosuredesk.importer;

/**
 * Where a value was read in the extracted source text ({@link ImportResult#sourceText()}).
 *
 * @param start  offset of the first character (inclusive)
 * @param end    offset after the last character; equal to start for an empty table cell
 * @param line   1-based line number of {@code start}
 * @param how    how the value was tied to its row: by the row's label, or by its position between labelled rows
 */
public record Provenance(int start, int end, int line, Evidence how) {

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
}
