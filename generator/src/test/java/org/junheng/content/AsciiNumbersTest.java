package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiNumbersTest {

    @Test
    void digitsAreAtLeastOneAsciiDigitAndNothingElse() {
        assertThat(AsciiNumbers.digits("-120", 1, 4)).isTrue();
        assertThat(AsciiNumbers.digits("-120", 0, 4)).isFalse();
        assertThat(AsciiNumbers.digits("12", 1, 1)).as("nothing between").isFalse();
        assertThat(AsciiNumbers.digits("１２", 0, 2)).as("full-width digits").isFalse();
    }

    @Test
    void aDecimalHasAtMostOnePointBetweenDigits() {
        assertThat(AsciiNumbers.decimal("1234.5", 0)).isTrue();
        assertThat(AsciiNumbers.decimal("-0.25", 1)).isTrue();
        assertThat(AsciiNumbers.decimal("42", 0)).isTrue();
        assertThat(AsciiNumbers.decimal("1.2.3", 0)).isFalse();
        assertThat(AsciiNumbers.decimal(".5", 0)).isFalse();
        assertThat(AsciiNumbers.decimal("5.", 0)).isFalse();
        assertThat(AsciiNumbers.decimal("1e5", 0)).isFalse();
    }
}
