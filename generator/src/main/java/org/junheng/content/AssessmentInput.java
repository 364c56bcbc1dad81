package org.junheng.content;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A county's input for one assessment item (e.g. {@code G7}): named values as written in the
 * county YAML (booleans, numbers, text, lists of maps) and the evidence that proves them.
 */
public record AssessmentInput(String code, Map<String, Object> values, Optional<String> evidence,
                              SourceLocation source) {

    public AssessmentInput {
        code = Interned.of(code);
        Map<String, Object> keyed = new HashMap<>();
        values.forEach((name, value) -> keyed.put(Interned.of(name), value));
        values = Map.copyOf(keyed);
    }

    public Optional<Object> value(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
