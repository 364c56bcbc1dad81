package org.junheng.indicators;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;

/**
 * Decides which schools stay out of L1–L7 and the CVs: the types the standard set excludes
 * (special education; vocational schools are not in the registry's types) and 教学点 with
 * fewer students than the set's minimum. A 教学点 whose student count is missing stays in,
 * so that its missing data shows as "not assessable" rather than disappearing.
 */
final class Exclusions {

    private Exclusions() {
    }

    static Optional<ExcludedSchool> check(School school, SchoolStatistics statistics, StandardSet standards) {
        OptionalInt students = statistics.totalStudents();
        if (standards.excludedTypes().contains(school.type())) {
            return Optional.of(new ExcludedSchool(school, students, Text.of(
                    school.type().chinese() + "不参与资源配置指标和差异系数计算",
                    "a " + school.type().english().toLowerCase(Locale.ROOT)
                            + " is not counted in the resource indicators and CVs")));
        }
        if (school.type() == SchoolType.TEACHING_POINT) {
            int minimum = standards.rules().get(Rule.TEACHING_POINT_MIN_STUDENTS).intValue();
            OptionalInt primary = statistics.stage(Stage.PRIMARY).map(StageStatistics::students).orElse(OptionalInt.empty());
            if (primary.isPresent() && primary.getAsInt() < minimum) {
                return Optional.of(new ExcludedSchool(school, primary, Text.of(
                        "教学点在校生 " + primary.getAsInt() + " 人，不足 " + minimum + " 人，不参与计算",
                        "a 教学点 with " + primary.getAsInt() + " students, fewer than " + minimum + ", is not counted")));
            }
        }
        return Optional.empty();
    }
}
