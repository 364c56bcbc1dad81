package org.junheng.indicators;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rule numbers of a standard set besides thresholds and CV limits. {@code key} is the
 * dotted path under {@code rules:} in the standard-set YAML and in an override layer.
 */
public enum Rule {
    SCHOOL_MIN_MET("school.min_met", true,
            Text.of("每所学校至少达标的指标项数", "indicators each school must meet")),
    SCHOOL_MIN_RATIO("school.min_ratio", false,
            Text.of("未达标指标不得低于标准值的比例", "share of its threshold an unmet indicator must reach")),
    TEACHING_POINT_MIN_STUDENTS("exclusion.teaching_point_min_students", true,
            Text.of("参与计算的教学点最少在校生数", "students a 教学点 needs to be counted")),
    WEIGHT_PRIMARY("weights.primary", false, Text.of("小学学生折算系数", "weight of a primary student")),
    WEIGHT_JUNIOR("weights.junior", false, Text.of("初中学生折算系数", "weight of a junior student")),
    WEIGHT_SENIOR("weights.senior", false, Text.of("高中学生折算系数", "weight of a senior student")),
    COMPLETE_SECONDARY_WEIGHT_JUNIOR("weights.complete_secondary.junior", false,
            Text.of("完全中学初中学生折算系数", "weight of a junior student in a 完全中学")),
    COMPLETE_SECONDARY_WEIGHT_SENIOR("weights.complete_secondary.senior", false,
            Text.of("完全中学高中学生折算系数", "weight of a senior student in a 完全中学")),
    CLASS_SIZE_PRIMARY("class_size.primary", true, Text.of("小学班额上限", "largest primary class")),
    CLASS_SIZE_JUNIOR("class_size.junior", true, Text.of("初中班额上限", "largest junior class")),
    SCHOOL_SIZE_SINGLE("school_size.single", true, Text.of("小学、初中学校规模上限", "largest primary or junior school")),
    SCHOOL_SIZE_THROUGH("school_size.through", true,
            Text.of("九年一贯制、十二年一贯制学校义务教育阶段规模上限", "largest compulsory part of a through school")),
    ARTS_ROOM_CLASSES("arts_rooms.classes_per_room", true,
            Text.of("每间音乐、美术专用教室对应的班级数", "classes per music room and per art room")),
    MUSIC_ROOM_MIN_AREA("arts_rooms.music_min_area", false, Text.of("音乐专用教室最小面积（㎡）", "smallest music room (㎡)")),
    ART_ROOM_MIN_AREA("arts_rooms.art_min_area", false, Text.of("美术专用教室最小面积（㎡）", "smallest art room (㎡)"));

    private final String key;
    private final boolean whole;
    private final Text description;

    Rule(String key, boolean whole, Text description) {
        this.key = key;
        this.whole = whole;
        this.description = description;
    }

    public String key() { return key; }

    /** Counts (students, classes, indicators) must be whole numbers. */
    public boolean whole() { return whole; }

    public Text description() { return description; }

    public static Optional<Rule> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
