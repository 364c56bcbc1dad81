package org.junheng.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Reads yearly school statistics from table rows: per-stage columns plus shared facilities. */
public final class StatisticsTable {

    /** Per-stage columns: the key and Chinese name after the stage's prefix. */
    private static final List<Column> STAGE_COLUMNS = List.of(
            Column.optional("students", "在校生数"),
            Column.optional("classes", "班级数"),
            Column.optional("largest_class", "最大班额"),
            Column.optional("teachers", "专任教师数"),
            Column.optional("teachers_above_degree", "高于规定学历教师数"),
            Column.optional("backbone_teachers", "县级以上骨干教师数"),
            Column.optional("pe_teachers", "体育专任教师数"),
            Column.optional("music_teachers", "音乐专任教师数"),
            Column.optional("art_teachers", "美术专任教师数"),
            Column.optional("mid_senior_title_teachers", "中级及以上职称教师数"));

    private static final List<Column> SCHOOL_COLUMNS = List.of(
            Column.optional("teaching_area", "教学及辅助用房面积"),
            Column.optional("sports_ground_area", "运动场地面积"),
            Column.optional("sports_hall_area", "体育馆面积"),
            Column.optional("equipment_value", "教学仪器设备值"),
            Column.optional("multimedia_classrooms", "网络多媒体教室数"),
            Column.optional("computers", "计算机台数"),
            Column.optional("books", "图书册数"),
            Column.optional("music_rooms", "音乐专用教室数"),
            Column.optional("music_room_min_area", "最小音乐教室面积"),
            Column.optional("art_rooms", "美术专用教室数"),
            Column.optional("art_room_min_area", "最小美术教室面积"));

    public static final List<Column> COLUMNS = columns();

    private StatisticsTable() {
    }

    private static List<Column> columns() {
        List<Column> all = new ArrayList<>();
        all.add(Column.required("year", "学年"));
        all.add(Column.required("code", "学校标识码"));
        for (Stage stage : Stage.values()) {
            for (Column column : STAGE_COLUMNS) {
                all.add(Column.optional(stage.key() + "_" + column.key(), stage.chinese() + column.chinese()));
            }
        }
        all.addAll(SCHOOL_COLUMNS);
        return List.copyOf(all);
    }

    public static List<SchoolStatistics> read(List<TableRow> rows, List<Problem> problems) {
        CellReader cells = new CellReader(problems);
        List<SchoolStatistics> statistics = new ArrayList<>();
        for (TableRow row : rows) {
            int before = problems.size();
            OptionalInt year = cells.year(row, "year");
            if (row.text("year").isEmpty()) {
                cells.requiredText(row, "year");
            }
            String code = cells.requiredText(row, "code");
            Map<Stage, StageStatistics> stages = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                StageStatistics figures = stage(cells, row, stage.key() + "_");
                if (!figures.isEmpty()) {
                    stages.put(stage, figures);
                }
            }
            SchoolStatistics record = new SchoolStatistics(year.orElse(0), code, stages,
                    cells.decimal(row, "teaching_area"),
                    cells.decimal(row, "sports_ground_area"),
                    cells.decimal(row, "sports_hall_area"),
                    cells.decimal(row, "equipment_value"),
                    cells.count(row, "multimedia_classrooms"),
                    cells.count(row, "computers"),
                    cells.count(row, "books"),
                    cells.count(row, "music_rooms"),
                    cells.decimal(row, "music_room_min_area"),
                    cells.count(row, "art_rooms"),
                    cells.decimal(row, "art_room_min_area"),
                    row.at("code"),
                    row.places());
            if (problems.size() == before) {
                statistics.add(record);
            }
        }
        return statistics;
    }

    private static StageStatistics stage(CellReader cells, TableRow row, String prefix) {
        return new StageStatistics(
                cells.count(row, prefix + "students"),
                cells.count(row, prefix + "classes"),
                cells.count(row, prefix + "largest_class"),
                cells.count(row, prefix + "teachers"),
                cells.count(row, prefix + "teachers_above_degree"),
                cells.count(row, prefix + "backbone_teachers"),
                cells.count(row, prefix + "pe_teachers"),
                cells.count(row, prefix + "music_teachers"),
                cells.count(row, prefix + "art_teachers"),
                cells.count(row, prefix + "mid_senior_title_teachers"));
    }
}
