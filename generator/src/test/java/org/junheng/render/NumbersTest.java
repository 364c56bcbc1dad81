package org.junheng.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** Numbers to draw come out as the doubles nearest to them, or within a unit or two in the last place. */
class NumbersTest {

    @Test
    void aShortDecimalIsDrawnAtTheDoubleNearestToIt() {
        for (String text : new String[] {"100", "85", "0.5", "112.5", "3.125", "-7.25", "1E+2", "0.0001", "99.99"}) {
            BigDecimal value = new BigDecimal(text);
            assertThat(Numbers.forDrawing(value)).as(text).isEqualTo(value.doubleValue());
        }
    }

    @Test
    void aResultOf34DigitsIsDrawnWithinTwoUnitsInTheLastPlace() {
        MathContext digits34 = MathContext.DECIMAL128;
        BigDecimal[] values = {
            BigDecimal.valueOf(200).divide(BigDecimal.valueOf(3), digits34),
            BigDecimal.valueOf(10_000).divide(BigDecimal.valueOf(7), digits34),
            BigDecimal.ONE.divide(BigDecimal.valueOf(97), digits34),
            BigDecimal.valueOf(100).multiply(BigDecimal.valueOf(45)).divide(BigDecimal.valueOf(0.45), digits34),
        };
        for (BigDecimal value : values) {
            double exact = value.doubleValue();
            assertThat(Math.abs(Numbers.forDrawing(value) - exact)).as(value.toPlainString())
                    .isLessThanOrEqualTo(2 * Math.ulp(exact));
        }
    }

    @Test
    void aScaleBeyondTheTableFallsBackToTheLibrary() {
        BigDecimal tiny = new BigDecimal("1.5E-70");
        assertThat(Numbers.forDrawing(tiny)).isEqualTo(1.5e-70);
    }
}
