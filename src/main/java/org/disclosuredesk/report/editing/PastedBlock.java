package org.disclosuredesk.report.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the text a spreadsheet (Excel, WPS) puts on the clipboard for a block of cells. */
final class PastedBlock {

    private PastedBlock() {
    }

    /**
     * Rows split at newlines, cells at tabs. Windows line ends count as newlines, and the newline
     * spreadsheets add after the last row does not make an empty row. Empty cells stay, so a block
     * keeps its shape (an empty cell blanks the cell it lands on).
     */
    static List<List<String>> rows(String text) {
        String body = text.replace("\r", "").replaceAll("\n+$", "");
        List<List<String>> rows = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            rows.add(Arrays.asList(line.split("\t", -1)));
        }
        return rows;
    }
}
