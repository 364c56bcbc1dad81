package org.junheng.publish;

import com.fasterxml.jackson.core.SerializableString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junheng.indicators.Text;

/**
 * A published table's schema: its name (the file name, {@code /data/{year}/{name}.csv}), title
 * and description in Chinese and English, its fields in their fixed column order, primary key
 * and foreign keys. A table's name and its columns' meanings never change once published;
 * a change of meaning gets a new name.
 */
public record TableSchema(String name, Text title, Text description, List<DataField> fields, List<String> primaryKey,
                          List<ForeignKey> foreignKeys) {

    public TableSchema {
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("table name " + name + " is not lower_snake_case");
        }
        try {
            fields = Fields.of(fields);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("table " + name + " has " + e.getMessage(), e);
        }
        List<String> keyed = new ArrayList<>(primaryKey);
        foreignKeys.forEach(key -> keyed.addAll(key.fields()));
        for (String key : keyed) {
            if (((Fields) fields).column(key) < 0) {
                throw new IllegalArgumentException("table " + name + " has no field " + key + " for its keys");
            }
        }
    }

    public static TableSchema of(String name, Text title, Text description, List<DataField> fields) {
        return new TableSchema(name, title, description, fields, List.of(), List.of());
    }

    public TableSchema primaryKey(String... names) {
        return new TableSchema(name, title, description, fields, List.of(names), foreignKeys);
    }

    public TableSchema foreignKey(ForeignKey key) {
        List<ForeignKey> keys = new ArrayList<>(foreignKeys);
        keys.add(key);
        return new TableSchema(name, title, description, fields, primaryKey, keys);
    }

    /** The same columns under another name and title, e.g. the 2012 view of a 2017 table. */
    public TableSchema renamed(String newName, Text newTitle, Text newDescription) {
        return new TableSchema(newName, newTitle, newDescription, fields, primaryKey, foreignKeys);
    }

    public List<String> columns() {
        return fields.stream().map(DataField::name).toList();
    }

    public Optional<DataField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public int index(String fieldName) {
        int column = ((Fields) fields).column(fieldName);
        if (column < 0) {
            throw new IllegalArgumentException("table " + name + " has no field " + fieldName);
        }
        return column;
    }

    /** The name of the field in {@code column}, ready to be written as a JSON object's key. */
    SerializableString jsonName(int column) {
        return ((Fields) fields).jsonName(column);
    }

    /** A new row of this table, every cell missing until set. */
    public Row row() {
        return new Row(this);
    }

    /** A row being filled by field name; {@link #cells()} gives it in column order. */
    public static final class Row {

        private final TableSchema schema;
        private final String[] cells;

        private Row(TableSchema schema) {
            this.schema = schema;
            this.cells = new String[schema.fields().size()];
            java.util.Arrays.fill(cells, MissingValues.EMPTY);
        }

        public Row set(String field, String cell) {
            cells[schema.index(field)] = cell;
            return this;
        }

        public List<String> cells() {
            return List.of(cells);
        }
    }
}
