package org.junheng.publish;

import java.util.List;

/** Columns of one table that name rows of another table of the same folder (e.g. indicator rows → schools). */
public record ForeignKey(List<String> fields, String table, List<String> referencedFields) {

    public ForeignKey {
        fields = List.copyOf(fields);
        referencedFields = List.copyOf(referencedFields);
        if (fields.size() != referencedFields.size() || fields.isEmpty()) {
            throw new IllegalArgumentException("a foreign key pairs one or more fields with as many referenced fields");
        }
    }

    /** The usual case: a school code column referencing the registry. */
    public static ForeignKey toSchools(String field) {
        return new ForeignKey(List.of(field), RegistryData.TABLE, List.of("code"));
    }
}
