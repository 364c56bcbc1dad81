package org.junheng.content;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What a county declares for one school year: the assessment items not computed from school data. */
public record CountyInputs(String countyCode, int year, Map<String, AssessmentInput> items, SourceLocation source) {

    public CountyInputs {
        items = java.util.Collections.unmodifiableMap(new TreeMap<>(items));
    }

    public Optional<AssessmentInput> item(String code) {
        return Optional.ofNullable(items.get(code));
    }
}
