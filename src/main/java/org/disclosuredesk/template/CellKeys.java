package org.disclosuredesk.template;

/** Builds and splits cell keys such as {@code s3.granted.natural_person}. */
public final class CellKeys {
    private CellKeys() {
    }

    public static String of(String part, String row, String column) {
        return part + '.' + row + '.' + column;
    }

    public static String part(String cellKey) {
        return cellKey.substring(0, cellKey.indexOf('.'));
    }

    public static String row(String cellKey) {
        int first = cellKey.indexOf('.');
        return cellKey.substring(first + 1, cellKey.indexOf('.', first + 1));
    }

    public static String column(String cellKey) {
        return cellKey.substring(cellKey.lastIndexOf('.') + 1);
    }
}
