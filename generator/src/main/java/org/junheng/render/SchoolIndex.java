package org.junheng.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junheng.content.Content;
import org.junheng.content.EnrollmentPlan;
import org.junheng.content.EnrollmentYear;
import org.junheng.content.Partnership;
import org.junheng.content.Project;
import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.Zone;

/**
 * What the pages of both languages look up by school code, grouped once for the site: each
 * language's pages grouped it again for themselves, and at 200,000 schools each grouping is
 * 200,000 map entries, held until the last page is written.
 *
 * @param schools        the registry by code (see {@link Content#schoolsByCode})
 * @param latest         each school's newest statistics
 * @param statistics     each school's statistics of every year, oldest first
 * @param teachingPoints each school's teaching points
 * @param projects       the projects of each school, in {@link ProgressPages#ordered} order
 * @param partnerships   the partnerships each school leads or belongs to
 * @param currentZones   each school's zones in the newest enrollment year
 * @param currentPlans   each school's plans in the newest enrollment year
 * @param communities    each school's communities (see {@link SchoolFinder#communities})
 * @param admissions     each enrollment year's admission results, suppressed (see {@link AdmissionTables})
 */
record SchoolIndex(Map<String, School> schools, Map<String, SchoolStatistics> latest,
                   Map<String, List<SchoolStatistics>> statistics, Map<String, List<School>> teachingPoints,
                   Map<String, List<Project>> projects, Map<String, List<Partnership>> partnerships,
                   Map<String, List<Zone>> currentZones, Map<String, List<EnrollmentPlan>> currentPlans,
                   Map<String, String> communities, Map<Integer, AdmissionTables> admissions) {

    /** @param suppressionThreshold the smallest count of children the admission tables show */
    static SchoolIndex of(Content content, int suppressionThreshold) {
        Map<String, School> schools = content.schoolsByCode();
        Optional<EnrollmentYear> current = EnrollmentPages.current(content);
        Map<Integer, AdmissionTables> admissions = new TreeMap<>();
        content.enrollment().forEach(year -> admissions.put(year.year(),
                new AdmissionTables(year, schools, suppressionThreshold)));
        return new SchoolIndex(schools, latestStatistics(content),
                Groups.by(content.statistics(), SchoolStatistics::schoolCode),
                content.schools().stream().filter(s -> s.parentCode().isPresent())
                        .collect(Collectors.groupingBy(s -> s.parentCode().get())),
                Groups.byEach(ProgressPages.ordered(content.projects()), project -> project.schoolCode().stream()),
                Groups.byEach(content.partnerships(), partnership -> Stream.concat(
                        Stream.of(partnership.leadCode()), partnership.memberCodes().stream()).distinct()),
                current.map(year -> Groups.by(year.zones(), Zone::schoolCode)).orElse(Map.of()),
                current.map(year -> Groups.by(year.plans(), EnrollmentPlan::schoolCode)).orElse(Map.of()),
                SchoolFinder.communities(content), admissions);
    }

    private static Map<String, SchoolStatistics> latestStatistics(Content content) {
        Map<String, SchoolStatistics> latest = new TreeMap<>();
        for (SchoolStatistics figures : content.statistics()) {
            latest.merge(figures.schoolCode(), figures, (a, b) -> a.year() >= b.year() ? a : b);
        }
        return latest;
    }
}
