package org.junheng.indicators;

import java.math.BigDecimal;

/** One school (or school part) in a CV: its indicator value Xᵢ and its students Pᵢ. */
public record Observation(BigDecimal value, BigDecimal students) {

    public static Observation of(double value, long students) {
        return new Observation(Decimals.of(value), BigDecimal.valueOf(students));
    }
}
