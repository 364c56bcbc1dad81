package org.junheng.indicators;

/**
 * Small-count suppression for tables of counts of children with row and column totals.
 * A count from 1 to {@code threshold − 1} is hidden (primary suppression). Because every row
 * and every column adds up to a published total, one hidden cell in a row or column could be
 * recovered by subtraction; so wherever a row or column (totals included) has exactly one
 * hidden cell, its next smallest cell is hidden too (complementary suppression), repeated
 * until no row or column has a single hidden cell. Zero is shown: it singles out no child.
 */
public final class Suppression {

    /** The code shown instead of a hidden count, documented in the data dictionary. */
    public static final String CODE = "*";
    public static final int DEFAULT_THRESHOLD = 5;

    private Suppression() {
    }

    /** Suppresses {@code counts} (rows × columns) together with the row, column and grand totals it implies. */
    public static SuppressedTable suppress(int[][] counts, int threshold) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        int[][] values = new int[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " cells, not " + columns);
            }
            for (int c = 0; c < columns; c++) {
                int value = counts[r][c];
                if (value < 0) {
                    throw new IllegalArgumentException("negative count at " + r + "," + c);
                }
                values[r][c] = value;
                values[r][columns] += value;
                values[rows][c] += value;
                values[rows][columns] += value;
            }
        }
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                hidden[r][c] = values[r][c] > 0 && values[r][c] < threshold;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r <= rows; r++) {
                changed |= protectRow(values, hidden, r, columns);
            }
            for (int c = 0; c <= columns; c++) {
                changed |= protectColumn(values, hidden, c, rows);
            }
        }
        return new SuppressedTable(values, hidden);
    }

    private static boolean protectRow(int[][] values, boolean[][] hidden, int r, int columns) {
        int[] line = new int[columns + 1];
        boolean[] mask = new boolean[columns + 1];
        for (int c = 0; c <= columns; c++) {
            line[c] = values[r][c];
            mask[c] = hidden[r][c];
        }
        int added = protect(line, mask);
        if (added >= 0) {
            hidden[r][added] = true;
        }
        return added >= 0;
    }

    private static boolean protectColumn(int[][] values, boolean[][] hidden, int c, int rows) {
        int[] line = new int[rows + 1];
        boolean[] mask = new boolean[rows + 1];
        for (int r = 0; r <= rows; r++) {
            line[r] = values[r][c];
            mask[r] = hidden[r][c];
        }
        int added = protect(line, mask);
        if (added >= 0) {
            hidden[added][c] = true;
        }
        return added >= 0;
    }

    /**
     * A line is its parts followed by their total. With exactly one hidden cell it can be solved
     * by subtraction: returns the index of the cell to hide as well (the smallest non-zero
     * part, else the smallest part, else the total), or −1 if the line is safe.
     */
    static int protect(int[] line, boolean[] hidden) {
        int count = 0;
        for (boolean h : hidden) {
            if (h) {
                count++;
            }
        }
        if (count != 1) {
            return -1;
        }
        int parts = line.length - 1;
        int best = -1;
        for (int i = 0; i < parts; i++) {
            if (!hidden[i] && (best < 0 || better(line[i], line[best]))) {
                best = i;
            }
        }
        return best >= 0 ? best : parts;
    }

    private static boolean better(int candidate, int current) {
        if ((candidate == 0) != (current == 0)) {
            return current == 0;
        }
        return candidate < current;
    }
}
