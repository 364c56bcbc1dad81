package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.OptionalInt;

import org.junheng.content.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A result keeps its amount compactly and gives back exactly the amount and value it was made from. */
class IndicatorResultTest {

    private final IndicatorDefinition perHundred = Fixtures.national().indicator("L1").orElseThrow();

    @ParameterizedTest
    @ValueSource(strings = {
            "21", // a count
            "0", "-3", // a negative count is kept as reported, for the checks to reject
            "1234.56", // an area
            "9223372036854775807", "-9223372036854775808", // the ends of a long
            "9223372036854775808", "-9223372036854775809", // just past them
            "1234.567890123456789012345678901234", // a 34-digit share of a shared facility
            "-0.0000000000000000000000000000000001",
            "170141183460469231731687303715884105727", // the largest 128-bit value
            "-170141183460469231731687303715884105728",
            "170141183460469231731687303715884105728", // too large for 128 bits: kept as it is
            "1E+5", "12.3000"})
    void the_amount_and_its_value_come_back_exactly(String digits) {
        BigDecimal amount = new BigDecimal(digits);
        IndicatorResult result = IndicatorResult.assessed(perHundred, Stage.PRIMARY, Outcome.MET, amount, 300);

        assertThat(result.amount()).hasValueSatisfying(kept -> {
            assertThat(kept.unscaledValue()).isEqualTo(amount.unscaledValue());
            assertThat(kept.scale()).isEqualTo(amount.scale());
        });
        BigDecimal calculated = Decimals.divide(amount.multiply(BigDecimal.valueOf(100)), BigDecimal.valueOf(300));
        assertThat(result.value()).hasValueSatisfying(value -> {
            assertThat(value.unscaledValue()).isEqualTo(calculated.unscaledValue());
            assertThat(value.scale()).isEqualTo(calculated.scale());
        });
        assertThat(result).isEqualTo(IndicatorResult.assessed(perHundred, Stage.PRIMARY, Outcome.MET,
                new BigDecimal(digits), 300));
        assertThat(result).isNotEqualTo(IndicatorResult.assessed(perHundred, Stage.PRIMARY, Outcome.MET,
                amount.add(BigDecimal.ONE), 300));
    }

    @Test
    void a_result_not_assessable_has_neither_amount_nor_value() {
        IndicatorResult result = IndicatorResult.notAssessable(perHundred, Stage.PRIMARY, OptionalInt.of(0),
                Text.of("在校生数为 0", "no students"));

        assertThat(result.assessable()).isFalse();
        assertThat(result.amount()).isEmpty();
        assertThat(result.value()).isEmpty();
        assertThat(result.gap()).isEmpty();
    }
}
