package org.disclosuredesk.report.editing;

import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.ValueKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the text a spreadsheet (Excel, WPS) puts on the clipboard for a block of cells. */
final class PastedBlock {

    /** One pasted row: the leading labels copied with it (row, group, section headings), then its values. */
    record Line(List<String> labels, List<String> values) {

        /** How many cells the row needs: its values up to the last one that is not empty. */
        int width() {
            int w = values.size();
            while (w > 0 && values.get(w - 1).isBlank()) {
                w--;
            }
            return w;
        }
    }

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

    /**
     * Each row with the labels copied in front of its figures set apart: a row copied from a
     * spreadsheet together with its label column(s) starts with texts that are not figures (and
     * empty cells of merged headings between them). Those are labels when anything follows them
     * (a figure, "/", an empty cell); a row of texts only is left as it is, so each text is refused
     * at its cell like typing.
     */
    static List<Line> lines(List<List<String>> rows) {
        List<Line> lines = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            int skip = 0;
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                if (isLabel(cell)) {
                    skip = i + 1;
                } else if (!cell.isBlank()) {
                    break;
                }
            }
            if (skip == row.size()) {
                skip = 0; // nothing but labels: no figures to set apart
            }
            List<String> labels = row.subList(0, skip).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            lines.add(new Line(labels, List.copyOf(row.subList(skip, row.size()))));
        }
        return lines;
    }

    /**
     * A text no cell of any kind reads as a value: not a number, not "/", not empty (a text too long
     * for a cell is a label when it has letters, as long headings do).
     */
    static boolean isLabel(String text) {
        if (text.isBlank()) {
            return false;
        }
        for (ValueKind kind : ValueKind.values()) {
            CellInput.Problem problem = CellInput.parse(text, kind).problem();
            boolean wordy = problem == CellInput.Problem.TOO_LONG && text.codePoints().anyMatch(Character::isLetter);
            if (problem != CellInput.Problem.NOT_A_NUMBER && !wordy) {
                return false;
            }
        }
        return true;
    }
}
