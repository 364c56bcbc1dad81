package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

import org.junheng.content.SchoolStatistics;
import org.junheng.content.StageStatistics;

/**
 * The raw amounts an indicator divides by students: teacher counts reported per stage, and
 * facilities the stages of a school share. {@code key} is how the standard-set YAML names it.
 */
public enum Quantity {
    TEACHERS("teachers", false, true,
            Text.of("专任教师数", "full-time teachers"), Text.of("名专任教师", "full-time teachers")),
    TEACHERS_ABOVE_DEGREE("teachers_above_degree", false, true,
            Text.of("高于规定学历教师数", "teachers above the required degree"),
            Text.of("名高于规定学历的教师", "teachers above the required degree")),
    BACKBONE_TEACHERS("backbone_teachers", false, true,
            Text.of("县级以上骨干教师数", "backbone teachers (county level or above)"),
            Text.of("名县级以上骨干教师", "backbone teachers")),
    PE_ARTS_TEACHERS("pe_arts_teachers", false, true,
            Text.of("体育、音乐、美术专任教师数", "full-time PE, music and art teachers"),
            Text.of("名体育、艺术专任教师", "PE and arts teachers")),
    MID_SENIOR_TITLE_TEACHERS("mid_senior_title_teachers", false, true,
            Text.of("中级及以上职称教师数", "teachers with a mid or senior title"),
            Text.of("名中级及以上职称教师", "teachers with a mid or senior title")),
    TEACHING_AREA("teaching_area", true, false,
            Text.of("教学及辅助用房面积", "teaching and auxiliary floor area"),
            Text.of("㎡ 教学及辅助用房", "㎡ of teaching and auxiliary floor area")),
    SPORTS_AREA("sports_area", true, false,
            Text.of("体育运动场馆面积（运动场地＋体育馆）", "sports ground and hall area"),
            Text.of("㎡ 体育运动场馆", "㎡ of sports grounds and halls")),
    EQUIPMENT_VALUE("equipment_value", true, false,
            Text.of("教学仪器设备值（元）", "teaching equipment value (yuan)"),
            Text.of("元教学仪器设备", "yuan of teaching equipment")),
    MULTIMEDIA_CLASSROOMS("multimedia_classrooms", true, true,
            Text.of("网络多媒体教室数", "networked multimedia classrooms"),
            Text.of("间网络多媒体教室", "networked multimedia classrooms")),
    COMPUTERS("computers", true, true,
            Text.of("计算机台数", "computers"), Text.of("台计算机", "computers")),
    BOOKS("books", true, true,
            Text.of("图书册数", "library books"), Text.of("册图书", "library books"));

    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);

    private final String key;
    private final boolean shared;
    private final boolean countable;
    private final Text label;
    private final Text measure;

    Quantity(String key, boolean shared, boolean countable, Text label, Text measure) {
        this.key = key;
        this.shared = shared;
        this.countable = countable;
        this.label = label;
        this.measure = measure;
    }

    public String key() { return key; }

    /** A facility the stages of a school share, split between its stage parts by weighted students. */
    public boolean shared() { return shared; }

    /** Counted in whole units (teachers, rooms), so a gap is a whole number. */
    public boolean countable() { return countable; }

    public Text label() { return label; }

    /** The unit and noun a gap is stated in: 还差 2 {名县级以上骨干教师}. */
    public Text measure() { return measure; }

    public static Optional<Quantity> fromKey(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
    }

    /** The school's whole amount (shared) or the stage's own count; the part's share is applied elsewhere. */
    Reading read(SchoolPart part) {
        SchoolStatistics school = part.statistics();
        return switch (this) {
            case TEACHERS -> stage(part, StageStatistics::teachers, label);
            case TEACHERS_ABOVE_DEGREE, BACKBONE_TEACHERS, MID_SENIOR_TITLE_TEACHERS ->
                    notAboveTeachers(part, stage(part, stageColumn(), label));
            case PE_ARTS_TEACHERS -> notAboveTeachers(part,
                    stage(part, StageStatistics::peTeachers, Text.of("体育专任教师数", "PE teachers"))
                            .plus(stage(part, StageStatistics::musicTeachers, Text.of("音乐专任教师数", "music teachers")))
                            .plus(stage(part, StageStatistics::artTeachers, Text.of("美术专任教师数", "art teachers"))));
            case TEACHING_AREA -> decimal(school.teachingArea(), label);
            case SPORTS_AREA -> decimal(school.sportsGroundArea(), Text.of("运动场地面积", "sports ground area"))
                    .plus(decimal(school.sportsHallArea(), Text.of("体育馆面积", "sports hall area")));
            case EQUIPMENT_VALUE -> inYuan(decimal(school.equipmentValueWan(), Text.of("教学仪器设备值", "equipment value")));
            case MULTIMEDIA_CLASSROOMS -> count(school.multimediaClassrooms(), label);
            case COMPUTERS -> count(school.computers(), label);
            case BOOKS -> count(school.books(), label);
        };
    }

    private Function<StageStatistics, OptionalInt> stageColumn() {
        return switch (this) {
            case TEACHERS_ABOVE_DEGREE -> StageStatistics::teachersAboveDegree;
            case BACKBONE_TEACHERS -> StageStatistics::backboneTeachers;
            case MID_SENIOR_TITLE_TEACHERS -> StageStatistics::midSeniorTitleTeachers;
            default -> throw new IllegalStateException(this + " is not a single stage column");
        };
    }

    private static Reading stage(SchoolPart part, Function<StageStatistics, OptionalInt> column, Text columnName) {
        Text named = Text.of(part.stage().chinese() + columnName.zh(), part.stage().english() + " " + columnName.en());
        OptionalInt value = part.stageStatistics().map(column).orElse(OptionalInt.empty());
        return count(value, named);
    }

    /** Teachers of a kind cannot outnumber the stage's full-time teachers; if they do the row is wrong. */
    private static Reading notAboveTeachers(SchoolPart part, Reading reading) {
        OptionalInt teachers = part.stageStatistics().map(StageStatistics::teachers).orElse(OptionalInt.empty());
        if (reading.amount().isPresent() && teachers.isPresent()
                && reading.amount().get().compareTo(BigDecimal.valueOf(teachers.getAsInt())) > 0) {
            String count = Decimals.plain(reading.amount().get());
            return Reading.problem(Text.of(
                    "填报的教师数（" + count + "）多于" + part.stage().chinese() + "专任教师数（" + teachers.getAsInt() + "），数据有误",
                    "the reported teachers (" + count + ") outnumber the stage's full-time teachers ("
                            + teachers.getAsInt() + "): the data is wrong"));
        }
        return reading;
    }

    private static Reading count(OptionalInt value, Text column) {
        if (value.isEmpty()) {
            return notReported(column);
        }
        return nonNegative(BigDecimal.valueOf(value.getAsInt()), column);
    }

    private static Reading decimal(OptionalDouble value, Text column) {
        if (value.isEmpty()) {
            return notReported(column);
        }
        return nonNegative(Decimals.of(value.getAsDouble()), column);
    }

    /** The statistics report equipment in 万元; the standard's threshold is in 元. */
    private static Reading inYuan(Reading wan) {
        return wan.amount().map(w -> Reading.of(w.multiply(YUAN_PER_WAN))).orElse(wan);
    }

    private static Reading nonNegative(BigDecimal amount, Text column) {
        if (amount.signum() < 0) {
            return Reading.problem(Text.of(column.zh() + "为负数，数据有误", column.en() + " is negative: the data is wrong"));
        }
        return Reading.of(amount);
    }

    private static Reading notReported(Text column) {
        return Reading.problem(Text.of(column.zh() + "未填报", column.en() + " not reported"));
    }
}
