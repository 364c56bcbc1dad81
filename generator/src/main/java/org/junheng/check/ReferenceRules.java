package org.junheng.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junheng.content.Content;
import org.junheng.content.County;
import org.junheng.content.CountyInputs;
import org.junheng.content.Document;
import org.junheng.content.Problem;
import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.SchoolType;
import org.junheng.content.SourceLocation;

/** Codes are well formed and unique, and everything that names a school or county names one that exists. */
final class ReferenceRules implements Rule {

    private static final Pattern SCHOOL_CODE = Pattern.compile("\\d{10}");

    @Override
    public void check(Content content, List<Problem> problems) {
        Set<String> counties = content.counties().stream().map(County::code).collect(Collectors.toSet());
        Map<String, School> seen = new HashMap<>();
        for (School school : content.schools()) {
            SourceLocation at = school.source();
            if (!SCHOOL_CODE.matcher(school.code()).matches()) {
                problems.add(Problem.error(at, school.code(), "school.code-format", "学校标识码应是 10 位数字",
                        "填写全国统一的 10 位学校标识码"));
            }
            School first = seen.putIfAbsent(school.code(), school);
            if (first != null) {
                problems.add(Problem.error(at, school.code(), "school.duplicate-code",
                        "学校标识码重复（第一次出现在" + first.source().where() + "）", "每所学校只登记一次"));
            }
            if (!counties.contains(school.countyCode())) {
                problems.add(Problem.error(at.withField("县区代码", 0), school.countyCode(), "school.unknown-county",
                        "县区代码不在 site-config.yml 的 region.counties 中", "改正代码，或在配置中加入这个县区"));
            }
        }
        for (School school : content.schools()) {
            parent(school, seen, problems);
        }
        statistics(content, seen, problems);
        for (Document document : content.documents()) {
            for (String code : document.schoolCodes()) {
                if (!seen.containsKey(code)) {
                    problems.add(Problem.error(document.source().withField("schools", 0), code,
                            "document.unknown-school", "文件涉及的学校不在学校名录中", "改正学校标识码"));
                }
            }
        }
        for (CountyInputs inputs : content.countyInputs()) {
            if (!counties.contains(inputs.countyCode())) {
                problems.add(Problem.error(inputs.source().withField("county", 0), inputs.countyCode(),
                        "county.unknown", "县区代码不在 site-config.yml 的 region.counties 中", "改正 county"));
            }
        }
    }

    private static void parent(School school, Map<String, School> schools, List<Problem> problems) {
        SourceLocation at = school.source().withField("所属学校", 0);
        if (school.type() == SchoolType.TEACHING_POINT && school.parentCode().isEmpty()) {
            problems.add(Problem.error(at, "", "school.parent-required", "教学点必须填写所属学校",
                    "填写举办该教学点的学校的标识码"));
        }
        school.parentCode().ifPresent(code -> {
            if (!schools.containsKey(code)) {
                problems.add(Problem.error(at, code, "school.unknown-parent", "所属学校不在学校名录中", "改正学校标识码"));
            } else if (code.equals(school.code())) {
                problems.add(Problem.error(at, code, "school.self-parent", "学校不能隶属于自己", "改正所属学校"));
            }
        });
    }

    private static void statistics(Content content, Map<String, School> schools, List<Problem> problems) {
        Set<String> rows = new HashSet<>();
        for (SchoolStatistics figures : content.statistics()) {
            if (!schools.containsKey(figures.schoolCode())) {
                problems.add(Problem.error(figures.source(), figures.schoolCode(), "statistics.unknown-school",
                        "统计数据中的学校不在学校名录中", "先在学校名录中登记这所学校，或改正标识码"));
            }
            if (!rows.add(figures.schoolCode() + "/" + figures.year())) {
                problems.add(Problem.error(figures.source(), figures.schoolCode(), "statistics.duplicate-row",
                        "同一学校同一学年有两行统计数据", "删除重复的行"));
            }
        }
    }
}
