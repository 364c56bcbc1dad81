package org.junheng.indicators;

import java.math.BigDecimal;

/** A value compared with the previous assessed year: {@code difference} = this year − previous. */
public record Change(int previousYear, BigDecimal previous, BigDecimal difference) {
}
