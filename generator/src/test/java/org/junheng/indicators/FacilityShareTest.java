package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FacilityShareTest {

    private static final String[] TOTALS = {"0", "1", "7", "6100.50", "0.0000001", "1200", "12345678.9", "3.30",
        "-2.5", "100000000000000000000000000000000", "1234567890123456789012345678901.2345"};

    @Test
    void aWholeSchoolKeepsEveryTotalExactlyAsTheDivisionWouldGiveIt() {
        for (String weighted : new String[] {"1", "840.0", "3.25"}) {
            FacilityShare whole = new FacilityShare(new BigDecimal(weighted), new BigDecimal(weighted));
            for (String text : TOTALS) {
                BigDecimal total = new BigDecimal(text);
                BigDecimal divided = Decimals.divide(total.multiply(whole.partWeighted()), whole.schoolWeighted());

                assertThat(whole.of(total)).as(text + " × " + weighted + " ÷ " + weighted)
                        .isEqualTo(divided).hasScaleOf(divided.scale());
            }
        }
    }

    @Test
    void aPartOfASchoolGetsItsWeightedShare() {
        FacilityShare primary = new FacilityShare(new BigDecimal("600"), new BigDecimal("900"));

        assertThat(primary.of(new BigDecimal("4500"))).isEqualByComparingTo("3000");
        assertThat(primary.of(new BigDecimal("1000"))).isEqualByComparingTo(
                new BigDecimal("666.6666666666666666666666666666667"));
    }
}
