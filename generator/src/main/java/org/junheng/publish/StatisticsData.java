package org.junheng.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.junheng.content.Column;
import org.junheng.content.Content;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;
import org.junheng.content.StatisticsTable;
import org.junheng.indicators.Text;

/**
 * The yearly statistics as the county entered them (原始统计数据): the columns of
 * {@code content/statistics/*.csv}, one row per school, so a published file can be read back
 * as content and every indicator recomputed from it.
 */
final class StatisticsData implements TableSource {

    static final String TABLE = "statistics";

    /** English title, unit and type of each column after its stage prefix. */
    private static final Map<String, Spec> STAGE_COLUMNS = Map.of(
            "students", new Spec("students", "人", "persons", true),
            "classes", new Spec("classes", "个", "classes", false),
            "largest_class", new Spec("students in the largest class", "人", "persons", true),
            "teachers", new Spec("full-time teachers", "人", "persons", false),
            "teachers_above_degree", new Spec("teachers above the required degree", "人", "persons", false),
            "backbone_teachers", new Spec("backbone teachers (county level or above)", "人", "persons", false),
            "pe_teachers", new Spec("full-time PE teachers", "人", "persons", false),
            "music_teachers", new Spec("full-time music teachers", "人", "persons", false),
            "art_teachers", new Spec("full-time art teachers", "人", "persons", false),
            "mid_senior_title_teachers", new Spec("teachers with a mid or senior title", "人", "persons", false));

    private static final Map<String, FacilitySpec> SCHOOL_COLUMNS = Map.ofEntries(
            Map.entry("teaching_area", new FacilitySpec("Teaching and auxiliary floor area", FieldType.NUMBER, "㎡", "m²")),
            Map.entry("sports_ground_area", new FacilitySpec("Sports ground area", FieldType.NUMBER, "㎡", "m²")),
            Map.entry("sports_hall_area", new FacilitySpec("Sports hall area", FieldType.NUMBER, "㎡", "m²")),
            Map.entry("equipment_value", new FacilitySpec("Teaching equipment value", FieldType.NUMBER, "万元",
                    "10,000 yuan")),
            Map.entry("multimedia_classrooms", new FacilitySpec("Networked multimedia classrooms", FieldType.INTEGER, "间",
                    "rooms")),
            Map.entry("computers", new FacilitySpec("Computers for teaching", FieldType.INTEGER, "台", "computers")),
            Map.entry("books", new FacilitySpec("Library books", FieldType.INTEGER, "册", "volumes")),
            Map.entry("music_rooms", new FacilitySpec("Dedicated music rooms", FieldType.INTEGER, "间", "rooms")),
            Map.entry("music_room_min_area", new FacilitySpec("Area of the smallest music room", FieldType.NUMBER, "㎡",
                    "m²")),
            Map.entry("art_rooms", new FacilitySpec("Dedicated art rooms", FieldType.INTEGER, "间", "rooms")),
            Map.entry("art_room_min_area", new FacilitySpec("Area of the smallest art room", FieldType.NUMBER, "㎡",
                    "m²")));

    static final TableSchema SCHEMA = TableSchema.of(TABLE, Text.of("原始统计数据", "School statistics"),
                    Text.of("各校本学年报送的统计数据，与 content/statistics/*.csv 的列相同；空单元格表示未报送，从不当作 0。"
                                    + "一贯制学校按学段填报学生和教师，校舍设备等由各学段共用。",
                            "The statistics each school reported for the year, with the columns of content/statistics/*.csv; "
                                    + "an empty cell was not reported and is never zero. Multi-stage schools report "
                                    + "students and teachers per stage; buildings and equipment are shared."),
                    fields())
            .primaryKey("year", "code")
            .foreignKey(ForeignKey.toSchools("code"));

    private final Content content;

    StatisticsData(Content content) {
        this.content = content;
    }

    @Override
    public List<TableSchema> schemas() {
        return List.of(SCHEMA);
    }

    @Override
    public SortedSet<Integer> years() {
        return new TreeSet<>(content.years());
    }

