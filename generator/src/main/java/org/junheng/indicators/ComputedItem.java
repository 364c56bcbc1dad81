package org.junheng.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** County items computed from school statistics instead of entered by the county (G3, G4, G5). */
public enum ComputedItem {
    ARTS_ROOMS("arts_rooms", List.of(Rule.ARTS_ROOM_CLASSES, Rule.MUSIC_ROOM_MIN_AREA, Rule.ART_ROOM_MIN_AREA)),
    SCHOOL_SIZE("school_size", List.of(Rule.SCHOOL_SIZE_SINGLE, Rule.SCHOOL_SIZE_THROUGH)),
    CLASS_SIZE("class_size", List.of(Rule.CLASS_SIZE_PRIMARY, Rule.CLASS_SIZE_JUNIOR));

    private final String key;
    private final List<Rule> rules;

    ComputedItem(String key, List<Rule> rules) {
        this.key = key;
        this.rules = rules;
    }

    public String key() { return key; }

    /** The rule numbers the computation reads; a standard set using this item must define them. */
    public List<Rule> rules() { return rules; }

    public static Optional<ComputedItem> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
