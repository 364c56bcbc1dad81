package org.junheng.publish;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A published table: its schema and its rows, each cell already in canonical text (see
 * {@link Cells}), kept packed (see {@link PackedRows}). The rows are checked against the schema
 * here, so a table that breaks its own dictionary is a bug found at build time, never a file
 * published.
 */
public record Table(TableSchema schema, List<List<String>> rows) {

    public Table {
        rows = PackedRows.of(rows);
        List<Pattern> patterns = schema.fields().stream()
                .map(field -> field.pattern().map(Pattern::compile).orElse(null)).toList();
        List<String> above = List.of();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            check(schema, patterns, r, row, above);
            above = row;
        }
    }

    public String name() {
        return schema.name();
    }

    /** The rows in the pieces they were packed in (see {@link PackedRows#pieces}). */
    List<PackedRows.Piece> pieces() {
        return ((PackedRows) rows).pieces();
    }

    /**
     * {@code patterns}: each field's pattern compiled once for the whole table, or null for none.
     * A cell the same as the one above it (checked already) is not checked again: rows come grouped
     * by school, and most cells repeat the row before.
     */
    private static void check(TableSchema schema, List<Pattern> patterns, int index, List<String> row,
                              List<String> above) {
        if (row.size() != schema.fields().size()) {
            throw bug(schema, index, "has " + row.size() + " cells for " + schema.fields().size() + " fields");
        }
        for (int c = 0; c < row.size(); c++) {
            DataField field = schema.fields().get(c);
            String cell = row.get(c);
            if (!above.isEmpty() && cell.equals(above.get(c))) {
                continue;
            }
            if (MissingValues.isMissing(cell)) {
                if (field.mandatory() && cell.equals(MissingValues.EMPTY)) {
                    throw bug(schema, index, field.name() + " is required");
                }
                if (cell.equals(MissingValues.SUPPRESSED) && field.childCount() != ChildCount.SUPPRESSED) {
                    throw bug(schema, index, field.name() + " is suppressed but not declared as suppressible");
                }
                continue;
            }
            if (!field.type().isCanonical(cell)) {
                throw bug(schema, index, field.name() + " = '" + cell + "' is not a canonical " + field.type().key());
            }
            if (!field.allowed().isEmpty() && !field.allowed().contains(cell)) {
                throw bug(schema, index, field.name() + " = '" + cell + "' is not one of " + field.allowed());
            }
            Pattern pattern = patterns.get(c);
            if (pattern != null && !pattern.matcher(cell).matches()) {
                throw bug(schema, index, field.name() + " = '" + cell + "' does not match " + field.pattern().get());
            }
            if (field.minimum().isPresent() && new BigDecimal(cell).compareTo(field.minimum().get()) < 0) {
                throw bug(schema, index, field.name() + " = '" + cell + "' is below " + field.minimum().get());
            }
        }
    }

    private static IllegalStateException bug(TableSchema schema, int row, String problem) {
        return new IllegalStateException("published table " + schema.name() + ", row " + (row + 1) + ": " + problem);
    }
}
