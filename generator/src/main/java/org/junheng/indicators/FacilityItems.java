package org.junheng.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;

/**
 * The government-guarantee items computed from school statistics, over the schools counted in
 * 资源配置 (special-education schools and small 教学点 are left out here too):
 * G3 music and art rooms, G4 school size, G5 class size.
 */
final class FacilityItems {

    private static final Set<SchoolType> THROUGH_SCHOOLS = EnumSet.of(SchoolType.NINE_YEAR, SchoolType.TWELVE_YEAR);

    /** A school's finding: a rule broken, or the data missing to tell. */
    private record Finding(List<Text> failures, List<Text> missing) {
    }

    private FacilityItems() {
    }

    static ItemResult evaluate(ItemDefinition item, List<SchoolYear> schools, Rules rules) {
        ComputedItem computed = item.computed().orElseThrow();
        List<SchoolFinding> failing = new ArrayList<>();
        List<SchoolFinding> notAssessable = new ArrayList<>();
        for (SchoolYear school : schools) {
            Finding finding = switch (computed) {
                case ARTS_ROOMS -> artsRooms(school, rules);
                case SCHOOL_SIZE -> schoolSize(school, rules);
                case CLASS_SIZE -> classSize(school, rules);
            };
            if (!finding.failures().isEmpty()) {
                failing.add(SchoolFinding.of(school.school(), Text.join(finding.failures())));
            } else if (!finding.missing().isEmpty()) {
                notAssessable.add(SchoolFinding.of(school.school(), Text.join(finding.missing())));
            }
        }
        Outcome outcome;
        Optional<Text> problem;
        if (!failing.isEmpty()) {
            outcome = Outcome.NOT_MET;
            problem = Optional.of(Text.of(failing.size() + " 所学校未达到要求", failing.size() + " schools fall short"));
        } else if (schools.isEmpty() || !notAssessable.isEmpty()) {
            outcome = Outcome.NOT_ASSESSABLE;
            problem = Optional.of(schools.isEmpty()
                    ? Text.of("没有学校统计数据", "no school statistics")
                    : Text.of(notAssessable.size() + " 所学校数据不全", notAssessable.size() + " schools lack the data"));
        } else {
            outcome = Outcome.MET;
            problem = Optional.empty();
        }
        return new ItemResult(item, outcome, requirement(computed, rules), List.of(), failing, notAssessable,
                Optional.empty(), problem, Optional.empty());
    }

    static Text requirement(ComputedItem computed, Rules rules) {
        return switch (computed) {
            case ARTS_ROOMS -> {
                String per = rules.get(Rule.ARTS_ROOM_CLASSES).plain();
                String music = rules.get(Rule.MUSIC_ROOM_MIN_AREA).plain();
                String art = rules.get(Rule.ART_ROOM_MIN_AREA).plain();
                yield Text.of("每 " + per + " 个班级（不足 " + per + " 个按 " + per + " 个计）音乐、美术专用教室各至少 1 间；"
                                + "每间音乐教室 ≥ " + music + " ㎡，每间美术教室 ≥ " + art + " ㎡",
                        "at least 1 music and 1 art room per " + per + " classes (rounded up); music rooms ≥ "
                                + music + " ㎡, art rooms ≥ " + art + " ㎡");
            }
            case SCHOOL_SIZE -> Text.of(
                    "小学、初中规模 ≤ " + rules.get(Rule.SCHOOL_SIZE_SINGLE).plain() + " 人；九年一贯制、十二年一贯制学校义务教育阶段 ≤ "
                            + rules.get(Rule.SCHOOL_SIZE_THROUGH).plain() + " 人",
                    "primary and junior schools ≤ " + rules.get(Rule.SCHOOL_SIZE_SINGLE).plain()
                            + " students; compulsory part of through schools ≤ " + rules.get(Rule.SCHOOL_SIZE_THROUGH).plain());
            case CLASS_SIZE -> Text.of(
                    "小学每班 ≤ " + rules.get(Rule.CLASS_SIZE_PRIMARY).plain() + " 人，初中每班 ≤ "
                            + rules.get(Rule.CLASS_SIZE_JUNIOR).plain() + " 人",
                    "primary classes ≤ " + rules.get(Rule.CLASS_SIZE_PRIMARY).plain() + ", junior classes ≤ "
                            + rules.get(Rule.CLASS_SIZE_JUNIOR).plain() + " students");
        };
    }

