package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junheng.indicators.Fixtures.school;
import static org.junheng.indicators.Fixtures.stage;
import static org.junheng.indicators.Fixtures.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** 资源配置 for a county: exclusions, the CV table and the part's outcome. */
class ResourceAssessorTest {

    private final StandardSet national = Fixtures.national();
    private final List<SchoolYear> schools = new ArrayList<>();

    private ResourceAssessorTest add(String code, SchoolType type, Fixtures.StatisticsBuilder stats) {
        schools.add(new SchoolYear(school(code, type), stats.build()));
        return this;
    }

    private ResourceAllocation assess() {
        return assess(national);
    }

    private ResourceAllocation assess(StandardSet standards) {
        return ResourceAssessor.assess(Fixtures.YEAR, schools, List.of(), standards, Optional.empty());
    }

    @Nested
    class Exclusions {

        @Test
        void teaching_points_under_50_and_special_education_are_listed_with_the_reason() {
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(500)));
            add("2199010081", SchoolType.TEACHING_POINT, statistics("2199010081").primary(stage(49).backbone(0)));
            add("2199010082", SchoolType.TEACHING_POINT, statistics("2199010082").primary(stage(50)));
            add("2199010091", SchoolType.SPECIAL_EDUCATION, statistics("2199010091").primary(stage(80)).junior(stage(40)));

            ResourceAllocation resources = assess();

