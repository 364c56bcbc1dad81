package org.junheng.content;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One school's statistics for one school year: per-stage figures plus the facilities its
 * stages share. {@code year} is the calendar year the school year starts in. {@code cells}
 * tells where each value stands, by column key (e.g. {@code primary_teachers}), in the row {@code source} names.
 *
 * <p>The six measured quantities are held as plain numbers, NaN where the cell was empty, and read
 * through {@link #teachingArea()} and its siblings as {@link OptionalDouble}s: a national site holds
 * every school's statistics of every year while it renders, and 900,000 {@code OptionalDouble}s
 * were 22 MB of a 50,000-school build's 600 MB (docs/performance.md).
 */
public record SchoolStatistics(
        int year,
        String schoolCode,
        Map<Stage, StageStatistics> stages,
        double teachingAreaOrNaN,
        double sportsGroundAreaOrNaN,
        double sportsHallAreaOrNaN,
        double equipmentValueWanOrNaN,
        OptionalInt multimediaClassrooms,
        OptionalInt computers,
        OptionalInt books,
        OptionalInt musicRooms,
        double musicRoomMinAreaOrNaN,
        OptionalInt artRooms,
        double artRoomMinAreaOrNaN,
        SourceLocation source,
        CellPlaces cells) {

    public SchoolStatistics {
        schoolCode = Interned.of(schoolCode);
        stages = StageMap.copyOf(stages);
    }

    public SchoolStatistics(int year, String schoolCode, Map<Stage, StageStatistics> stages,
                            OptionalDouble teachingArea, OptionalDouble sportsGroundArea, OptionalDouble sportsHallArea,
                            OptionalDouble equipmentValueWan, OptionalInt multimediaClassrooms, OptionalInt computers,
                            OptionalInt books, OptionalInt musicRooms, OptionalDouble musicRoomMinArea,
                            OptionalInt artRooms, OptionalDouble artRoomMinArea, SourceLocation source, CellPlaces cells) {
        this(year, schoolCode, stages, orNaN(teachingArea), orNaN(sportsGroundArea), orNaN(sportsHallArea),
                orNaN(equipmentValueWan), multimediaClassrooms, computers, books, musicRooms, orNaN(musicRoomMinArea),
                artRooms, orNaN(artRoomMinArea), source, cells);
    }

    /** Statistics whose cells' places are not known (built in code rather than read from a file). */
    public SchoolStatistics(int year, String schoolCode, Map<Stage, StageStatistics> stages,
                            OptionalDouble teachingArea, OptionalDouble sportsGroundArea, OptionalDouble sportsHallArea,
                            OptionalDouble equipmentValueWan, OptionalInt multimediaClassrooms, OptionalInt computers,
                            OptionalInt books, OptionalInt musicRooms, OptionalDouble musicRoomMinArea,
                            OptionalInt artRooms, OptionalDouble artRoomMinArea, SourceLocation source) {
        this(year, schoolCode, stages, teachingArea, sportsGroundArea, sportsHallArea, equipmentValueWan,
                multimediaClassrooms, computers, books, musicRooms, musicRoomMinArea, artRooms, artRoomMinArea, source,
                CellPlaces.NONE);
    }

    public OptionalDouble teachingArea() {
        return given(teachingAreaOrNaN);
    }

    public OptionalDouble sportsGroundArea() {
        return given(sportsGroundAreaOrNaN);
    }

    public OptionalDouble sportsHallArea() {
        return given(sportsHallAreaOrNaN);
    }

    public OptionalDouble equipmentValueWan() {
        return given(equipmentValueWanOrNaN);
    }

    public OptionalDouble musicRoomMinArea() {
        return given(musicRoomMinAreaOrNaN);
    }

    public OptionalDouble artRoomMinArea() {
        return given(artRoomMinAreaOrNaN);
    }

    // A cell's number is never NaN: CellReader.decimal reads digits only.
    private static double orNaN(OptionalDouble value) {
        return value.orElse(Double.NaN);
    }

    private static OptionalDouble given(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Where the value of a column (e.g. {@code primary_teachers}) stands; the row if the cell's place is unknown. */
    public SourceLocation at(String key) {
        return cells.of(key, source).orElseGet(() -> new SourceLocation(source.file(), source.line(), 0, key));
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
