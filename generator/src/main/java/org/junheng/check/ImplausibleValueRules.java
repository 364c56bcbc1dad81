package org.junheng.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junheng.content.Content;
import org.junheng.content.Problem;
import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;

/**
 * Statistics that could be true but usually are a typing mistake — warnings, which never
 * stop a build: a very large teaching area per student, very large average classes, a
 * sudden change from the school's previous year (except while a new school fills up, one
 * grade a year), and a year missing for one school that the other schools of its county report.
 */
final class ImplausibleValueRules implements Rule {

    static final double MAX_AREA_PER_STUDENT = 100;
    static final double MAX_AVERAGE_CLASS = 66;
    static final double MAX_YEARLY_CHANGE = 0.30;
    /** Below these, a change of a few people is a large percentage and says nothing. */
    static final int MIN_STUDENTS_FOR_CHANGE = 20;
    static final int MIN_TEACHERS_FOR_CHANGE = 10;

    @Override
    public void check(Content content, List<Problem> problems) {
        Map<String, SchoolStatistics> byCodeAndYear = new HashMap<>();
        for (SchoolStatistics row : content.statistics()) {
            byCodeAndYear.putIfAbsent(row.schoolCode() + "/" + row.year(), row);
        }
        Map<String, School> schools = Schools.byCode(content);
        for (SchoolStatistics row : content.statistics()) {
            areaPerStudent(row, problems);
            row.stages().forEach((stage, figures) -> averageClass(row, stage, figures, problems));
            SchoolStatistics previous = byCodeAndYear.get(row.schoolCode() + "/" + (row.year() - 1));
            School school = schools.get(row.schoolCode());
            if (previous != null) {
                row.stages().forEach((stage, figures) -> previous.stage(stage)
                        .filter(before -> !fillingUp(school, stage, row.year())).ifPresent(before -> {
                    change(row, stage.key() + "_students", stage.chinese() + "在校生数", before.students(),
                            figures.students(), MIN_STUDENTS_FOR_CHANGE, problems);
                    change(row, stage.key() + "_teachers", stage.chinese() + "专任教师数", before.teachers(),
                            figures.teachers(), MIN_TEACHERS_FOR_CHANGE, problems);
                }));
            }
        }
        missingYears(content, problems);
    }

    /** A school younger than a stage's length still opens a new grade each year: its growth is expected. */
    private static boolean fillingUp(School school, Stage stage, int year) {
        int grades = stage == Stage.PRIMARY ? 6 : 3;
        return school != null && school.founded().isPresent() && year - school.founded().getAsInt() < grades;
    }

    private static void areaPerStudent(SchoolStatistics row, List<Problem> problems) {
        OptionalInt students = row.totalStudents();
        if (row.teachingArea().isEmpty() || students.isEmpty() || students.getAsInt() <= 0) {
            return;
        }
        double perStudent = row.teachingArea().getAsDouble() / students.getAsInt();
        if (perStudent > MAX_AREA_PER_STUDENT) {
            problems.add(Problem.warning(row.at("teaching_area"), Figures.number(row.teachingArea().getAsDouble()),
                    "statistics.area-per-student",
                    "生均教学及辅助用房面积 " + Figures.number(perStudent) + " ㎡，超过 " + Figures.number(MAX_AREA_PER_STUDENT)
                            + " ㎡，很可能填错了单位或位数",
                    "核对面积（单位是平方米）和在校生数"));
        }
    }

    private static void averageClass(SchoolStatistics row, Stage stage, StageStatistics figures,
                                     List<Problem> problems) {
        if (figures.students().isEmpty() || figures.classes().isEmpty() || figures.classes().getAsInt() <= 0) {
            return;
        }
        double average = (double) figures.students().getAsInt() / figures.classes().getAsInt();
        if (average > MAX_AVERAGE_CLASS) {
            problems.add(Problem.warning(row.at(stage.key() + "_classes"), String.valueOf(figures.classes().getAsInt()),
                    "statistics.class-size",
                    stage.chinese() + "平均班额 " + Figures.number(average) + " 人，超过 " + Figures.number(MAX_AVERAGE_CLASS)
                            + " 人（超大班额）",
                    "核对在校生数和班级数；如确实如此，这条提醒可以不理会"));
        }
    }

    private static void change(SchoolStatistics row, String key, String name, OptionalInt before, OptionalInt now,
                               int minimum, List<Problem> problems) {
        if (before.isEmpty() || now.isEmpty() || before.getAsInt() < minimum) {
            return;
        }
        double change = (double) (now.getAsInt() - before.getAsInt()) / before.getAsInt();
        if (Math.abs(change) >= MAX_YEARLY_CHANGE) {
            problems.add(Problem.warning(row.at(key), before.getAsInt() + " → " + now.getAsInt(), "statistics.sudden-change",
                    name + "比上一学年" + (change > 0 ? "增加" : "减少") + " " + Math.round(Math.abs(change) * 100)
                            + "%，变化异常大",
                    "核对两个学年的数据；如确有撤并、分设等原因，这条提醒可以不理会"));
        }
    }

    private static void missingYears(Content content, List<Problem> problems) {
        Map<String, School> schools = Schools.byCode(content);
        Map<String, SortedSet<Integer>> countyYears = new HashMap<>();
        Map<String, Set<Integer>> schoolYears = new HashMap<>();
        for (SchoolStatistics row : content.statistics()) {
            School school = schools.get(row.schoolCode());
            if (school != null) {
                countyYears.computeIfAbsent(school.countyCode(), c -> new TreeSet<>()).add(row.year());
                schoolYears.computeIfAbsent(school.code(), c -> new java.util.HashSet<>()).add(row.year());
            }
        }
        for (School school : content.schools()) {
            List<Integer> missing = countyYears.getOrDefault(school.countyCode(), new TreeSet<>()).stream()
                    .filter(year -> !schoolYears.getOrDefault(school.code(), Set.of()).contains(year))
                    .filter(year -> school.founded().isEmpty() || year >= school.founded().getAsInt())
                    .toList();
            if (!missing.isEmpty()) {
                problems.add(Problem.warning(school.source(),
                        missing.stream().map(String::valueOf).collect(Collectors.joining("、")), "statistics.missing-year",
                        "这所学校缺少其他学校都有的学年的统计数据", "在 content/statistics/ 中补上这所学校这些学年的一行"));
            }
        }
    }
}
