package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junheng.indicators.Fixtures.school;
import static org.junheng.indicators.Fixtures.stage;
import static org.junheng.indicators.Fixtures.statistics;

import java.math.BigDecimal;

import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hand-computed L1–L7 for single-stage schools (standards.md §1.1). */
class IndicatorCalculatorTest {

    private final StandardSet national = Fixtures.national();

    private IndicatorResult evaluate(String code, SchoolType type, Stage stage, Fixtures.StatisticsBuilder stats) {
        SchoolPart part = SchoolSplitter.split(school("2199010001", type), stats.build(), national.rules()).stream()
                .filter(p -> p.stage() == stage).findFirst().orElseThrow();
        return IndicatorCalculator.evaluate(part, national.indicator(code).orElseThrow());
    }

    private IndicatorResult primary(String code, Fixtures.StatisticsBuilder stats) {
        return evaluate(code, SchoolType.PRIMARY_SCHOOL, Stage.PRIMARY, stats);
    }

    /** A 500-student primary school: every figure below is divided by 500. */
    private Fixtures.StatisticsBuilder fiveHundred(Fixtures.StageBuilder stage) {
        return statistics("2199010001").primary(stage);
    }

    @Nested
    class HandComputed {

        @Test
        void l1_teachers_above_degree_per_hundred_exactly_at_threshold_is_met() {
            // 21 ÷ 500 × 100 = 4.2 = the 小学 threshold; "以上" includes the number itself
            IndicatorResult r = primary("L1", fiveHundred(stage(500).aboveDegree(21)));

            assertThat(r.value().get()).isEqualByComparingTo("4.2");
            assertThat(r.outcome()).isEqualTo(Outcome.MET);
            assertThat(r.percentOfThreshold().get()).isEqualByComparingTo("100");
            assertThat(r.gap()).isEmpty();
        }

        @Test
        void l2_backbone_short_by_two_teachers() {
            // 1 ÷ 300 × 100 = 0.333…; needed 1.0 × 300 ÷ 100 = 3, so 2 more
            IndicatorResult r = primary("L2", statistics("x").primary(stage(300).backbone(1)));

            assertThat(r.value().get().doubleValue()).isCloseTo(1.0 / 3, within(1e-15));
            assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(r.gap().get().toAdd()).isEqualByComparingTo("2");
            assertThat(r.gap().get().text().zh()).isEqualTo("还差 2 名县级以上骨干教师");
        }

        @Test
        void l3_sums_pe_music_and_art_teachers() {
            // (2 + 1 + 1) ÷ 500 × 100 = 0.8 < 0.9; needed 4.5 → 1 more
            IndicatorResult r = primary("L3", fiveHundred(stage(500).peArts(2, 1, 1)));

            assertThat(r.value().get()).isEqualByComparingTo("0.8");
            assertThat(r.amount().get()).isEqualByComparingTo("4");
            assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(r.gap().get().toAdd()).isEqualByComparingTo("1");
            assertThat(r.gap().get().shortfall()).isEqualByComparingTo("0.5");
        }

        @Test
        void l4_teaching_area_short_in_square_metres() {
            // 2100 ÷ 500 = 4.2 ㎡ < 4.5; needed 2250 ㎡, so 150 ㎡ short; 4.2 / 4.5 = 93.33 %
            IndicatorResult r = primary("L4", fiveHundred(stage(500)).teachingArea(2100.0));

            assertThat(r.value().get()).isEqualByComparingTo("4.2");
            assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(r.gap().get().shortfall()).isEqualByComparingTo("150");
            assertThat(r.gap().get().text().zh()).isEqualTo("还差 150 ㎡ 教学及辅助用房");
            assertThat(Rounding.format(r.percentOfThreshold().get(), 2)).isEqualTo("93.33");
        }

        @Test
        void l5_adds_sports_ground_and_hall() {
            // (3500 + 300) ÷ 500 = 7.6 ≥ 7.5
            IndicatorResult r = primary("L5", fiveHundred(stage(500)).sportsGround(3500.0).sportsHall(300.0));

            assertThat(r.value().get()).isEqualByComparingTo("7.6");
            assertThat(r.outcome()).isEqualTo(Outcome.MET);
        }

        @Test
        void l6_converts_wan_yuan_to_yuan() {
            // 95 万元 = 950 000 元 ÷ 500 = 1900 元 < 2000; needed 1 000 000 元, short 50 000 元
            IndicatorResult r = primary("L6", fiveHundred(stage(500)).equipmentWan(95.0));

            assertThat(r.value().get()).isEqualByComparingTo("1900");
            assertThat(r.amount().get()).isEqualByComparingTo("950000");
            assertThat(r.gap().get().toAdd()).isEqualByComparingTo("50000");
            assertThat(r.gap().get().text().zh()).isEqualTo("还差 50000 元教学仪器设备");
        }

        @Test
        void l7_multimedia_rooms_per_hundred() {
            // 11 ÷ 500 × 100 = 2.2 < 2.3; needed 11.5 rooms, so 1 more
            IndicatorResult r = primary("L7", fiveHundred(stage(500)).multimedia(11));

            assertThat(r.value().get()).isEqualByComparingTo("2.2");
            assertThat(r.gap().get().toAdd()).isEqualByComparingTo("1");
        }

