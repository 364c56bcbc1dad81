package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 四舍五入 on the decimal digits, never half-even and never on the binary double. */
class RoundingTest {

    @ParameterizedTest
    @CsvSource({
            "3.125, 2, 3.13",    // half-even would give 3.12
            "2.675, 2, 2.68",    // the double 2.675 is 2.67499999…; new BigDecimal(double) would give 2.67
            "1.005, 2, 1.01",
            "0.4445, 3, 0.445",
            "4.2, 2, 4.20",
            "-3.125, 2, -3.13",
            "0.5, 0, 1"
    })
    void rounds_half_up_on_decimal_digits(double value, int decimals, String shown) {
        assertThat(Rounding.format(value, decimals)).isEqualTo(shown);
    }

    @Test
    void cvs_show_three_decimals() {
        assertThat(Rounding.cv(0.12345)).isEqualTo("0.123");
        assertThat(Rounding.cv(0.1235)).isEqualTo("0.124");
        assertThat(Rounding.cv(new BigDecimal("0.5"))).isEqualTo("0.500");
    }

    @Test
    void a_value_below_its_threshold_never_shows_equal_to_it() {
        assertThat(Rounding.nearThreshold(new BigDecimal("4.1996"), new BigDecimal("4.2"), 2)).isEqualTo("4.1996");
        assertThat(Rounding.nearThreshold(new BigDecimal("4.19"), new BigDecimal("4.2"), 2)).isEqualTo("4.19");
        assertThat(Rounding.nearThreshold(new BigDecimal("4.2"), new BigDecimal("4.2"), 2)).isEqualTo("4.20");
        assertThat(Rounding.nearThreshold(new BigDecimal("4.2004"), new BigDecimal("4.2"), 2)).isEqualTo("4.20");
        // beyond six decimals the page should just say 未达标
        assertThat(Rounding.decimalsToShow(new BigDecimal("4.19999999"), new BigDecimal("4.2"), 2)).isEqualTo(6);
    }

    @Test
    void refuses_what_is_not_a_number() {
        assertThatThrownBy(() -> Rounding.format(Double.NaN, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
