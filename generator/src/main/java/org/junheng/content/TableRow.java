package org.junheng.content;

import java.util.Map;
import java.util.Optional;

/**
 * One data row of a table, cells addressed by column key, each cell knowing where it stands: by
 * {@code places}, which the table's readers give every row of a table as one object. Rows of a
 * workbook name their {@code sheet}; {@code line} is then the sheet's row number and the column
 * numbers are the sheet's. Rows of a CSV file have an empty sheet.
 */
public record TableRow(String file, int line, Map<String, String> cells, CellPlaces places, String sheet) {

    /** A row of a text table, with places of its own. */
    public TableRow(String file, int line, Map<String, String> cells, Map<String, Integer> columns,
                    Map<String, String> headers) {
        this(file, line, cells, new CellPlaces(columns, headers), "");
    }

    /** The column number of each column key. */
    public Map<String, Integer> columns() {
        return places.columns();
    }

    /** The header of each column key, as the file writes it. */
    public Map<String, String> headers() {
        return places.headers();
    }

    /** The trimmed cell text, or empty if the column is absent or the cell blank. */
    public Optional<String> text(String key) {
        String value = cells.get(key);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    /** The location of a cell, naming the header as the file writes it. */
    public SourceLocation at(String key) {
        return new SourceLocation(file, line, columns().getOrDefault(key, 0), headers().getOrDefault(key, key), sheet);
    }

    public SourceLocation location() {
        return new SourceLocation(file, line, 0, "", sheet);
    }
}
