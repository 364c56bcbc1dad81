package org.junheng.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Numbers as pages show them: decimal half-up rounding (四舍五入, so 3.125 shows as 3.13),
 * thousands grouped with commas, never dependent on the machine's locale.
 */
public final class Numbers {

    public static final String NOT_REPORTED = "—";
    /** 10^0 … 10^63, each the double nearest to it. */
    private static final double[] POWERS_OF_TEN = IntStream.range(0, 64)
            .mapToDouble(exponent -> Double.parseDouble("1e" + exponent)).toArray();

    private Numbers() {
    }

    /**
     * {@code value} as a double to draw, within a unit or two in its last place. On JDK 17
     * {@code BigDecimal.doubleValue} prints a 34-digit result and parses the text back, which was 1 %
     * of a cold build's samples; a result's digits and its power of ten divide in a few nanoseconds,
     * and IEEE division gives the same double on every machine.
     */
    static double forDrawing(BigDecimal value) {
        int scale = value.scale();
        return scale <= 0 || scale >= POWERS_OF_TEN.length ? value.doubleValue()
                : value.unscaledValue().doubleValue() / POWERS_OF_TEN[scale];
    }

    public static String integer(long value) {
        return group(Long.toString(Math.abs(value)), value < 0);
    }

    public static String integer(OptionalInt value) {
        return value.isPresent() ? integer(value.getAsInt()) : NOT_REPORTED;
    }

    public static String decimal(double value, int scale) {
        BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(scale, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point);
        return group(whole, rounded.signum() < 0) + fraction;
    }

    public static String decimal(OptionalDouble value, int scale) {
        return value.isPresent() ? decimal(value.getAsDouble(), scale) : NOT_REPORTED;
    }

    /** A value that may be a whole number, shown without a needless ".0". */
    public static String measure(OptionalDouble value) {
        if (value.isEmpty()) {
            return NOT_REPORTED;
        }
        double v = value.getAsDouble();
        return v == Math.rint(v) ? integer((long) v) : decimal(v, 2);
    }

    public static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return decimal(bytes / 1024.0, 1) + " KB";
        }
        return decimal(bytes / (1024.0 * 1024.0), 1) + " MB";
    }

    private static String group(String digits, boolean negative) {
        StringBuilder grouped = new StringBuilder();
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            grouped.append(',').append(digits, i, i + 3);
        }
        return (negative ? "-" : "") + grouped;
    }
}
