package org.disclosuredesk.template;

import org.disclosuredesk.i18n.Localized;

/**
 * The label of a cell of a template, or of its row or column, as a message argument: looked up in the template
 * when the message is shown, in the reader's language (the official Chinese labels in Chinese).
 */
public record CellLabel(Edition edition, String cellKey, Part part) implements Localized {

    /** Which label: the cell's ("（一）予以公开 / 自然人"), its row's or its column's. */
    public enum Part { CELL, ROW, COLUMN }

    public static CellLabel of(Edition edition, String cellKey) {
        return new CellLabel(edition, cellKey, Part.CELL);
    }

    public static CellLabel row(Edition edition, String cellKey) {
        return new CellLabel(edition, cellKey, Part.ROW);
    }

    public static CellLabel column(Edition edition, String cellKey) {
        return new CellLabel(edition, cellKey, Part.COLUMN);
    }

    @Override
    public String text(boolean chinese) {
        CellDef def = Template.of(edition).cellOrThrow(cellKey);
        return switch (part) {
            case CELL -> def.label(chinese);
            case ROW -> def.row().label(chinese);
            case COLUMN -> def.column().label(chinese);
        };
    }
}
