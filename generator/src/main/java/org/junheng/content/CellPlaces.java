package org.junheng.content;

import java.util.Map;
import java.util.Optional;

/**
 * Where each column of a table stands — its number and its header as the file writes it — shared
 * by every row of the table, so that a row read from a large file keeps no location per cell.
 */
public record CellPlaces(Map<String, Integer> columns, Map<String, String> headers) {

    /** Rows built in code rather than read from a file. */
    public static final CellPlaces NONE = new CellPlaces(Map.of(), Map.of());

    public CellPlaces {
        columns = Map.copyOf(columns);
        headers = Map.copyOf(headers);
    }

    /** The place of column {@code key} in the row at {@code row}, or empty if the table has no such column. */
    Optional<SourceLocation> of(String key, SourceLocation row) {
        Integer column = columns.get(key);
        return column == null ? Optional.empty()
                : Optional.of(new SourceLocation(row.file(), row.line(), column, headers.getOrDefault(key, key),
                        row.sheet()));
    }
}
