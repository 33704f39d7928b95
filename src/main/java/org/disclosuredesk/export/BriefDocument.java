package org.disclosuredesk.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * A leadership brief as it is printed, already worded in the reader's language: the PDF renderer only lays it out.
 *
 * @param subtitle lines under the title (region path, years, what the figures count, when made)
 */
public record BriefDocument(String title, List<String> subtitle, String figuresTitle, List<Figure> figures,
                            List<Chart> charts, List<Table> tables, String footer) {

    /** A headline figure: label, value with unit, and its change against the year before (blank when none). */
    public record Figure(String label, String value, String change) {
    }

    /** A chart over categories (years): bars when {@code bars}, else lines; null values are gaps. */
    public record Chart(String title, String unit, boolean bars, List<String> categories, List<Series> series) {
    }

    public record Series(String name, List<BigDecimal> values) {
    }

    /**
     * A titled table, with a note under it (or null); {@code widths} are relative, right-aligned columns are
     * figures.
     */
    public record Table(String title, List<String> header, List<List<String>> rows, float[] widths,
                        boolean[] rightAligned, String note) {
    }
}
