package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junit.jupiter.api.Test;

/** A part's results, kept packed, are given back equal to the results they were made from, in order. */
class PartIndicatorsTest {

    private final List<IndicatorDefinition> definitions = Fixtures.national().indicators();

    @Test
    void everyKindOfResultComesBackEqualAndInItsPlace() {
        String[] amounts = {"21", "-3", "1234.56", "9223372036854775807", "-9223372036854775808",
                "9223372036854775808", "1234.567890123456789012345678901234", "1E+5", "12.3000", "0.1E-130",
                "-170141183460469231731687303715884105728", "170141183460469231731687303715884105728"};
        Outcome[] outcomes = Outcome.values();
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < amounts.length + 1; i++) {
            IndicatorDefinition indicator = definitions.get(i % definitions.size());
            results.add(i == 2
                    ? IndicatorResult.notAssessable(indicator, Stage.JUNIOR, OptionalInt.of(300),
                            Text.of("生均面积未填报", "area per student not reported"))
                    : IndicatorResult.assessed(indicator, Stage.JUNIOR, outcomes[i % outcomes.length],
                            new BigDecimal(amounts[i % amounts.length]), 300));
        }

        List<IndicatorResult> packed = PartIndicators.copyOf(results);

        assertThat(packed).isNotSameAs(results).hasSize(results.size()).isEqualTo(results);
        for (int i = 0; i < results.size(); i++) {
            IndicatorResult kept = packed.get(i);
            IndicatorResult made = results.get(i);
            assertThat(kept.indicator()).isSameAs(made.indicator());
            assertThat(kept.outcome()).isEqualTo(made.outcome());
            assertThat(kept.students()).isEqualTo(made.students());
            assertThat(kept.problem()).isEqualTo(made.problem());
            assertThat(kept.amount().map(BigDecimal::toString)).isEqualTo(made.amount().map(BigDecimal::toString));
            assertThat(kept.value().map(BigDecimal::toString)).isEqualTo(made.value().map(BigDecimal::toString));
        }
    }

    @Test
    void resultsOfAnotherStageOrOtherStudentsThanTheFirstAreKeptAsTheyAre() {
        List<IndicatorResult> results = List.of(
                IndicatorResult.assessed(definitions.get(0), Stage.PRIMARY, Outcome.MET, new BigDecimal("5"), 300),
                IndicatorResult.assessed(definitions.get(1), Stage.JUNIOR, Outcome.MET, new BigDecimal("5"), 300),
                IndicatorResult.assessed(definitions.get(2), Stage.PRIMARY, Outcome.NOT_MET, new BigDecimal("5"), 299),
                IndicatorResult.notAssessable(definitions.get(3), Stage.PRIMARY, OptionalInt.empty(),
                        Text.of("在校生数未填报", "students not reported")));

        List<IndicatorResult> packed = PartIndicators.copyOf(results);

        assertThat(packed).isEqualTo(results);
        assertThat(packed.get(1).stage()).isEqualTo(Stage.JUNIOR);
        assertThat(packed.get(2).students()).hasValue(299);
        assertThat(packed.get(3).students()).isEmpty();
        assertThat(PartIndicators.copyOf(packed)).isSameAs(packed);
    }

    @Test
    void aPartFindsAnIndicatorByItsCodeOnlyIfItHasIt() {
        List<IndicatorResult> results = definitions.stream()
                .map(indicator -> IndicatorResult.assessed(indicator, Stage.PRIMARY, Outcome.MET,
                        BigDecimal.valueOf(indicator.code().hashCode()), 120))
                .toList();
        SchoolPartResult part = new SchoolPartResult(Fixtures.school("s1", SchoolType.PRIMARY_SCHOOL),
                Stage.PRIMARY, OptionalInt.of(120), Optional.empty(), definitions, results,
                Optional.empty());

        IndicatorDefinition last = definitions.get(definitions.size() - 1);
        assertThat(part.indicator(last.code())).contains(results.get(results.size() - 1));
        assertThat(part.indicator("no such code")).isEmpty();
        assertThat(part.indicators()).isEqualTo(results);
    }
}
