package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** 差异系数 exactly as standards.md §1.2: student-weighted mean, population variance with weights Pᵢ/P. */
class WeightedCvTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    private static double cv(List<Observation> observations) {
        return WeightedCv.of(observations).orElseThrow().cv().orElseThrow().doubleValue();
    }

    @Test
    void hand_computed_weighted_population_cv() {
        // X = 2 (P = 100) and X = 4 (P = 300): X̄ = (200 + 1200) / 400 = 3.5
        // S² = 0.25 × 1.5² + 0.75 × 0.5² = 0.5625 + 0.1875 = 0.75; CV = √0.75 / 3.5
        List<Observation> data = List.of(Observation.of(2, 100), Observation.of(4, 300));

        Dispersion d = WeightedCv.of(data).orElseThrow();

        assertThat(d.mean()).isEqualByComparingTo("3.5");
        assertThat(d.standardDeviation().pow(2).doubleValue()).isCloseTo(0.75, within(1e-30));
        assertThat(d.cv().get().doubleValue()).isCloseTo(Math.sqrt(0.75) / 3.5, within(1e-15));
        assertThat(Rounding.cv(d.cv().get())).isEqualTo("0.247");
    }

    @Test
    void differs_from_the_unweighted_and_the_n_minus_1_formulas() {
        List<Observation> data = List.of(Observation.of(2, 100), Observation.of(4, 300));
        double weighted = Math.sqrt(0.75) / 3.5;                 // 0.2474
        double unweighted = 1.0 / 3.0;                           // mean 3, population S = 1
        double weightedSample = Math.sqrt(0.75 * 2 / 1) / 3.5;   // n/(n−1) correction: 0.3499

        assertThat(cv(data)).isCloseTo(weighted, within(1e-15));
        assertThat(cv(data)).isNotCloseTo(unweighted, within(0.05));
        assertThat(cv(data)).isNotCloseTo(weightedSample, within(0.05));
    }

    @Test
    void a_large_school_far_from_the_rest_weighs_more_than_a_small_one() {
        // same values, weights swapped: an unweighted CV would not change
        double bigOutlier = cv(List.of(Observation.of(1, 1000), Observation.of(3, 100), Observation.of(3, 100)));
        double smallOutlier = cv(List.of(Observation.of(1, 100), Observation.of(3, 1000), Observation.of(3, 1000)));

        assertThat(bigOutlier).isNotCloseTo(smallOutlier, within(0.1));
    }

    @Test
    void the_mean_is_the_county_aggregate_ratio() {
        // schools with R = 21, 5, 12 backbone teachers for P = 500, 300, 400 students: X̄ = 38 / 1200 × 100
        List<Observation> data = List.of(
                new Observation(new BigDecimal("4.2"), BigDecimal.valueOf(500)),
                new Observation(new BigDecimal("5").divide(new BigDecimal("3"), MathContext.DECIMAL128), BigDecimal.valueOf(300)),
                new Observation(new BigDecimal("3"), BigDecimal.valueOf(400)));

        assertThat(WeightedCv.of(data).get().mean().doubleValue()).isCloseTo(3800.0 / 1200, within(1e-15));
    }

    @Test
    void exactly_at_the_limit_two_equal_schools_at_1_and_3_give_0_5() {
        // X̄ = 2, S² = ½ × 1 + ½ × 1 = 1, CV = 1 / 2
        assertThat(WeightedCv.of(List.of(Observation.of(1, 400), Observation.of(3, 400))).get().cv().get())
                .isEqualByComparingTo("0.5");
    }

    @Test
    void nothing_to_weigh_gives_no_cv() {
        assertThat(WeightedCv.of(List.of())).isEmpty();
        assertThat(WeightedCv.of(List.of(Observation.of(3, 0)))).isEmpty();
        assertThat(WeightedCv.of(List.of(Observation.of(0, 10), Observation.of(0, 20))).get().cv()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void scaling_every_value_leaves_the_cv_unchanged(long seed) {
        Random random = new Random(seed);
        List<Observation> data = randomData(random);
        BigDecimal factor = BigDecimal.valueOf(0.001 + random.nextDouble() * 1000);
        List<Observation> scaled = data.stream()
                .map(o -> new Observation(o.value().multiply(factor), o.students())).toList();

        BigDecimal before = WeightedCv.of(data).get().cv().get();
        BigDecimal after = WeightedCv.of(scaled).get().cv().get();

        assertThat(after.subtract(before).abs()).isLessThan(new BigDecimal("1e-25"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void equal_values_give_exactly_zero(long seed) {
        Random random = new Random(seed);
        double value = 0.01 + random.nextDouble() * 5000;
        List<Observation> data = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
            data.add(Observation.of(value, 1 + random.nextInt(3000)));
        }

        assertThat(WeightedCv.of(data).get().cv().get().signum()).isZero();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matches_the_formula_computed_independently_in_doubles(long seed) {
        List<Observation> data = randomData(new Random(seed));
        double p = data.stream().mapToDouble(o -> o.students().doubleValue()).sum();
        double mean = data.stream().mapToDouble(o -> o.students().doubleValue() * o.value().doubleValue()).sum() / p;
        double variance = data.stream()
                .mapToDouble(o -> o.students().doubleValue() / p * Math.pow(o.value().doubleValue() - mean, 2)).sum();

        assertThat(cv(data)).isCloseTo(Math.sqrt(variance) / mean, within(1e-12));
    }

    private static List<Observation> randomData(Random random) {
        List<Observation> data = new ArrayList<>();
        for (int i = 0, n = 2 + random.nextInt(30); i < n; i++) {
            data.add(Observation.of(0.1 + random.nextDouble() * 100, 1 + random.nextInt(3000)));
        }
        return data;
    }
}