    /** G3: ceil(classes ÷ 12) music rooms and as many art rooms, the smallest of each large enough. */
    private static Finding artsRooms(SchoolYear school, Rules rules) {
        List<Text> failures = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        OptionalInt classes = sumOverCompulsoryStages(school, StageStatistics::classes, Text.of("班级数", "classes"), missing);
        if (classes.isEmpty()) {
            return new Finding(failures, missing);
        }
        BigDecimal perRoom = rules.value(Rule.ARTS_ROOM_CLASSES);
        int required = BigDecimal.valueOf(classes.getAsInt()).divide(perRoom, 0, RoundingMode.CEILING).intValueExact();
        SchoolStatistics s = school.statistics();
        room(s.musicRooms(), s.musicRoomMinArea(), required, classes.getAsInt(), rules.get(Rule.MUSIC_ROOM_MIN_AREA),
                Text.of("音乐", "music"), failures, missing);
        room(s.artRooms(), s.artRoomMinArea(), required, classes.getAsInt(), rules.get(Rule.ART_ROOM_MIN_AREA),
                Text.of("美术", "art"), failures, missing);
        return new Finding(failures, missing);
    }

    private static void room(OptionalInt rooms, OptionalDouble minArea, int required, int classes, Setting areaFloor,
                             Text kind, List<Text> failures, List<Text> missing) {
        if (rooms.isEmpty()) {
            missing.add(Text.of(kind.zh() + "专用教室数未填报", kind.en() + " rooms not reported"));
            return;
        }
        if (rooms.getAsInt() < required) {
            failures.add(Text.of(
                    classes + " 个班应有" + kind.zh() + "专用教室至少 " + required + " 间，现有 " + rooms.getAsInt() + " 间",
                    classes + " classes need at least " + required + " " + kind.en() + " rooms, there are " + rooms.getAsInt()));
        }
        if (rooms.getAsInt() > 0) {
            if (minArea.isEmpty()) {
                missing.add(Text.of("最小" + kind.zh() + "教室面积未填报", "smallest " + kind.en() + " room area not reported"));
            } else if (Decimals.of(minArea.getAsDouble()).compareTo(areaFloor.value()) < 0) {
                String area = Decimals.plain(Decimals.of(minArea.getAsDouble()));
                failures.add(Text.of(
                        "最小" + kind.zh() + "教室 " + area + " ㎡，不足 " + areaFloor.plain() + " ㎡",
                        "smallest " + kind.en() + " room " + area + " ㎡, below " + areaFloor.plain() + " ㎡"));
            }
        }
    }

    /** G4: the compulsory students of the school, against 2500 for through schools and 2000 for the others. */
    private static Finding schoolSize(SchoolYear school, Rules rules) {
        List<Text> failures = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        OptionalInt students = sumOverCompulsoryStages(school, StageStatistics::students, Text.of("在校生数", "students"), missing);
        Setting cap = rules.get(THROUGH_SCHOOLS.contains(school.school().type()) ? Rule.SCHOOL_SIZE_THROUGH : Rule.SCHOOL_SIZE_SINGLE);
        if (students.isPresent() && students.getAsInt() > cap.intValue()) {
            failures.add(Text.of("义务教育阶段在校生 " + students.getAsInt() + " 人，超过 " + cap.plain() + " 人",
                    students.getAsInt() + " compulsory-stage students, above " + cap.plain()));
        }
        return new Finding(failures, missing);
    }

    /** G5: the largest class of each compulsory stage against its cap. */
    private static Finding classSize(SchoolYear school, Rules rules) {
        List<Text> failures = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        for (Stage stage : compulsoryStages(school.school())) {
            OptionalInt largest = school.statistics().stage(stage).map(StageStatistics::largestClass).orElse(OptionalInt.empty());
            Setting cap = rules.classSizeCap(stage);
            if (largest.isEmpty()) {
                missing.add(Text.of(stage.chinese() + "最大班额未填报", stage.english() + " largest class not reported"));
            } else if (largest.getAsInt() > cap.intValue()) {
                failures.add(Text.of(stage.chinese() + "最大班额 " + largest.getAsInt() + " 人，超过 " + cap.plain() + " 人",
                        stage.english() + " largest class " + largest.getAsInt() + ", above " + cap.plain()));
            }
        }
        return new Finding(failures, missing);
    }

    private static OptionalInt sumOverCompulsoryStages(SchoolYear school, Function<StageStatistics, OptionalInt> column,
                                                       Text columnName, List<Text> missing) {
        int total = 0;
        for (Stage stage : compulsoryStages(school.school())) {
            OptionalInt value = school.statistics().stage(stage).map(column).orElse(OptionalInt.empty());
            if (value.isEmpty()) {
                missing.add(Text.of(stage.chinese() + columnName.zh() + "未填报", stage.english() + " " + columnName.en() + " not reported"));
                return OptionalInt.empty();
            }
            total += value.getAsInt();
        }
        return OptionalInt.of(total);
    }

    private static List<Stage> compulsoryStages(School school) {
        return school.type().stages().stream().filter(Stage::isCompulsory).toList();
    }
}
