package org.junheng.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rows of whole tables grouped by the school codes they name, each group kept as references into
 * its table, which stays packed (see {@link PackedRows}): a row read from a packed table is made
 * again, and kept so for every school it names, a national site's documents and partnerships were
 * about a million strings held to the end of open data.
 */
final class RowsByCode {

    private final List<List<List<String>>> tables = new ArrayList<>();
    /** Per code, its rows in the order added: each the table's number in the high half, the row's in the low. */
    private final Map<String, long[]> rows = new HashMap<>();

    /** Adds each row of {@code table} under every code {@code codes} finds in it, once per code. */
    void add(Table table, Function<List<String>, Collection<String>> codes) {
        long number = tables.size();
        tables.add(table.rows());
        for (int r = 0; r < table.rows().size(); r++) {
            long reference = number << 32 | r;
            for (String code : codes.apply(table.rows().get(r))) {
                long[] references = rows.get(code);
                long[] grown = references == null ? new long[1] : Arrays.copyOf(references, references.length + 1);
                grown[grown.length - 1] = reference;
                rows.put(code, grown);
            }
        }
    }

    /** The rows naming {@code code}, in the order added. */
    List<List<String>> of(String code) {
        long[] references = rows.get(code);
        if (references == null) {
            return List.of();
        }
        List<List<String>> found = new ArrayList<>(references.length);
        for (long reference : references) {
            found.add(tables.get((int) (reference >>> 32)).get((int) reference));
        }
        return found;
    }
}
