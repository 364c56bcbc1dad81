package org.junheng.publish;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A table's fields in column order, immutable, that also finds a field's column by name. Every cell
 * of every published row is set by field name: a scan of the fields for each was about a seventh of
 * making the indicator tables.
 */
final class Fields extends AbstractList<DataField> implements RandomAccess {

    private final DataField[] fields;
    private final Map<String, Integer> columns = new HashMap<>();
    /**
     * Each field's name quoted and encoded for JSON once: written as a plain string, every name of
     * every row was escaped and encoded again, about a fifth of writing the rows.
     */
    private final SerializableString[] jsonNames;

    private Fields(List<DataField> fields) {
        this.fields = fields.toArray(DataField[]::new);
        this.jsonNames = new SerializableString[this.fields.length];
        for (int i = 0; i < this.fields.length; i++) {
            jsonNames[i] = new SerializedString(this.fields[i].name());
            if (columns.putIfAbsent(this.fields[i].name(), i) != null) {
                throw new IllegalArgumentException("two fields named " + this.fields[i].name());
            }
        }
    }

    static Fields of(List<DataField> fields) {
        return fields instanceof Fields already ? already : new Fields(fields);
    }

    /** The column of the field named {@code name}, or -1 if there is none. */
    int column(String name) {
        Integer column = columns.get(name);
        return column == null ? -1 : column;
    }

    /** The name of the field in {@code column}, ready to be written as a JSON object's key. */
    SerializableString jsonName(int column) {
        return jsonNames[column];
    }

    @Override
    public DataField get(int index) {
        return fields[index];
    }

    @Override
    public int size() {
        return fields.length;
    }
}
