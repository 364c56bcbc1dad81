package org.junheng.check;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junheng.content.Content;
import org.junheng.content.Problem;
import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;

/**
 * Statistics that cannot be true: negative counts, a part larger than its whole (teachers
 * with a degree, backbone, PE/music/art or titled teachers outnumbering all teachers; more
 * classes than students), a largest class smaller than the average class, or figures for a
 * stage the school does not teach. Each is an error naming the cell.
 */
final class ImpossibleValueRules implements Rule {

    @Override
    public void check(Content content, List<Problem> problems) {
        Map<String, School> schools = Schools.byCode(content);
        for (SchoolStatistics row : content.statistics()) {
            boolean negative = negatives(row, problems);
            School school = schools.get(row.schoolCode());
            row.stages().forEach((stage, figures) -> {
                if (school != null && school.type() != SchoolType.SPECIAL_EDUCATION
                        && !school.type().stages().contains(stage)) {
                    Figures.Figure first = Figures.stage(stage, figures).get(0);
                    problems.add(Problem.error(row.at(first.key()), Figures.number(first.value()),
                            "statistics.stage-not-taught",
                            school.type().chinese() + "没有" + stage.chinese() + "学段，却填写了" + stage.chinese() + "的数据",
                            "删除这些单元格，或在学校名录中改正学校类型"));
                } else if (!negative) {
                    stage(row, stage, figures, problems);
                }
            });
        }
    }

    private static boolean negatives(SchoolStatistics row, List<Problem> problems) {
        boolean found = false;
        List<Figures.Figure> all = new java.util.ArrayList<>();
        row.stages().forEach((stage, figures) -> all.addAll(Figures.stage(stage, figures)));
        all.addAll(Figures.shared(row));
        for (Figures.Figure figure : all) {
            if (figure.value() < 0) {
                problems.add(Problem.error(row.at(figure.key()), Figures.number(figure.value()), "statistics.negative",
                        figure.name() + "不能是负数", "填写实际数值；没有统计的留空"));
                found = true;
            }
        }
        return found;
    }

    private static void stage(SchoolStatistics row, Stage stage, StageStatistics figures, List<Problem> problems) {
        String prefix = stage.key() + "_";
        figures.teachers().ifPresent(teachers -> {
            part(row, prefix + "teachers_above_degree", "高于规定学历教师", figures.teachersAboveDegree(), teachers, problems);
            part(row, prefix + "backbone_teachers", "县级以上骨干教师", figures.backboneTeachers(), teachers, problems);
            part(row, prefix + "mid_senior_title_teachers", "中级及以上职称教师", figures.midSeniorTitleTeachers(),
                    teachers, problems);
            int arts = figures.peTeachers().orElse(0) + figures.musicTeachers().orElse(0) + figures.artTeachers().orElse(0);
            if (arts > teachers) {
                String key = figures.peTeachers().isPresent() ? "pe_teachers"
                        : figures.musicTeachers().isPresent() ? "music_teachers" : "art_teachers";
                problems.add(Problem.error(row.at(prefix + key), String.valueOf(arts), "statistics.teacher-subset",
                        stage.chinese() + "体育、音乐、美术专任教师合计 " + arts + " 人，多于专任教师总数 " + teachers + " 人",
                        "核对这几列：它们是专任教师的一部分"));
            }
        });
        OptionalInt students = figures.students();
        OptionalInt classes = figures.classes();
        if (students.isPresent() && classes.isPresent()) {
            int s = students.getAsInt();
            int c = classes.getAsInt();
            if (c > s) {
                problems.add(Problem.error(row.at(prefix + "classes"), String.valueOf(c), "statistics.classes-exceed-students",
                        stage.chinese() + "班级数 " + c + " 多于在校生数 " + s, "核对班级数和在校生数"));
            } else if (c == 0 && s > 0) {
                problems.add(Problem.error(row.at(prefix + "classes"), "0", "statistics.classes-exceed-students",
                        stage.chinese() + "有 " + s + " 名学生，班级数却是 0", "填写实际班级数"));
            }
            figures.largestClass().ifPresent(largest -> {
                if (c > 0 && (long) largest * c < s) {
                    problems.add(Problem.error(row.at(prefix + "largest_class"), String.valueOf(largest),
                            "statistics.largest-class-below-average",
                            stage.chinese() + "最大班额 " + largest + " 小于平均班额 " + Figures.number((double) s / c),
                            "最大班额是人数最多的那个班的人数，不会小于平均班额；请核对"));
                } else if (largest > s) {
                    problems.add(Problem.error(row.at(prefix + "largest_class"), String.valueOf(largest),
                            "statistics.largest-class-above-students",
                            stage.chinese() + "最大班额 " + largest + " 多于在校生数 " + s, "核对最大班额和在校生数"));
                }
            });
        }
    }

    private static void part(SchoolStatistics row, String key, String name, OptionalInt part, int teachers,
                             List<Problem> problems) {
        if (part.isPresent() && part.getAsInt() > teachers) {
            problems.add(Problem.error(row.at(key), String.valueOf(part.getAsInt()), "statistics.teacher-subset",
                    name + " " + part.getAsInt() + " 人，多于专任教师总数 " + teachers + " 人",
                    "核对这一列：它是专任教师的一部分，不能多于专任教师数"));
        }
    }
}
