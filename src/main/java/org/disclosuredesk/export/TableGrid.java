package org.disclosuredesk.export;

import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.TableLayout;
import org.disclosuredesk.template.TemplateTable;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TableLayout} placed on a grid, for the paged exporters (Word, PDF): which layout cell covers each grid
 * position, and how wide each grid column is. Word and PDF both need fixed widths — left to guess, they wrap every
 * label a character per line — so the label columns get about two fifths of the width and the figures share the rest.
 */
final class TableGrid {

    /** One placed layout cell: where it starts in the grid. */
    record Placed(TableLayout.Cell cell, int row, int col) {
        boolean isValue() {
            return cell.kind() == TableLayout.Kind.VALUE;
        }

        /** What the cell prints: the report's figure for a value cell, else the official label. */
        String text(ReportContent report) {
            return isValue() ? OfficialHtmlExporter.printed(report.cell(cell.key()), cell.column()) : cell.text();
        }
    }

    private final List<TableLayout.LayoutRow> rows;
    private final Placed[][] grid;
    private final double[] widths;

    private TableGrid(List<TableLayout.LayoutRow> rows, Placed[][] grid, double[] widths) {
        this.rows = rows;
        this.grid = grid;
        this.widths = widths;
    }

    static TableGrid of(TemplateTable template) {
        TableLayout layout = TableLayout.of(template, true);
        List<TableLayout.LayoutRow> rows = new ArrayList<>(layout.head());
        rows.addAll(layout.body());
        int width = rows.get(0).cells().stream().mapToInt(TableLayout.Cell::colspan).sum();
        // place every cell, skipping the positions that cells from rows above still cover
        Placed[][] grid = new Placed[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (TableLayout.Cell cell : rows.get(r).cells()) {
                while (c < width && grid[r][c] != null) {
                    c++;
                }
                Placed placed = new Placed(cell, r, c);
                for (int dr = 0; dr < cell.rowspan() && r + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < cell.colspan() && c + dc < width; dc++) {
                        grid[r + dr][c + dc] = placed;
                    }
                }
                c += cell.colspan();
            }
        }
        // part 四 runs across: all its columns are figures
        int labelColumns = "s4".equals(template.part()) ? 0 : width - template.columns().size();
        return new TableGrid(rows, grid, widths(width, labelColumns));
    }

    /** Shares of the text width per grid column (summing to 1). */
    private static double[] widths(int columns, int labelColumns) {
        double[] w = new double[columns];
        int labels = Math.max(0, labelColumns);
        double labelWidth = labels == 0 ? 0 : (labels == 1 ? 0.34 : labels == 2 ? 0.40 : 0.46);
        double[] share = labels == 3 ? new double[]{0.24, 0.24, 0.52} : labels == 2 ? new double[]{0.35, 0.65}
                : new double[]{1.0};
        for (int i = 0; i < labels; i++) {
            w[i] = labelWidth * share[Math.min(i, share.length - 1)];
        }
        for (int i = labels; i < columns; i++) {
            w[i] = (1 - labelWidth) / (columns - labels);
        }
        return w;
    }

    int rowCount() {
        return rows.size();
    }

    int columnCount() {
        return widths.length;
    }

    /** The layout cell covering this position, or null where the layout leaves it empty. */
    Placed at(int row, int col) {
        return grid[row][col];
    }

    boolean isTotal(int row) {
        return rows.get(row).total();
    }

    double share(int col) {
        return widths[col];
    }

    /** The share of the width a cell starting at {@code col} spans. */
    double share(int col, int colspan) {
        double w = 0;
        for (int k = col; k < col + colspan && k < widths.length; k++) {
            w += widths[k];
        }
        return w;
    }
}