        @Test
        void junior_thresholds_apply_to_a_junior_school() {
            // 27 ÷ 500 × 100 = 5.4 ≥ 5.3 (初中); the same value would be judged against 4.2 in 小学
            IndicatorResult r = evaluate("L1", SchoolType.JUNIOR_SCHOOL, Stage.JUNIOR,
                    statistics("x").junior(stage(500).aboveDegree(27)));

            assertThat(r.threshold().get().value()).isEqualByComparingTo("5.3");
            assertThat(r.outcome()).isEqualTo(Outcome.MET);
        }
    }

    @Nested
    class Boundaries {

        @Test
        void a_value_a_hair_below_the_threshold_is_not_met_even_though_it_rounds_to_it() {
            // 10 499 ÷ 250 000 × 100 = 4.1996, shown as 4.20 with two decimals, but below 4.2
            IndicatorResult r = primary("L1", statistics("x").primary(stage(250_000).aboveDegree(10_499)));

            assertThat(r.value().get()).isEqualByComparingTo("4.1996");
            assertThat(Rounding.format(r.value().get(), 2)).isEqualTo("4.20");
            assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(r.gap().get().toAdd()).isEqualByComparingTo("1");
            assertThat(Rounding.nearThreshold(r.value().get(), r.threshold().get().value(), 2)).isEqualTo("4.1996");
        }

        @Test
        void values_at_thresholds_that_binary_floating_point_misses_are_met() {
            // (3 + 3 + 3) ÷ 1000 × 100 is 0.8999999999999999 in doubles; in decimals it is 0.9, which meets 0.9
            assertThat(primary("L3", statistics("x").primary(stage(1000).peArts(3, 3, 3))).outcome()).isEqualTo(Outcome.MET);
            // 23 ÷ 1000 × 100 = 2.3 and 13.5 ÷ 3 = 4.5
            assertThat(primary("L7", statistics("x").primary(stage(1000)).multimedia(23)).outcome()).isEqualTo(Outcome.MET);
            assertThat(primary("L4", statistics("x").primary(stage(3)).teachingArea(13.5)).outcome()).isEqualTo(Outcome.MET);
        }
    }

    @Nested
    class NotAssessable {

        @Test
        void an_empty_cell_is_not_zero() {
            IndicatorResult r = primary("L2", statistics("x").primary(stage(500).backbone(null)));

            assertThat(r.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
            assertThat(r.value()).isEmpty();
            assertThat(r.gap()).isEmpty();
            assertThat(r.problem().get().zh()).isEqualTo("小学县级以上骨干教师数未填报");
            assertThat(r.problem().get().en()).contains("not reported");
        }

        @Test
        void zero_students_make_every_indicator_not_assessable() {
            for (IndicatorDefinition indicator : national.indicators()) {
                SchoolPart part = SchoolSplitter.split(school("x", SchoolType.PRIMARY_SCHOOL),
                        statistics("x").primary(stage(0)).build(), national.rules()).get(0);
                IndicatorResult r = IndicatorCalculator.evaluate(part, indicator);
                assertThat(r.outcome()).as(indicator.code()).isEqualTo(Outcome.NOT_ASSESSABLE);
                assertThat(r.problem().get().zh()).contains("在校生数为 0");
            }
        }

        @Test
        void missing_students_are_reported_as_such() {
            IndicatorResult r = primary("L4", statistics("x").primary(stage(null)).teachingArea(3000.0));

            assertThat(r.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
            assertThat(r.problem().get().zh()).isEqualTo("小学在校生数未填报");
        }

        @Test
        void more_teachers_above_degree_than_teachers_is_impossible() {
            IndicatorResult r = primary("L1", statistics("x").primary(stage(500).teachers(30).aboveDegree(31)));

            assertThat(r.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
            assertThat(r.problem().get().zh()).contains("多于小学专任教师数（30）");
        }

        @Test
        void pe_and_arts_teachers_need_all_three_columns() {
            IndicatorResult r = primary("L3", statistics("x").primary(stage(500).peArts(3, null, 2)));

            assertThat(r.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
            assertThat(r.problem().get().zh()).isEqualTo("小学音乐专任教师数未填报");
        }

        @Test
        void sports_area_needs_both_ground_and_hall() {
            IndicatorResult r = primary("L5", statistics("x").primary(stage(500)).sportsHall(null));

            assertThat(r.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
            assertThat(r.problem().get().zh()).isEqualTo("体育馆面积未填报");
        }

        @Test
        void a_negative_area_is_impossible() {
            IndicatorResult r = primary("L4", statistics("x").primary(stage(500)).teachingArea(-1.0));

            assertThat(r.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
            assertThat(r.problem().get().zh()).contains("负数");
        }
    }

    @Test
    void amounts_are_exact_decimals_of_what_was_reported() {
        IndicatorResult r = primary("L4", statistics("x").primary(stage(3)).teachingArea(0.1));
        assertThat(r.amount().get()).isEqualTo(new BigDecimal("0.1"));
    }
}
