package org.junheng.indicators;

/**
 * A table of counts after suppression. Row index {@code rows()} is the total row and column
 * index {@code columns()} the total column; {@link #text} gives what a page may show.
 */
public final class SuppressedTable {

    private final int[][] values;
    private final boolean[][] hidden;

    SuppressedTable(int[][] values, boolean[][] hidden) {
        this.values = values;
        this.hidden = hidden;
    }

    public int rows() {
        return values.length - 1;
    }

    public int columns() {
        return values[0].length - 1;
    }

    public boolean isSuppressed(int row, int column) {
        return hidden[row][column];
    }

    /** The value a page may show, or empty where it is suppressed. */
    public java.util.OptionalInt shown(int row, int column) {
        return hidden[row][column] ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(values[row][column]);
    }

    /** The published value, or the suppression code. */
    public String text(int row, int column) {
        return hidden[row][column] ? Suppression.CODE : Integer.toString(values[row][column]);
    }

    /** The true value, for computation only: never to be shown where {@link #isSuppressed} holds. */
    int value(int row, int column) {
        return values[row][column];
    }
}
