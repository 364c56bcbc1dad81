package org.junheng.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Display rounding: 四舍五入 on the decimal digits as written (3.125 → 3.13), never on the
 * binary double and never half-even. Only for showing numbers: every judgement in the engine
 * compares the unrounded value.
 */
public final class Rounding {

    public static final int CV_DECIMALS = 3;
    /** The most decimals {@link #decimalsToShow} will ask for. */
    public static final int MAX_DECIMALS = 6;

    private Rounding() {
    }

    public static BigDecimal halfUp(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("cannot round " + value);
        }
        return halfUp(new BigDecimal(Double.toString(value)), decimals);
    }

    public static BigDecimal halfUp(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** E.g. {@code format(3.125, 2)} is {@code "3.13"}; trailing zeros are kept ({@code "4.20"}). */
    public static String format(double value, int decimals) {
        return halfUp(value, decimals).toPlainString();
    }

    public static String format(BigDecimal value, int decimals) {
        return halfUp(value, decimals).toPlainString();
    }

    /** A 差异系数 as published: three decimals. */
    public static String cv(BigDecimal cv) {
        return format(cv, CV_DECIMALS);
    }

    public static String cv(double cv) {
        return format(cv, CV_DECIMALS);
    }

    /**
     * How many decimals to show so that a value below its threshold never looks equal to it:
     * 4.1996 against 4.2 shows as 4.1996, not 4.20. At least {@code minimum}, at most
     * {@link #MAX_DECIMALS} (beyond that the page should just say 未达标).
     */
    public static int decimalsToShow(BigDecimal value, BigDecimal threshold, int minimum) {
        int decimals = minimum;
        while (value.compareTo(threshold) < 0 && decimals < MAX_DECIMALS
                && halfUp(value, decimals).compareTo(halfUp(threshold, decimals)) >= 0) {
            decimals++;
        }
        return decimals;
    }

    /** {@link #format(BigDecimal, int)} with {@link #decimalsToShow} applied. */
    public static String nearThreshold(BigDecimal value, BigDecimal threshold, int minimum) {
        return format(value, decimalsToShow(value, threshold, minimum));
    }
}
