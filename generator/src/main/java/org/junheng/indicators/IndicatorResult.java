package org.junheng.indicators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.junheng.content.Stage;

/**
 * One indicator of one school part.
 *
 * <p>Not a record: a national site keeps millions of these at once (eight million at 200,000
 * schools), so each holds only what cannot be worked out again. The threshold comes from the
 * indicator, the gap and the share of the threshold are worked out when asked, and nothing is
 * wrapped in an {@code Optional} until it is asked for. The value (a 34-digit quotient) and the
 * amount are kept as their digits' bytes and scale (a third of the size of a {@code BigDecimal}
 * with its {@code BigInteger}) and made whole again when asked.
 */
public final class IndicatorResult {

    /** No count a school reports (a negative one is reported as it is, and rejected by the checks). */
    private static final int NOT_REPORTED = Integer.MIN_VALUE;

    private final IndicatorDefinition indicator;
    private final Stage stage;
    private final Outcome outcome;
    /** The value's unscaled digits in two's complement; null when not assessable. */
    private final byte[] digits;
    private final int scale;
    /** The same for the amount; null when not assessable. */
    private final byte[] amountDigits;
    private final int amountScale;
    /** {@link #NOT_REPORTED} when the stage's students were not reported. */
    private final int students;
    /** Null unless not assessable. */
    private final Text problem;

    private IndicatorResult(IndicatorDefinition indicator, Stage stage, Outcome outcome, BigDecimal value,
                            BigDecimal amount, OptionalInt students, Text problem) {
        this.indicator = Objects.requireNonNull(indicator);
        this.stage = Objects.requireNonNull(stage);
        this.outcome = Objects.requireNonNull(outcome);
        this.digits = digits(value);
        this.scale = value == null ? 0 : value.scale();
        this.amountDigits = digits(amount);
        this.amountScale = amount == null ? 0 : amount.scale();
        this.students = students.orElse(NOT_REPORTED);
        this.problem = problem;
    }

    /**
     * A result with a value, judged against the indicator's threshold for the stage (or {@link Outcome#NO_STANDARD}).
     *
     * @param amount the numerator the value was computed from (for shared facilities, the part's share); empty only
     *               where a test needs no gap
     */
    static IndicatorResult assessed(IndicatorDefinition indicator, Stage stage, Outcome outcome, BigDecimal value,
                                    Optional<BigDecimal> amount, int students) {
        return new IndicatorResult(indicator, stage, outcome, Objects.requireNonNull(value), amount.orElse(null),
                OptionalInt.of(students), null);
    }

    static IndicatorResult notAssessable(IndicatorDefinition indicator, Stage stage, OptionalInt students,
                                         Text problem) {
        return new IndicatorResult(indicator, stage, Outcome.NOT_ASSESSABLE, null, null, students,
                Objects.requireNonNull(problem));
    }

    public IndicatorDefinition indicator() {
        return indicator;
    }

    public Stage stage() {
        return stage;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String code() {
        return indicator.code();
    }

    /** The unrounded indicator value; empty when not assessable. */
    public Optional<BigDecimal> value() {
        return decimal(digits, scale);
    }

    /** The numerator the value was computed from (for shared facilities, the part's share). */
    public Optional<BigDecimal> amount() {
        return decimal(amountDigits, amountScale);
    }

    public OptionalInt students() {
        return students == NOT_REPORTED ? OptionalInt.empty() : OptionalInt.of(students);
    }

    /** The stage's threshold with its provenance; empty when the set has none. */
    public Optional<Setting> threshold() {
        return indicator.threshold(stage);
    }

    /**
     * How far the part is from the threshold, present only when it is not met:
     * shortfall = threshold × students ÷ perStudents − amount, e.g. ceil(1.0 × 300 ÷ 100 − 1) = 2 teachers.
     */
    public Optional<Gap> gap() {
        Optional<BigDecimal> amount = amount();
        if (outcome != Outcome.NOT_MET || amount.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal needed = Decimals.divide(threshold().orElseThrow().value().multiply(BigDecimal.valueOf(students)),
                indicator.perStudents());
        return Optional.of(Gap.of(indicator.numerator(), needed.subtract(amount.get())));
    }

    /** Why the indicator is not assessable. */
    public Optional<Text> problem() {
        return Optional.ofNullable(problem);
    }

    /** value ÷ threshold × 100, when both are known. */
    public Optional<BigDecimal> percentOfThreshold() {
        Optional<Setting> threshold = threshold();
        Optional<BigDecimal> value = value();
        if (value.isEmpty() || threshold.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Decimals.divide(value.get().multiply(Decimals.HUNDRED), threshold.get().value()));
    }

    public boolean assessable() {
        return digits != null;
    }

    private static byte[] digits(BigDecimal decimal) {
        return decimal == null ? null : decimal.unscaledValue().toByteArray();
    }

    private static Optional<BigDecimal> decimal(byte[] digits, int scale) {
        return digits == null ? Optional.empty() : Optional.of(new BigDecimal(new BigInteger(digits), scale));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndicatorResult that && indicator.equals(that.indicator) && stage == that.stage
                && outcome == that.outcome && Arrays.equals(digits, that.digits) && scale == that.scale
                && Arrays.equals(amountDigits, that.amountDigits) && amountScale == that.amountScale
                && students == that.students && Objects.equals(problem, that.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, stage, outcome, Arrays.hashCode(digits), scale, Arrays.hashCode(amountDigits),
                amountScale, students, problem);
    }

    @Override
    public String toString() {
        return "IndicatorResult[" + indicator.code() + " " + stage + " " + outcome + " " + value().orElse(null) + "]";
    }
}
