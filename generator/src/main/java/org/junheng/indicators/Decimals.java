package org.junheng.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal arithmetic for the engine. Values are computed as BigDecimal with 34 significant
 * digits so that a value exactly at its threshold (e.g. 21 teachers for 500 students = 4.2)
 * compares equal instead of falling a binary rounding error short.
 */
final class Decimals {

    static final MathContext CONTEXT = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    static BigDecimal of(double value) {
        return new BigDecimal(Double.toString(value));
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, CONTEXT);
    }

    static BigDecimal ceilingWhole(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING);
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
