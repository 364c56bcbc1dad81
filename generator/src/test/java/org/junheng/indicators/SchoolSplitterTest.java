package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.indicators.Fixtures.school;
import static org.junheng.indicators.Fixtures.stage;
import static org.junheng.indicators.Fixtures.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junheng.content.SchoolStatistics;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junit.jupiter.api.Test;

/** Multi-stage schools (standards.md §1.1): teacher counts per stage, shared facilities by weighted students. */
class SchoolSplitterTest {

    private final StandardSet national = Fixtures.national();

    private List<SchoolPartResult> parts(SchoolType type, SchoolStatistics statistics, StandardSet standards) {
        ResourceAllocation resources = ResourceAssessor.assess(Fixtures.YEAR,
                List.of(new SchoolYear(school(statistics.schoolCode(), type), statistics)), List.of(), standards,
                Optional.empty());
        return resources.parts();
    }

    private static BigDecimal value(SchoolPartResult part, String code) {
        return part.indicator(code).orElseThrow().value().orElseThrow();
    }

    @Test
    void nine_year_school_splits_shared_facilities_a_over_a_plus_1_1_b() {
        // A = 600 primary, B = 400 junior: weighted 600 + 1.1 × 400 = 1040
        // primary share 600/1040, junior share 440/1040 of 5200 ㎡ → 3000 ㎡ and 2200 ㎡
        SchoolStatistics stats = statistics("2199010002")
                .primary(stage(600).aboveDegree(30))
                .junior(stage(400).aboveDegree(20))
                .teachingArea(5200.0)
                .build();

        List<SchoolPartResult> parts = parts(SchoolType.NINE_YEAR, stats, national);

        assertThat(parts).extracting(SchoolPartResult::stage).containsExactly(Stage.PRIMARY, Stage.JUNIOR);
        SchoolPartResult primary = parts.get(0);
        SchoolPartResult junior = parts.get(1);
        assertThat(primary.facilityShare().get().partWeighted()).isEqualByComparingTo("600");
        assertThat(primary.facilityShare().get().schoolWeighted()).isEqualByComparingTo("1040");
        assertThat(junior.facilityShare().get().partWeighted()).isEqualByComparingTo("440");

        assertThat(primary.indicator("L4").get().amount().get()).isEqualByComparingTo("3000");
        assertThat(value(primary, "L4")).isEqualByComparingTo("5.0");   // 3000 ÷ 600, ≥ 4.5
        assertThat(value(junior, "L4")).isEqualByComparingTo("5.5");    // 2200 ÷ 400, < 5.8
        assertThat(junior.indicator("L4").get().outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(junior.indicator("L4").get().gap().get().shortfall()).isEqualByComparingTo("120");   // 5.8 × 400 − 2200

        // teacher indicators use each stage's own counts, judged against its own threshold
        assertThat(value(primary, "L1")).isEqualByComparingTo("5.0");   // 30 ÷ 600 × 100
        assertThat(value(junior, "L1")).isEqualByComparingTo("5.0");    // 20 ÷ 400 × 100
        assertThat(primary.indicator("L1").get().outcome()).isEqualTo(Outcome.MET);      // ≥ 4.2
        assertThat(junior.indicator("L1").get().outcome()).isEqualTo(Outcome.NOT_MET);   // < 5.3
        assertThat(primary.multiStage()).isTrue();
        assertThat(primary.name().zh()).isEqualTo("学校2199010002（小学）");
    }

    @Test
    void each_part_of_a_multi_stage_school_counts_as_a_school_in_its_stage_cv() {
        SchoolStatistics nineYear = statistics("2199010002").primary(stage(600)).junior(stage(400)).build();
        SchoolStatistics junior = statistics("2199010003").junior(stage(500)).build();

        ResourceAllocation resources = ResourceAssessor.assess(Fixtures.YEAR, List.of(
                        new SchoolYear(school("2199010002", SchoolType.NINE_YEAR), nineYear),
                        new SchoolYear(school("2199010003", SchoolType.JUNIOR_SCHOOL), junior)),
                List.of(), national, Optional.empty());

        assertThat(resources.cv("L1", Stage.JUNIOR).get().dispersion().get().count()).isEqualTo(2);
        assertThat(resources.cv("L1", Stage.PRIMARY).get().dispersion().get().count()).isEqualTo(1);
        assertThat(resources.cv("L1", Stage.JUNIOR).get().dispersion().get().students()).isEqualByComparingTo("900");
    }

    @Test
    void complete_secondary_school_splits_junior_to_senior_1_to_1_2() {
        // B = 1000 junior, C = 500 senior: weighted 1000 + 1.2 × 500 = 1600; junior share 0.625 of 16000 ㎡
        SchoolStatistics stats = statistics("2199010004").junior(stage(1000)).senior(stage(500))
                .teachingArea(16000.0).build();

        List<SchoolPartResult> parts = parts(SchoolType.COMPLETE_SECONDARY, stats, national);

        assertThat(parts).singleElement().satisfies(junior -> {
            assertThat(junior.stage()).isEqualTo(Stage.JUNIOR);
            assertThat(junior.facilityShare().get().fraction()).isEqualByComparingTo("0.625");
            assertThat(value(junior, "L4")).isEqualByComparingTo("10");   // 10 000 ㎡ ÷ 1000
        });
    }

    @Test
    void complete_secondary_weights_are_their_own_rule() {
        // a layer that sets 初中 : 高中 = 1 : 1 in 完全中学 gives the junior part 1000 / 1500
        StandardSet equal = Overrides.apply(national, new OverrideLayer(Layer.PROVINCE, "某省", "《某省细则》",
                Map.of(), Map.of(), Map.of("weights.complete_secondary.senior", BigDecimal.ONE), Map.of())).standards();
        SchoolStatistics stats = statistics("2199010004").junior(stage(1000)).senior(stage(500))
                .teachingArea(15000.0).build();

        assertThat(value(parts(SchoolType.COMPLETE_SECONDARY, stats, equal).get(0), "L4")).isEqualByComparingTo("10");
    }

    @Test
    void twelve_year_school_gives_the_senior_part_its_weighted_share() {
        // A = 500, B = 300, C = 200: weighted 500 + 330 + 264 = 1094; 10 940 ㎡ → 5000 ㎡ and 3300 ㎡
        SchoolStatistics stats = statistics("2199010005").primary(stage(500)).junior(stage(300)).senior(stage(200))
                .teachingArea(10940.0).build();

        List<SchoolPartResult> parts = parts(SchoolType.TWELVE_YEAR, stats, national);

        assertThat(parts).extracting(SchoolPartResult::stage).containsExactly(Stage.PRIMARY, Stage.JUNIOR);
        assertThat(value(parts.get(0), "L4")).isEqualByComparingTo("10");   // 5000 ÷ 500
        assertThat(value(parts.get(1), "L4")).isEqualByComparingTo("11");   // 3300 ÷ 300
    }

    @Test
    void shared_facilities_cannot_be_split_without_every_stage_count() {
        SchoolStatistics stats = statistics("2199010004").junior(stage(1000)).senior(stage(null)).build();

        SchoolPartResult junior = parts(SchoolType.COMPLETE_SECONDARY, stats, national).get(0);

        assertThat(junior.facilityShare()).isEmpty();
        for (String shared : List.of("L4", "L5", "L6", "L7")) {
            IndicatorResult r = junior.indicator(shared).get();
            assertThat(r.outcome()).as(shared).isEqualTo(Outcome.NOT_ASSESSABLE);
            assertThat(r.problem().get().zh()).isEqualTo("高中在校生数未填报，无法按学段分摊共用设施");
        }
        assertThat(junior.indicator("L1").get().outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void single_stage_schools_keep_all_their_facilities() {
        SchoolStatistics stats = statistics("2199010001").primary(stage(500)).teachingArea(2500.0).build();

        SchoolPartResult part = parts(SchoolType.PRIMARY_SCHOOL, stats, national).get(0);

        assertThat(part.facilityShare().get().fraction()).isEqualByComparingTo("1");
        assertThat(value(part, "L4")).isEqualByComparingTo("5");
        assertThat(part.multiStage()).isFalse();
    }
}
