package org.disclosuredesk.template;

/**
 * What storage keeps of one figure (report_cell.num DECIMAL(20,6), report_cell.raw VARCHAR(64)), in one place: the
 * cell input, the save, the import and the validator all refuse what does not fit, so nothing is silently rounded
 * or cut and no save fails late with a database error. {@code StoredFigureSchemaTest} holds the schema to these.
 */
public final class StoredFigure {

    /** Decimal places kept: an amount in 万元 to the cent of a yuan (0.000001 万元). */
    public static final int MAX_SCALE = 6;
    /** Total digits of the column; with {@link #MAX_SCALE} 14 whole digits, well above {@link CellInput}'s cap. */
    public static final int PRECISION = 20;
    /** The text a figure was typed or printed as ("3,522.436287万") is kept up to this many characters. */
    public static final int MAX_RAW_LENGTH = 64;

    private StoredFigure() {
    }

    public static boolean rawFits(String raw) {
        return raw == null || raw.length() <= MAX_RAW_LENGTH;
    }
}
