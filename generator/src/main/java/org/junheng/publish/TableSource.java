package org.junheng.publish;

import java.util.List;
import java.util.SortedSet;
import java.util.function.Supplier;

/**
 * Publishes tables under {@code /data/{year}/}. Adding a kind of open data means writing one
 * source — its schemas and, for each school year it covers, its rows — and adding it to the
 * catalogue; files, data package, dictionary, checksums and change log follow.
 */
public interface TableSource {

    /** Every table this source can publish, for the data dictionary, in the order they are listed. */
    List<TableSchema> schemas();

    /** The school years this source has data for. */
    SortedSet<Integer> years();

    /** Its tables for one of its years, one per schema (with no rows if there are none that year). */
    List<Table> tables(int year);

    /**
     * The same tables, each made only when asked for, so that a source whose tables take long to make
     * has them made on every core. By default they are made together, as {@link #tables} makes them.
     */
    default List<Supplier<Table>> makers(int year) {
        return tables(year).stream().<Supplier<Table>>map(table -> () -> table).toList();
    }
}
