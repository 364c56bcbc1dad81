package org.junheng.indicators;

import java.math.BigDecimal;

/**
 * How far a school part is from an indicator's threshold, in the raw unit of the indicator's
 * numerator: {@code shortfall} exactly, and {@code toAdd}, the smallest whole number of
 * teachers, rooms, ㎡ or 元 that reaches the threshold. For shared facilities it is the part's
 * own shortfall, on its share of the school's facilities.
 */
public record Gap(Quantity quantity, BigDecimal shortfall, BigDecimal toAdd) {

    static Gap of(Quantity quantity, BigDecimal shortfall) {
        return new Gap(quantity, shortfall, Decimals.ceilingWhole(shortfall));
    }

    /** E.g. 还差 2 名县级以上骨干教师 / 2 more backbone teachers needed. */
    public Text text() {
        String n = toAdd.toPlainString();
        return Text.of("还差 " + n + " " + quantity.measure().zh(), n + " more " + quantity.measure().en() + " needed");
    }
}
