package org.junheng.content;

/** A rectangle of cells, rows and columns 1-based and inclusive, as a merge covers them. */
record CellRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {

    /** Parses a reference such as {@code B2:D3} or {@code B2}. */
    static CellRange parse(String reference) {
        String[] corners = reference.strip().replace("$", "").split(":");
        int[] first = corner(corners[0]);
        int[] last = corners.length > 1 ? corner(corners[1]) : first;
        return new CellRange(first[0], first[1], last[0], last[1]);
    }

    private static int[] corner(String cell) {
        int column = 0;
        int i = 0;
        while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(cell.charAt(i)) - 'A' + 1);
            i++;
        }
        return new int[] {Integer.parseInt(cell.substring(i)), column};
    }

    boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    boolean spansColumns() {
        return lastColumn > firstColumn;
    }

    boolean spansRows() {
        return lastRow > firstRow;
    }

    @Override
    public String toString() {
        return SourceLocation.columnLetters(firstColumn) + firstRow + ":" + SourceLocation.columnLetters(lastColumn)
                + lastRow;
    }
}
