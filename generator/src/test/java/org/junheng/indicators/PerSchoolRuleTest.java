package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junheng.content.Stage;
import org.junit.jupiter.api.Test;

/** 每所学校至少 6 项指标达到要求，余项不低于要求的 85%. */
class PerSchoolRuleTest {

    private final StandardSet national = Fixtures.national();

    /** One result per L1…L7; each entry is the value as a share of the threshold, or null for not assessable. */
    private List<IndicatorResult> results(Double... shares) {
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            IndicatorDefinition indicator = national.indicators().get(i);
            Setting threshold = indicator.threshold(Stage.PRIMARY).get();
            if (shares[i] == null) {
                results.add(IndicatorResult.notAssessable(indicator, Stage.PRIMARY, OptionalInt.of(500),
                        Text.of("未填报", "not reported")));
                continue;
            }
            BigDecimal value = threshold.value().multiply(Decimals.of(shares[i]));
            Outcome outcome = value.compareTo(threshold.value()) >= 0 ? Outcome.MET : Outcome.NOT_MET;
            BigDecimal amount = Decimals.divide(value.multiply(BigDecimal.valueOf(500)), indicator.perStudents());
            results.add(IndicatorResult.assessed(indicator, Stage.PRIMARY, outcome, amount, 500));
        }
        return results;
    }

    private SchoolVerdict judge(StandardSet standards, Double... shares) {
        return PerSchoolRule.judge(results(shares), standards.rules()).orElseThrow();
    }

    private SchoolVerdict judge(Double... shares) {
        return judge(national, shares);
    }

    @Test
    void all_seven_met_passes() {
        assertThat(judge(1.0, 1.2, 1.0, 1.5, 1.0, 1.1, 1.0).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void six_met_and_the_seventh_at_85_percent_passes() {
        SchoolVerdict verdict = judge(1.0, 1.0, 1.0, 0.85, 1.0, 1.0, 1.0);

        assertThat(verdict.outcome()).isEqualTo(Outcome.MET);
        assertThat(verdict.met()).isEqualTo(6);
        assertThat(verdict.notMet()).isEqualTo(1);
    }

    @Test
    void six_met_and_the_seventh_at_84_percent_fails() {
        SchoolVerdict verdict = judge(1.0, 1.0, 1.0, 0.84, 1.0, 1.0, 1.0);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(verdict.reasons()).singleElement()
                .satisfies(r -> assertThat(r.zh()).isEqualTo("L4 生均教学及辅助用房面积仅为标准值的 84.0%，低于 85%"));
    }

    @Test
    void a_hair_below_85_percent_fails_and_says_so_without_rounding_to_85() {
        SchoolVerdict verdict = judge(1.0, 1.0, 1.0, 0.8499, 1.0, 1.0, 1.0);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(verdict.reasons().get(0).zh()).contains("84.99%");
    }

    @Test
    void five_met_fails_even_when_the_other_two_are_close() {
        SchoolVerdict verdict = judge(1.0, 1.0, 1.0, 0.99, 0.99, 1.0, 1.0);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(verdict.reasons()).singleElement()
                .satisfies(r -> assertThat(r.zh()).isEqualTo("7 项指标中只有 5 项达标，少于 6 项"));
    }

    @Test
    void every_reason_is_listed() {
        SchoolVerdict verdict = judge(0.5, 1.0, 1.0, 0.8, 1.0, 1.0, 1.0);

        assertThat(verdict.reasons()).extracting(Text::zh).containsExactly(
                "7 项指标中只有 5 项达标，少于 6 项",
                "L1 每百名学生拥有高于规定学历教师数仅为标准值的 50.0%，低于 85%",
                "L4 生均教学及辅助用房面积仅为标准值的 80.0%，低于 85%");
    }

    @Test
    void an_unknown_indicator_leaves_a_pass_undecided() {
        SchoolVerdict verdict = judge(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, null);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(verdict.notAssessable()).isEqualTo(1);
        assertThat(verdict.reasons().get(0).zh()).isEqualTo("L7 无法评估：未填报");
    }

    @Test
    void an_unknown_indicator_does_not_hide_a_decided_failure() {
        // 4 met + 1 unknown cannot reach 6, whatever the unknown one is
        assertThat(judge(1.0, 1.0, 1.0, 1.0, 0.9, 0.9, null).outcome()).isEqualTo(Outcome.NOT_MET);
        // one unmet below 85 % fails whatever the unknown one is
        assertThat(judge(1.0, 1.0, 1.0, 1.0, 1.0, 0.5, null).outcome()).isEqualTo(Outcome.NOT_MET);
        // 4 met + 1 at 90 % + 2 unknown could still pass
        assertThat(judge(1.0, 1.0, 1.0, 1.0, 0.9, null, null).outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
    }

    @Test
    void the_rule_numbers_come_from_the_standard_set() {
        StandardSet strict = Overrides.apply(national, new OverrideLayer(Layer.PROVINCE, "某省", "《某省细则》",
                Map.of(), Map.of(), Map.of("school.min_ratio", new BigDecimal("0.9")), Map.of())).standards();

        assertThat(judge(1.0, 1.0, 1.0, 0.85, 1.0, 1.0, 1.0).outcome()).isEqualTo(Outcome.MET);
        SchoolVerdict verdict = judge(strict, 1.0, 1.0, 1.0, 0.85, 1.0, 1.0, 1.0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(verdict.minRatio().setBy().name()).isEqualTo("某省");
    }

    @Test
    void no_verdict_without_thresholds() {
        StandardSet basic = Fixtures.basic();
        List<IndicatorResult> results = basic.indicators().stream()
                .map(i -> IndicatorResult.notAssessable(i, Stage.PRIMARY, OptionalInt.empty(), Text.of("x", "x")))
                .toList();

        assertThat(PerSchoolRule.judge(results, basic.rules())).isEmpty();
    }
}