            assertThat(resources.excluded()).extracting(e -> e.school().code()).containsExactly("2199010081", "2199010091");
            assertThat(resources.exclusion("2199010081").get().reason().zh())
                    .isEqualTo("教学点在校生 49 人，不足 50 人，不参与计算");
            assertThat(resources.exclusion("2199010081").get().students()).hasValue(49);
            assertThat(resources.exclusion("2199010091").get().reason().zh())
                    .isEqualTo("特殊教育学校不参与资源配置指标和差异系数计算");
            assertThat(resources.exclusion("2199010091").get().students()).hasValue(120);
            assertThat(resources.parts()).extracting(p -> p.school().code()).containsExactly("2199010001", "2199010082");
            assertThat(resources.cv("L2", Stage.PRIMARY).get().dispersion().get().count()).isEqualTo(2);
        }

        @Test
        void a_teaching_point_without_a_student_count_stays_in_as_not_assessable() {
            add("2199010081", SchoolType.TEACHING_POINT, statistics("2199010081").primary(stage(null)));

            ResourceAllocation resources = assess();

            assertThat(resources.excluded()).isEmpty();
            assertThat(resources.parts()).singleElement()
                    .satisfies(p -> assertThat(p.verdict().get().outcome()).isEqualTo(Outcome.NOT_ASSESSABLE));
        }
    }

    @Nested
    class CvTable {

        @Test
        void two_equal_schools_at_1_and_3_are_exactly_at_the_primary_limit_and_above_the_junior_one() {
            // L2 = 4 ÷ 400 × 100 = 1 and 12 ÷ 400 × 100 = 3: X̄ = 2, S = 1, CV = 0.5
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(400).backbone(4)));
            add("2199010002", SchoolType.PRIMARY_SCHOOL, statistics("2199010002").primary(stage(400).backbone(12)));
            add("2199010003", SchoolType.JUNIOR_SCHOOL, statistics("2199010003").junior(stage(400).backbone(4)));
            add("2199010004", SchoolType.JUNIOR_SCHOOL, statistics("2199010004").junior(stage(400).backbone(12)));

            ResourceAllocation resources = assess();

            CvResult primary = resources.cv("L2", Stage.PRIMARY).get();
            assertThat(primary.cv().get()).isEqualByComparingTo("0.5");
            assertThat(primary.outcome()).isEqualTo(Outcome.MET);   // ≤ 0.50
            CvResult junior = resources.cv("L2", Stage.JUNIOR).get();
            assertThat(junior.outcome()).isEqualTo(Outcome.NOT_MET); // > 0.45
            assertThat(junior.limit().get().value()).isEqualByComparingTo("0.45");
            assertThat(resources.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(resources.failures()).extracting(Text::zh)
                    .contains("初中 L2 每百名学生拥有县级以上骨干教师数差异系数为 0.500，超过 0.45");
        }

        @Test
        void a_cv_a_hair_above_the_limit_fails_and_is_shown_with_enough_decimals() {
            // X = 1 and 3.0016 for equal students: CV = 1.0008 / 2.0008 = 0.50019…, shown 0.500 at three decimals
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(250_000).backbone(2500).teachers(30_000)));
            add("2199010002", SchoolType.PRIMARY_SCHOOL, statistics("2199010002").primary(stage(250_000).backbone(7504).teachers(30_000)));

            ResourceAllocation resources = assess();

            CvResult cv = resources.cv("L2", Stage.PRIMARY).get();
            assertThat(Rounding.cv(cv.cv().get())).isEqualTo("0.500");
            assertThat(cv.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(resources.failures()).extracting(Text::zh).anySatisfy(f -> assertThat(f).contains("0.500200"));
        }

        @Test
        void schools_with_a_value_not_assessable_are_left_out_and_listed() {
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(400).backbone(4)));
            add("2199010002", SchoolType.PRIMARY_SCHOOL, statistics("2199010002").primary(stage(400).backbone(12)));
            add("2199010003", SchoolType.PRIMARY_SCHOOL, statistics("2199010003").primary(stage(400).backbone(null)));

            CvResult cv = assess().cv("L2", Stage.PRIMARY).get();

            assertThat(cv.cv().get()).isEqualByComparingTo("0.5");
            assertThat(cv.dispersion().get().count()).isEqualTo(2);
            assertThat(cv.leftOut()).singleElement().satisfies(f -> {
                assertThat(f.school().code()).isEqualTo("2199010003");
                assertThat(f.detail().zh()).isEqualTo("小学县级以上骨干教师数未填报");
            });
        }

        @Test
        void a_stage_without_schools_has_no_cv_and_leaves_the_part_undecided() {
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(400)));

            ResourceAllocation resources = assess();

            CvResult junior = resources.cv("L1", Stage.JUNIOR).get();
            assertThat(junior.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
            assertThat(junior.problem().get().zh()).isEqualTo("没有参与计算的初中学校");
            assertThat(resources.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
            assertThat(resources.failures()).isEmpty();
        }

        @Test
        void a_county_of_healthy_schools_passes() {
            for (int i = 1; i <= 4; i++) {
                add("219901000" + i, SchoolType.PRIMARY_SCHOOL, statistics("219901000" + i).primary(stage(300 + 100 * i)));
                add("219901010" + i, SchoolType.JUNIOR_SCHOOL, statistics("219901010" + i).junior(stage(400 + 50 * i)));
            }

            ResourceAllocation resources = assess();

            assertThat(resources.failures()).isEmpty();
            assertThat(resources.undecided()).isEmpty();
            assertThat(resources.outcome()).isEqualTo(Outcome.MET);
            assertThat(resources.cvs()).hasSize(14);
            assertThat(resources.cvs()).allSatisfy(cv -> assertThat(cv.outcome()).isEqualTo(Outcome.MET));
        }

        @Test
        void one_failing_school_fails_the_part_by_name() {
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(400)).teachingArea(1000.0).sportsGround(1000.0));
            add("2199010101", SchoolType.JUNIOR_SCHOOL, statistics("2199010101").junior(stage(400)));

            ResourceAllocation resources = assess();

            assertThat(resources.partsOf("2199010001").get(0).verdict().get().outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(resources.failures()).extracting(Text::zh).contains(
                    "学校2199010001（小学）：7 项指标中只有 5 项达标，少于 6 项；"
                            + "L4 生均教学及辅助用房面积仅为标准值的 55.6%，低于 85%；"
                            + "L5 生均体育运动场馆面积仅为标准值的 33.3%，低于 85%");
        }
    }

    @Test
    void the_basic_2012_view_gives_eight_cvs_and_their_plain_mean_per_stage() {
        add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(400).backbone(4)));
        add("2199010002", SchoolType.PRIMARY_SCHOOL, statistics("2199010002").primary(stage(800)).books(12000));
        add("2199010101", SchoolType.JUNIOR_SCHOOL, statistics("2199010101").junior(stage(600)));
        add("2199010102", SchoolType.JUNIOR_SCHOOL, statistics("2199010102").junior(stage(300)).computers(20));

        ResourceAllocation basic = assess(Fixtures.basic());

        assertThat(basic.cvs()).hasSize(16);
        assertThat(basic.parts()).allSatisfy(p -> assertThat(p.verdict()).isEmpty());
        for (Stage stage : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
            BigDecimal sum = basic.cvs().stream().filter(c -> c.stage() == stage)
                    .map(c -> c.cv().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
            CompositeCvResult composite = basic.composite(stage).get();
            assertThat(composite.value().get().doubleValue()).isCloseTo(sum.doubleValue() / 8, within(1e-15));
            assertThat(composite.outcome()).isEqualTo(Outcome.MET);
        }
        assertThat(basic.composite(Stage.PRIMARY).get().limit().get().value()).isEqualByComparingTo("0.65");
        assertThat(basic.cvs()).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Outcome.NO_STANDARD));
        assertThat(basic.outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void the_basic_composite_needs_all_eight_cvs() {
        add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(400)).books(null));
        add("2199010101", SchoolType.JUNIOR_SCHOOL, statistics("2199010101").junior(stage(600)));

        CompositeCvResult composite = assess(Fixtures.basic()).composite(Stage.PRIMARY).get();

        assertThat(composite.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(composite.problem().get().zh()).isEqualTo("以下指标的差异系数无法计算：B5");
    }
}
