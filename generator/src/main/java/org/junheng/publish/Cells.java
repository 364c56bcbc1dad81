package org.junheng.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junheng.indicators.Outcome;

/**
 * Values as published cells: the one canonical text of each type, independent of the machine's
 * locale. Decimals keep every digit the engine computed with, without exponent or trailing
 * zeros, so that anyone can recompute from them; a missing value is the empty cell.
 */
public final class Cells {

    /** Items of a list cell (aliases, school codes) are joined with this. */
    public static final String LIST_SEPARATOR = ";";

    /**
     * One text of each small whole number and each outcome, rather than one per cell: a year's
     * indicator table of 10,000 schools held its year in 77,000 copies and its outcomes in 75,000
     * while it was made, part of 40 MB of copies that table held (a heap dump, 6 December).
     */
    private static final String[] SMALL_INTEGERS = new String[3000];
    private static final BigDecimal SMALL_INTEGERS_END = BigDecimal.valueOf(SMALL_INTEGERS.length);
    private static final String[] OUTCOMES = new String[Outcome.values().length];

    static {
        Arrays.setAll(SMALL_INTEGERS, Integer::toString);
        Arrays.setAll(OUTCOMES, index -> Outcome.values()[index].name().toLowerCase(Locale.ROOT));
    }

    private Cells() {
    }

    public static String text(Optional<String> value) {
        return value.orElse(MissingValues.EMPTY);
    }

    public static String integer(long value) {
        return value >= 0 && value < SMALL_INTEGERS.length ? SMALL_INTEGERS[(int) value] : Long.toString(value);
    }

    public static String integer(OptionalInt value) {
        return value.isPresent() ? integer(value.getAsInt()) : MissingValues.EMPTY;
    }

    /** A decimal read from the content (a double): exactly as written there, e.g. {@code 5900.5}. */
    public static String decimal(double value) {
        return decimal(new BigDecimal(Double.toString(value)));
    }

    public static String decimal(OptionalDouble value) {
        return value.isPresent() ? decimal(value.getAsDouble()) : MissingValues.EMPTY;
    }

    /** An unrounded decimal: every digit, no exponent, no trailing zeros ({@code 4.2}, {@code 0.3333…3}). */
    public static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.signum() >= 0 && stripped.compareTo(SMALL_INTEGERS_END) < 0) {
            return SMALL_INTEGERS[stripped.intValue()];
        }
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    public static String decimal(Optional<BigDecimal> value) {
        return value.map(Cells::decimal).orElse(MissingValues.EMPTY);
    }

    /** Rounded half up (四舍五入) to a fixed number of decimals, trailing zeros kept ({@code 0.410}). */
    public static String fixed(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    public static String fixed(Optional<BigDecimal> value, int decimals) {
        return value.map(v -> fixed(v, decimals)).orElse(MissingValues.EMPTY);
    }

    public static String bool(boolean value) {
        return value ? "true" : "false";
    }

    public static String date(LocalDate value) {
        return value.toString();
    }

    public static String date(Optional<LocalDate> value) {
        return value.map(Cells::date).orElse(MissingValues.EMPTY);
    }

    /** An outcome as a stable code: {@code met}, {@code not_met}, {@code not_assessable}, … */
    public static String outcome(Outcome outcome) {
        return OUTCOMES[outcome.ordinal()];
    }

    /** Every outcome code, for the data dictionary. */
    public static List<String> outcomes() {
        return Arrays.stream(Outcome.values()).map(Cells::outcome).toList();
    }

    public static String list(List<String> items) {
        return String.join(LIST_SEPARATOR, items);
    }
}
