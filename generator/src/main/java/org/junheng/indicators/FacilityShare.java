package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The fraction of a school's shared facilities (L4–L7) that one stage part is assigned:
 * its weighted students over the school's weighted students, or the reason it is unknown.
 */
public record FacilityShare(Optional<BigDecimal> fraction, Optional<Text> problem) {

    public static FacilityShare whole() {
        return new FacilityShare(Optional.of(BigDecimal.ONE), Optional.empty());
    }

    public static FacilityShare of(BigDecimal fraction) {
        return new FacilityShare(Optional.of(fraction), Optional.empty());
    }

    public static FacilityShare unknown(Text problem) {
        return new FacilityShare(Optional.empty(), Optional.of(problem));
    }
}
