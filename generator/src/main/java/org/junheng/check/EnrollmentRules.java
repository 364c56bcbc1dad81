package org.junheng.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junheng.content.Admission;
import org.junheng.content.Content;
import org.junheng.content.Document;
import org.junheng.content.EnrollmentPlan;
import org.junheng.content.EnrollmentYear;
import org.junheng.content.Problem;
import org.junheng.content.ResultList;
import org.junheng.content.School;
import org.junheng.content.SourceLocation;
import org.junheng.content.Stage;
import org.junheng.content.Zone;

/**
 * Enrollment data names schools that exist, for stages they teach, once each; policies and
 * result lists refer to documents and schools that exist.
 */
final class EnrollmentRules implements Rule {

    @Override
    public void check(Content content, List<Problem> problems) {
        Map<String, School> schools = content.schoolsByCode();
        Set<String> documents = content.documents().stream().map(Document::slug).collect(Collectors.toSet());
        for (EnrollmentYear year : content.enrollment()) {
            // keyed by the values themselves: a zone's key as text was most of this rule's time
            Map<List<Object>, SourceLocation> seen = new HashMap<>();
            for (Zone zone : year.zones()) {
                if (school(schools, zone.schoolCode(), zone.stage(), zone.source(), problems)) {
                    SourceLocation first = seen.putIfAbsent(Arrays.asList(zone.schoolCode(), zone.key()),
                            zone.source());
                    if (first != null) {
                        problems.add(Problem.error(zone.source(), zone.label(), "zone.duplicate",
                                "同一学校同一学段的片区重复（第一次出现在第 " + first.line() + " 行）", "删除重复的行"));
                    }
                }
            }
            seen.clear();
            for (EnrollmentPlan plan : year.plans()) {
                if (school(schools, plan.schoolCode(), plan.stage(), plan.source(), problems)
                        && seen.putIfAbsent(Arrays.asList(plan.schoolCode(), plan.stage()), plan.source()) != null) {
                    problems.add(Problem.error(plan.source(), plan.schoolCode(), "plan.duplicate",
                            "同一学校同一学段有两行招生计划", "合并为一行"));
                }
            }
            seen.clear();
            for (Admission admission : year.admissions()) {
                if (school(schools, admission.schoolCode(), admission.stage(), admission.source(), problems)
                        && seen.putIfAbsent(Arrays.asList(admission.schoolCode(), admission.stage(),
                        admission.category()), admission.source()) != null) {
                    problems.add(Problem.error(admission.source(), admission.category(), "admission.duplicate",
                            "同一学校、学段和类别有两行招生结果", "合并为一行"));
                }
            }
            year.policy().ifPresent(policy -> policy.documentSlugs().stream().filter(s -> !documents.contains(s))
                    .forEach(slug -> problems.add(Problem.error(policy.source().withField("documents", 0), slug,
                            "enrollment.unknown-document", "找不到这份公开文件", "写 content/documents/ 中文件名（不带 .md）"))));
            for (ResultList list : year.resultLists()) {
                list.schoolCode().filter(code -> !schools.containsKey(code)).ifPresent(code ->
                        problems.add(Problem.error(list.source().withField("school", 0), code,
                                "result-list.unknown-school", "名单涉及的学校不在学校名录中", "改正学校标识码")));
            }
        }
    }

    /** Whether the school exists and teaches the stage; a problem if not. */
    private static boolean school(Map<String, School> schools, String code, Stage stage, SourceLocation at,
                                  List<Problem> problems) {
        School school = schools.get(code);
        if (school == null) {
            problems.add(Problem.error(at, code, "enrollment.unknown-school", "学校不在学校名录中",
                    "改正学校标识码，或先在 content/schools.csv 中登记这所学校"));
            return false;
        }
        if (!school.type().stages().contains(stage)) {
            problems.add(Problem.error(at.withField("学段", 0), stage.chinese(), "enrollment.stage-not-taught",
                    school.name() + "（" + school.type().chinese() + "）没有" + stage.chinese() + "学段",
                    "改正学段或学校标识码"));
            return false;
        }
        return true;
    }
}
