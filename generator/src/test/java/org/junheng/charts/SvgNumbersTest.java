package org.junheng.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "228.04110953058319, 228.04",
        "189.0, 189",
        "0.0, 0",
        "-0.001, 0",
        "0.5, 0.5",
        "0.05, 0.05",
        "12.346, 12.35",
        "-3.999, -4",
        "-23.96578947, -23.97",
        "1e7, 10000000",
        "0.099, 0.1"})
    void geometryIsRoundedToHundredthsWithoutTrailingZeros(double value, String expected) {
        assertThat(SvgNumbers.hundredths(value)).isEqualTo(expected);
    }
}
