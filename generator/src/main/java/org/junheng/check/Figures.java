package org.junheng.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;

/** The reported values of a statistics row by column key, so rules can name the cell they speak of. */
final class Figures {

    /** One reported value: its column key (e.g. {@code primary_teachers}) and Chinese name. */
    record Figure(String key, String name, double value) {
    }

    private Figures() {
    }

    /** A stage's reported counts, in column order. */
    static List<Figure> stage(Stage stage, StageStatistics figures) {
        Map<String, OptionalInt> counts = new LinkedHashMap<>();
        counts.put("students", figures.students());
        counts.put("classes", figures.classes());
        counts.put("largest_class", figures.largestClass());
        counts.put("teachers", figures.teachers());
        counts.put("teachers_above_degree", figures.teachersAboveDegree());
        counts.put("backbone_teachers", figures.backboneTeachers());
        counts.put("pe_teachers", figures.peTeachers());
        counts.put("music_teachers", figures.musicTeachers());
        counts.put("art_teachers", figures.artTeachers());
        counts.put("mid_senior_title_teachers", figures.midSeniorTitleTeachers());
        List<Figure> reported = new ArrayList<>();
        counts.forEach((key, value) -> value.ifPresent(v -> reported.add(
                new Figure(stage.key() + "_" + key, stage.chinese() + NAMES.get(key), v))));
        return reported;
    }

    /** The facilities a school's stages share, in column order. */
    static List<Figure> shared(SchoolStatistics row) {
        List<Figure> reported = new ArrayList<>();
        add(reported, "teaching_area", "教学及辅助用房面积", row.teachingArea());
        add(reported, "sports_ground_area", "运动场地面积", row.sportsGroundArea());
        add(reported, "sports_hall_area", "体育馆面积", row.sportsHallArea());
        add(reported, "equipment_value", "教学仪器设备值", row.equipmentValueWan());
        add(reported, "multimedia_classrooms", "网络多媒体教室数", row.multimediaClassrooms());
        add(reported, "computers", "计算机台数", row.computers());
        add(reported, "books", "图书册数", row.books());
        add(reported, "music_rooms", "音乐专用教室数", row.musicRooms());
        add(reported, "music_room_min_area", "最小音乐教室面积", row.musicRoomMinArea());
        add(reported, "art_rooms", "美术专用教室数", row.artRooms());
        add(reported, "art_room_min_area", "最小美术教室面积", row.artRoomMinArea());
        return reported;
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static final Map<String, String> NAMES = Map.of("students", "在校生数", "classes", "班级数",
            "largest_class", "最大班额", "teachers", "专任教师数", "teachers_above_degree", "高于规定学历教师数",
            "backbone_teachers", "县级以上骨干教师数", "pe_teachers", "体育专任教师数", "music_teachers", "音乐专任教师数",
            "art_teachers", "美术专任教师数", "mid_senior_title_teachers", "中级及以上职称教师数");

    private static void add(List<Figure> reported, String key, String name, OptionalDouble value) {
        value.ifPresent(v -> reported.add(new Figure(key, name, v)));
    }

    private static void add(List<Figure> reported, String key, String name, OptionalInt value) {
        value.ifPresent(v -> reported.add(new Figure(key, name, v)));
    }
}
