package org.junheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junheng.content.Content;
import org.junheng.content.EnrollmentYear;
import org.junheng.content.Ownership;
import org.junheng.content.Partnership;
import org.junheng.content.School;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.content.Zone;
import org.junheng.indicators.ZoneChanges;
import org.junheng.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo county's enrollment and progress data agree with its registry and its documents. */
class DemoEnrollmentTest {

    private static Content content;

    @BeforeAll
    static void load() throws Exception {
        content = new SiteBuilder().inspect(DemoSiteTest.DEMO).content();
    }

    @Test
    void everyPublicSchoolHasAZoneForEveryStageItTeachesInBothYears() {
        for (int year : List.of(2023, 2024)) {
            EnrollmentYear enrollment = content.enrollment(year).orElseThrow();
            for (School school : content.schools()) {
                if (school.ownership() == Ownership.PRIVATE || school.type() == SchoolType.SPECIAL_EDUCATION) {
                    continue;
                }
                Set<Stage> zoned = enrollment.zonesOf(school.code()).stream().map(Zone::stage)
                        .collect(Collectors.toSet());
                Set<Stage> taught = school.type().stages().stream().filter(Stage::isCompulsory)
                        .collect(Collectors.toSet());
                assertThat(zoned).as("%s in %d", school.name(), year).isEqualTo(taught);
            }
        }
    }

    @Test
    void theZonesChangeALittleFrom2023To2024AsTheNoticeSays() {
        var changes = ZoneChanges.between(content.enrollment(2023).orElseThrow().zones(),
                content.enrollment(2024).orElseThrow().zones());

        assertThat(changes).hasSizeBetween(3, 12);
        // 实验小学 and 第二小学 each gave a new compound to 城北学校 and 岚湖小学
        assertThat(ZoneChanges.forSchool(changes, "2199010001")).extracting(c -> c.after().first())
                .contains("3199010008");
        assertThat(ZoneChanges.forSchool(changes, "2199010002")).extracting(c -> c.after().first())
                .contains("2199010004");
    }

    @Test
    void the2024PlansAreTheOnesTheEnrollmentNoticesPublished() {
        EnrollmentYear year = content.enrollment(2024).orElseThrow();
        assertThat(year.plans()).anySatisfy(p -> {
            assertThat(p.schoolCode()).isEqualTo("2199010001");
            assertThat(p.places()).isEqualTo(270);
            assertThat(p.classes()).hasValue(6);
        }).anySatisfy(p -> {
            assertThat(p.schoolCode()).isEqualTo("3199010001");
            assertThat(p.places()).isEqualTo(600);
        });
        assertThat(year.admissions()).anySatisfy(a -> assertThat(a.admitted()).isBetween(1, 4));
        assertThat(year.policy().orElseThrow().documentSlugs())
                .containsExactly("2024-primary-enrollment-notice", "2024-junior-enrollment-notice");
    }

    @Test
    void thePairingAgreesWithItsPlanAndSummary() {
        Partnership pairing = content.partnerships().stream().filter(p -> p.id().equals("shiyan-yunfeng"))
                .findFirst().orElseThrow();
        var plan = content.documents().stream().filter(d -> d.slug().equals("2022-pairing-plan-shiyan-yunfeng"))
                .findFirst().orElseThrow();

        assertThat(pairing.agreements()).contains(plan.slug());
        assertThat(pairing.reports()).contains("2023-pairing-summary-shiyan-yunfeng");
        Set<String> schools = new java.util.TreeSet<>(pairing.memberCodes());
        schools.add(pairing.leadCode());
        assertThat(schools).isEqualTo(Set.copyOf(plan.schoolCodes()));
    }

    @Test
    void someProjectsAreOverdueOnTheDemosBuildDate() {
        LocalDate buildDate = content.newestDate().orElseThrow();

        assertThat(content.projects()).hasSizeBetween(18, 30);
        assertThat(content.projects().stream().filter(p -> p.overdueOn(buildDate)).count()).isBetween(1L, 8L);
    }
}
