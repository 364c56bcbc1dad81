package org.junheng.content;

import java.util.Optional;

/**
 * One line of a school's enrollment zone (招生片区) for a stage: a community, village, street
 * or residential compound, optionally narrowed to a house-number range.
 *
 * <p>The range and the note are held as null when absent and read as {@link Optional}s: a national
 * site holds every zone of every year while it renders, and their {@code Optional}s were 7 MB at
 * 50,000 schools (docs/performance.md).
 */
public record Zone(String schoolCode, Stage stage, String town, String area, String rangeOrNull,
                   String noteOrNull, SourceLocation source) {

    public Zone {
        schoolCode = Interned.of(schoolCode);
        town = Interned.of(town);
        area = Interned.of(area);
    }

    public Zone(String schoolCode, Stage stage, String town, String area, Optional<String> range,
                Optional<String> note, SourceLocation source) {
        this(schoolCode, stage, town, area, range.orElse(null), note.orElse(null), source);
    }

    public Optional<String> range() {
        return Optional.ofNullable(rangeOrNull);
    }

    public Optional<String> note() {
        return Optional.ofNullable(noteOrNull);
    }

    /** What identifies the same piece of land from one year to the next. */
    public ZoneKey key() {
        return new ZoneKey(stage, town, area, range().orElse(""));
    }

    /** The area as a parent reads it: the name, with the house-number range in brackets when there is one. */
    public String label() {
        return range().map(r -> area + "（" + r + "）").orElse(area);
    }

    /** Stage, town, area and range: the same key in two years is the same piece of land. */
    public record ZoneKey(Stage stage, String town, String area, String range) implements Comparable<ZoneKey> {
        private static final java.util.Comparator<ZoneKey> ORDER = java.util.Comparator.comparing(ZoneKey::stage)
                .thenComparing(ZoneKey::town).thenComparing(ZoneKey::area).thenComparing(ZoneKey::range);

        @Override
        public int compareTo(ZoneKey other) {
            return ORDER.compare(this, other);
        }
    }
}