    @Override
    public List<Table> tables(int year) {
        return List.of(new Table(SCHEMA, content.statisticsFor(year).stream().map(StatisticsData::row)
                .collect(PackedRows.collector())));
    }

    private static List<String> row(SchoolStatistics s) {
        TableSchema.Row row = SCHEMA.row().set("year", Cells.integer(s.year())).set("code", s.schoolCode());
        for (Stage stage : Stage.values()) {
            s.stage(stage).ifPresent(figures -> stage(row, stage.key() + "_", figures));
        }
        return row.set("teaching_area", Cells.decimal(s.teachingArea()))
                .set("sports_ground_area", Cells.decimal(s.sportsGroundArea()))
                .set("sports_hall_area", Cells.decimal(s.sportsHallArea()))
                .set("equipment_value", Cells.decimal(s.equipmentValueWan()))
                .set("multimedia_classrooms", Cells.integer(s.multimediaClassrooms()))
                .set("computers", Cells.integer(s.computers()))
                .set("books", Cells.integer(s.books()))
                .set("music_rooms", Cells.integer(s.musicRooms()))
                .set("music_room_min_area", Cells.decimal(s.musicRoomMinArea()))
                .set("art_rooms", Cells.integer(s.artRooms()))
                .set("art_room_min_area", Cells.decimal(s.artRoomMinArea()))
                .cells();
    }

    private static void stage(TableSchema.Row row, String prefix, StageStatistics f) {
        Map<String, Function<StageStatistics, OptionalInt>> columns = Map.of(
                "students", StageStatistics::students, "classes", StageStatistics::classes,
                "largest_class", StageStatistics::largestClass, "teachers", StageStatistics::teachers,
                "teachers_above_degree", StageStatistics::teachersAboveDegree,
                "backbone_teachers", StageStatistics::backboneTeachers, "pe_teachers", StageStatistics::peTeachers,
                "music_teachers", StageStatistics::musicTeachers, "art_teachers", StageStatistics::artTeachers,
                "mid_senior_title_teachers", StageStatistics::midSeniorTitleTeachers);
        columns.forEach((key, value) -> row.set(prefix + key, Cells.integer(value.apply(f))));
    }

    /** Every column of the content format, in its order, with the content format's Chinese header. */
    private static List<DataField> fields() {
        List<DataField> fields = new ArrayList<>();
        for (Column column : StatisticsTable.COLUMNS) {
            fields.add(switch (column.key()) {
                case "year" -> SharedFields.YEAR;
                case "code" -> SharedFields.SCHOOL;
                default -> column(column);
            });
        }
        return fields;
    }

    private static DataField column(Column column) {
        FacilitySpec facility = SCHOOL_COLUMNS.get(column.key());
        if (facility != null) {
            return DataField.of(column.key(), facility.type(), column.chinese(), facility.english())
                    .described(column.chinese() + "（全校，各学段共用）", facility.english() + " (whole school, shared by its stages)")
                    .unit(facility.unitZh(), facility.unitEn());
        }
        for (Stage stage : Stage.values()) {
            String prefix = stage.key() + "_";
            if (column.key().startsWith(prefix)) {
                Spec spec = STAGE_COLUMNS.get(column.key().substring(prefix.length()));
                if (spec != null) {
                    DataField field = DataField.of(column.key(), FieldType.INTEGER, column.chinese(),
                                    stage.english() + " " + spec.english())
                            .described(stage.chinese() + "学段的" + column.chinese().substring(stage.chinese().length()),
                                    spec.english() + " of the " + stage.english().toLowerCase(java.util.Locale.ROOT)
                                            + " stage")
                            .unit(spec.unitZh(), spec.unitEn());
                    return spec.schoolSize() ? field.schoolSize() : field;
                }
            }
        }
        throw new IllegalStateException("the statistics column " + column.key() + " has no published description");
    }

    private record Spec(String english, String unitZh, String unitEn, boolean schoolSize) {
    }

    private record FacilitySpec(String english, FieldType type, String unitZh, String unitEn) {
    }
}
