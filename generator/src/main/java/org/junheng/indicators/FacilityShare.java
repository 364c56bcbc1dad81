package org.junheng.indicators;

import java.math.BigDecimal;

/**
 * The part of a school's shared facilities (L4–L7) a stage part is assigned: its weighted
 * students over the school's, w·P(stage) ÷ Σ w·P. Kept as the two numbers so that a part's
 * amount is total × part ÷ school with a single division, exact whenever the result is a
 * terminating decimal.
 */
public record FacilityShare(BigDecimal partWeighted, BigDecimal schoolWeighted) {

    static final FacilityShare WHOLE = new FacilityShare(BigDecimal.ONE, BigDecimal.ONE);

    public BigDecimal fraction() {
        return Decimals.divide(partWeighted, schoolWeighted);
    }

    BigDecimal of(BigDecimal total) {
        if (partWeighted.equals(schoolWeighted) && total.precision() <= Decimals.CONTEXT.getPrecision()) {
            // the whole school (most schools have one stage): the quotient is total itself, at its own scale
            return total;
        }
        return Decimals.divide(total.multiply(partWeighted), schoolWeighted);
    }
}
