package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

import org.junheng.content.Stage;

/**
 * One indicator of one school part.
 *
 * @param value              the unrounded indicator value; empty when not assessable
 * @param amount             the numerator the value was computed from (for shared facilities, the part's share)
 * @param threshold          the stage's threshold with its provenance; empty when the set has none
 * @param gap                present only when the threshold is not met
 * @param problem            why the indicator is not assessable
 */
public record IndicatorResult(
        IndicatorDefinition indicator,
        Stage stage,
        Outcome outcome,
        Optional<BigDecimal> value,
        Optional<BigDecimal> amount,
        OptionalInt students,
        Optional<Setting> threshold,
        Optional<Gap> gap,
        Optional<Text> problem) {

    public String code() {
        return indicator.code();
    }

    /**
     * value ÷ threshold × 100, when both are known: worked out when asked, since a large site keeps
     * hundreds of thousands of results and this is a 34-digit number for each.
     */
    public Optional<BigDecimal> percentOfThreshold() {
        if (value.isEmpty() || threshold.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Decimals.divide(value.get().multiply(Decimals.HUNDRED), threshold.get().value()));
    }

    public boolean assessable() {
        return value.isPresent();
    }

    static IndicatorResult notAssessable(IndicatorDefinition indicator, Stage stage, OptionalInt students,
                                         Text problem) {
        return new IndicatorResult(indicator, stage, Outcome.NOT_ASSESSABLE, Optional.empty(), Optional.empty(), students,
                indicator.threshold(stage), Optional.empty(), Optional.of(problem));
    }
}
