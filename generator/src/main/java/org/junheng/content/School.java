package org.junheng.content;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** One row of the school registry. */
public record School(
        String code,
        String name,
        List<String> aliases,
        SchoolType type,
        Optional<String> parentCode,
        String countyCode,
        String town,
        Locality locality,
        Ownership ownership,
        boolean boarding,
        Optional<String> address,
        Optional<String> phone,
        Optional<String> website,
        OptionalInt founded,
        Optional<Coordinates> coordinates,
        SourceLocation source) {

    public School {
        code = Interned.of(code);
        countyCode = Interned.of(countyCode);
        town = Interned.of(town);
        aliases = List.copyOf(aliases);
    }
}
