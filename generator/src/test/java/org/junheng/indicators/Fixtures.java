package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junheng.content.AssessmentInput;
import org.junheng.content.Content;
import org.junheng.content.County;
import org.junheng.content.CountyInputs;
import org.junheng.content.Locality;
import org.junheng.content.Ownership;
import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.SchoolType;
import org.junheng.content.SourceLocation;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;
import org.junheng.site.StandardSetLoader;

/**
 * Test data. A stage or school built here is "healthy" (meets every 2017 threshold and cap)
 * unless a test changes a figure, so each test states only the numbers it is about.
 * {@code null} passed to a setter means "not reported".
 */
final class Fixtures {

    static final int YEAR = 2024;
    static final String COUNTY = "990101";

    private Fixtures() {
    }

    static StandardSet national() {
        return StandardSetLoader.builtIn("national-2017");
    }

    static StandardSet basic() {
        return StandardSetLoader.builtIn("basic-2012");
    }

    static School school(String code, SchoolType type) {
        return school(code, type, COUNTY);
    }

    static School school(String code, SchoolType type, String county) {
        return new School(code, "学校" + code, List.of(), type, Optional.empty(), county, "城关镇", Locality.URBAN,
                Ownership.PUBLIC, false, Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), SourceLocation.line("content/schools.csv", 2));
    }

    static StageBuilder stage(Integer students) {
        return new StageBuilder(students);
    }

    static StatisticsBuilder statistics(String code) {
        return new StatisticsBuilder(code);
    }

    static County county() {
        return new County(COUNTY, "青岚县", "Qinglan County");
    }

    static Content content(List<School> schools, List<SchoolStatistics> statistics, List<CountyInputs> inputs) {
        return new Content(List.of(county()), schools, statistics, inputs, List.of(), Optional.empty());
    }

    static int ceilPercent(int students, double perHundred) {
        return (int) Math.ceil(students * perHundred / 100);
    }

    static final class StageBuilder {
        Integer students;
        Integer classes;
        Integer largestClass = 40;
        Integer teachers;
        Integer aboveDegree;
        Integer backbone;
        Integer pe;
        Integer music;
        Integer art;
        Integer midSenior;

        StageBuilder(Integer students) {
            this.students = students;
            int p = students == null ? 0 : students;
            classes = Math.max(1, (int) Math.ceil(p / 40.0));
            teachers = (int) Math.ceil(p / 12.0);
            aboveDegree = ceilPercent(p, 6);
            backbone = ceilPercent(p, 1.5);
            pe = ceilPercent(p, 0.5);
            music = ceilPercent(p, 0.3);
            art = ceilPercent(p, 0.3);
            midSenior = ceilPercent(p, 3);
        }

        StageBuilder classes(Integer v) { classes = v; return this; }
        StageBuilder largestClass(Integer v) { largestClass = v; return this; }
        StageBuilder teachers(Integer v) { teachers = v; return this; }
        StageBuilder aboveDegree(Integer v) { aboveDegree = v; return this; }
        StageBuilder backbone(Integer v) { backbone = v; return this; }
        StageBuilder peArts(Integer pe, Integer music, Integer art) { this.pe = pe; this.music = music; this.art = art; return this; }
        StageBuilder midSenior(Integer v) { midSenior = v; return this; }

        StageStatistics build() {
            return new StageStatistics(opt(students), opt(classes), opt(largestClass), opt(teachers), opt(aboveDegree),
                    opt(backbone), opt(pe), opt(music), opt(art), opt(midSenior));
        }
    }

    static final class StatisticsBuilder {
        final String code;
        int year = YEAR;
        final Map<Stage, StageBuilder> stages = new EnumMap<>(Stage.class);
        final Map<String, Object> set = new LinkedHashMap<>();

        StatisticsBuilder(String code) {
            this.code = code;
        }

        StatisticsBuilder year(int v) { year = v; return this; }
        StatisticsBuilder stage(Stage stage, StageBuilder builder) { stages.put(stage, builder); return this; }
        StatisticsBuilder primary(StageBuilder builder) { return stage(Stage.PRIMARY, builder); }
        StatisticsBuilder junior(StageBuilder builder) { return stage(Stage.JUNIOR, builder); }
        StatisticsBuilder senior(StageBuilder builder) { return stage(Stage.SENIOR, builder); }
        StatisticsBuilder teachingArea(Double v) { set.put("teachingArea", v); return this; }
        StatisticsBuilder sportsGround(Double v) { set.put("sportsGround", v); return this; }
        StatisticsBuilder sportsHall(Double v) { set.put("sportsHall", v); return this; }
        StatisticsBuilder equipmentWan(Double v) { set.put("equipment", v); return this; }
        StatisticsBuilder multimedia(Integer v) { set.put("multimedia", v); return this; }
        StatisticsBuilder computers(Integer v) { set.put("computers", v); return this; }
        StatisticsBuilder books(Integer v) { set.put("books", v); return this; }
        StatisticsBuilder musicRooms(Integer rooms, Double minArea) { set.put("musicRooms", rooms); set.put("musicArea", minArea); return this; }
        StatisticsBuilder artRooms(Integer rooms, Double minArea) { set.put("artRooms", rooms); set.put("artArea", minArea); return this; }

        SchoolStatistics build() {
            int students = stages.values().stream().mapToInt(s -> s.students == null ? 0 : s.students).sum();
            int classes = stages.entrySet().stream().filter(e -> e.getKey().isCompulsory())
                    .mapToInt(e -> e.getValue().classes == null ? 0 : e.getValue().classes).sum();
            int rooms = Math.max(1, (int) Math.ceil(classes / 12.0));
            Map<Stage, StageStatistics> built = new EnumMap<>(Stage.class);
            stages.forEach((stage, b) -> built.put(stage, b.build()));
            return new SchoolStatistics(year, code, built,
                    dbl("teachingArea", 7.0 * students),
                    dbl("sportsGround", 11.0 * students),
                    dbl("sportsHall", 0.0),
                    dbl("equipment", 0.3 * students),
                    integer("multimedia", ceilPercent(students, 3)),
                    integer("computers", (int) Math.ceil(students / 5.0)),
                    integer("books", 30 * students),
                    integer("musicRooms", rooms), dbl("musicArea", 100.0),
                    integer("artRooms", rooms), dbl("artArea", 95.0),
                    SourceLocation.line("content/statistics/" + year + ".csv", 2));
        }

        private OptionalDouble dbl(String key, double healthy) {
            if (!set.containsKey(key)) {
                return OptionalDouble.of(healthy);
            }
            Object v = set.get(key);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of((Double) v);
        }

        private OptionalInt integer(String key, int healthy) {
            if (!set.containsKey(key)) {
                return OptionalInt.of(healthy);
            }
            Object v = set.get(key);
            return v == null ? OptionalInt.empty() : OptionalInt.of((Integer) v);
        }
    }

    /** County inputs that meet every item of the national set; {@code with} replaces or removes items. */
    static CountyInputs goodInputs(int year) {
        return inputs(year, goodItems());
    }

    static Map<String, Map<String, Object>> goodItems() {
        Map<String, Map<String, Object>> items = new LinkedHashMap<>();
        for (String code : List.of("G1", "G6", "G8", "G10", "Q3", "Q5", "Q7", "Q8")) {
            items.put(code, Map.of("met", true));
        }
        items.put("G2", Map.of("construction", true, "staffing", true, "funding", true, "equipment", true));
        items.put("G7", Map.of("value", 6500));
        items.put("G9", Map.of("value", 100));
        items.put("G11", Map.of("value", 12.5, "backbone", 22.0));
        items.put("G12", Map.of("value", 100));
        items.put("G13", Map.of("primary", 100, "junior", 96.4));
        items.put("G14", Map.of("value", 55, "rural_tilt", true));
        items.put("G15", Map.of("care_system", true, "migrant_public", 93.1));
        items.put("Q1", Map.of("value", 97.8));
        items.put("Q2", Map.of("value", 96.5));
        items.put("Q4", Map.of("value", 5.4));
        items.put("Q6", Map.of("rating", "良好"));
        items.put("Q9", Map.of("subjects", List.of(subject("数学", "四年级", 3, 0.12), subject("语文", "八年级", 4, 0.08))));
        items.put("social_recognition", Map.of("value", 88.6));
        for (int v = 1; v <= 6; v++) {
            items.put("V" + v, Map.of("occurred", false));
        }
        return items;
    }

    static Map<String, Object> subject(String subject, String grade, int level, double rate) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("subject", subject);
        map.put("grade", grade);
        map.put("level", level);
        map.put("difference_rate", rate);
        return map;
    }

    static CountyInputs inputs(int year, Map<String, Map<String, Object>> items) {
        Map<String, AssessmentInput> inputs = new LinkedHashMap<>();
        items.forEach((code, values) -> inputs.put(code, new AssessmentInput(code, values,
                Optional.of("《青岚县" + code + "佐证材料》"), SourceLocation.file("content/county/" + year + ".yml"))));
        return new CountyInputs(COUNTY, year, inputs, SourceLocation.file("content/county/" + year + ".yml"));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static List<SchoolStatistics> list(StatisticsBuilder... builders) {
        List<SchoolStatistics> list = new ArrayList<>();
        for (StatisticsBuilder b : builders) {
            list.add(b.build());
        }
        return list;
    }

    private static OptionalInt opt(Integer v) {
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }
}
