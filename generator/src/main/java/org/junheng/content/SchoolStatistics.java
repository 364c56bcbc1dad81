package org.junheng.content;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One school's statistics for one school year: per-stage figures plus the facilities its
 * stages share. {@code year} is the calendar year the school year starts in.
 */
public record SchoolStatistics(
        int year,
        String schoolCode,
        Map<Stage, StageStatistics> stages,
        OptionalDouble teachingArea,
        OptionalDouble sportsGroundArea,
        OptionalDouble sportsHallArea,
        OptionalDouble equipmentValueWan,
        OptionalInt multimediaClassrooms,
        OptionalInt computers,
        OptionalInt books,
        OptionalInt musicRooms,
        OptionalDouble musicRoomMinArea,
        OptionalInt artRooms,
        OptionalDouble artRoomMinArea,
        SourceLocation source) {

    public SchoolStatistics {
        EnumMap<Stage, StageStatistics> copy = new EnumMap<>(Stage.class);
        copy.putAll(stages);
        stages = Collections.unmodifiableMap(copy);
    }

    public Optional<StageStatistics> stage(Stage stage) {
        return Optional.ofNullable(stages.get(stage));
    }

    /** Students across all stages, or empty if any reported stage lacks a student count. */
    public OptionalInt totalStudents() {
        int total = 0;
        for (StageStatistics s : stages.values()) {
            if (s.students().isEmpty()) {
                return OptionalInt.empty();
            }
            total += s.students().getAsInt();
        }
        return stages.isEmpty() ? OptionalInt.empty() : OptionalInt.of(total);
    }
}
