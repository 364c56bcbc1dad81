package org.junheng.content;

import java.util.Map;
import java.util.Optional;

/**
 * One data row of a table, cells addressed by column key, each cell knowing where it stands.
 * Rows of a workbook name their {@code sheet}; {@code line} is then the sheet's row number and
 * the column numbers are the sheet's. Rows of a CSV file have an empty sheet.
 */
public record TableRow(String file, int line, Map<String, String> cells, Map<String, Integer> columns,
                       Map<String, String> headers, String sheet) {

    /** A row of a text table. */
    public TableRow(String file, int line, Map<String, String> cells, Map<String, Integer> columns,
                    Map<String, String> headers) {
        this(file, line, cells, columns, headers, "");
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
        return new SourceLocation(file, line, columns.getOrDefault(key, 0), headers.getOrDefault(key, key), sheet);
    }

    /** Where each column of this row's table stands; shared with the table's other rows. */
    public CellPlaces places() {
        return new CellPlaces(columns, headers);
    }

    public SourceLocation location() {
        return new SourceLocation(file, line, 0, "", sheet);
    }
}
