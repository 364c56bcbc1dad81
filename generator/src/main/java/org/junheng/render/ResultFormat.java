package org.junheng.render;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junheng.indicators.CvResult;
import org.junheng.indicators.IndicatorResult;
import org.junheng.indicators.Outcome;
import org.junheng.indicators.Rounding;
import org.junheng.indicators.Setting;

/**
 * How results read on a page. Met or not is decided on unrounded values by the engine; here
 * values are only shown, with enough decimals near a threshold that a shortfall never looks
 * like a pass.
 */
final class ResultFormat {

    private ResultFormat() {
    }

    static int decimals(Optional<Setting> threshold) {
        return threshold.map(t -> t.value().compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : 2).orElse(2);
    }

    static String value(IndicatorResult result) {
        return value(result, result.value());
    }

    /** The same, for the result's value already asked for: a result divides it out again on every call. */
    static String value(IndicatorResult result, Optional<BigDecimal> exact) {
        if (exact.isEmpty()) {
            return Numbers.NOT_REPORTED;
        }
        BigDecimal value = exact.get();
        int minimum = decimals(result.threshold());
        return result.threshold().map(t -> Rounding.nearThreshold(value, t.value(), minimum))
                .orElse(Rounding.format(value, minimum));
    }

    static String threshold(Optional<Setting> threshold) {
        return threshold.map(t -> t.value().stripTrailingZeros().toPlainString()).orElse(Numbers.NOT_REPORTED);
    }

    /** CV limits read as the standard writes them: 0.50, 0.45. */
    static String limit(Optional<Setting> limit) {
        return limit.map(l -> Rounding.format(l.value(), 2)).orElse(Numbers.NOT_REPORTED);
    }

    static String percent(Optional<BigDecimal> percent) {
        return percent.map(p -> Rounding.format(p, 0) + "%").orElse(Numbers.NOT_REPORTED);
    }

    static String cv(CvResult result) {
        return result.cv().map(Rounding::cv).orElse(Numbers.NOT_REPORTED);
    }

    static String change(CvResult result) {
        return result.change().map(c -> {
            String difference = Rounding.cv(c.difference());
            return (c.difference().signum() > 0 ? "+" : "") + difference;
        }).orElse("");
    }

    /** A CSS class for the outcome: met, not-met, not-assessable, not-reported, no-standard. */
    static String css(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The outcome in words, with a symbol so that colour never carries the meaning alone. */
    static String status(Outcome outcome) {
        return switch (outcome) {
            case MET -> "✓ " + outcome.chinese();
            case NOT_MET -> "✗ " + outcome.chinese();
            default -> "？" + outcome.chinese();
        };
    }
}
