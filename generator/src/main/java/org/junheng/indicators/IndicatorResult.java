package org.junheng.indicators;

import java.math.BigDecimal;
import java.math.BigInteger;
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
 * wrapped in an {@code Optional} until it is asked for. Only the amount is kept, as the 128 bits
 * of its unscaled value and its scale, in the object itself (a quotient of at most 34 digits
 * needs 113 bits); the value is divided out of it again when asked, by the same formula that
 * decided the outcome, so it is the very same number. Before, the value and the amount were each
 * kept as an array of their digits' bytes beside the object: at 200,000 schools 0.83 GB, then 0.46 GB.
 * A school part keeps its results packed tighter still (see {@link PartIndicators}) and makes
 * each again when it is asked for.
 */
public final class IndicatorResult {

    /** No count a school reports (a negative one is reported as it is, and rejected by the checks). */
    private static final int NOT_REPORTED = Integer.MIN_VALUE;

    private final IndicatorDefinition indicator;
    private final Stage stage;
    private final Outcome outcome;
    /** The amount's unscaled value in two's complement, its high and low 64 bits; both 0 when not assessable. */
    private final long amountHigh;
    private final long amountLow;
    private final int amountScale;
    /** An amount whose unscaled value does not fit in 128 bits (none a calculation gives); else null. */
    private final BigDecimal largeAmount;
    /** {@link #NOT_REPORTED} when the stage's students were not reported. */
    private final int students;
    /** Null unless not assessable. */
    private final Text problem;

    private IndicatorResult(IndicatorDefinition indicator, Stage stage, Outcome outcome, long amountHigh,
                            long amountLow, int amountScale, BigDecimal largeAmount, int students, Text problem) {
        this.indicator = indicator;
        this.stage = stage;
        this.outcome = outcome;
        this.amountHigh = amountHigh;
        this.amountLow = amountLow;
        this.amountScale = amountScale;
        this.largeAmount = largeAmount;
        this.students = students;
        this.problem = problem;
    }

    private IndicatorResult(IndicatorDefinition indicator, Stage stage, Outcome outcome, BigDecimal amount,
                            OptionalInt students, Text problem) {
        this.indicator = Objects.requireNonNull(indicator);
        this.stage = Objects.requireNonNull(stage);
        this.outcome = Objects.requireNonNull(outcome);
        BigInteger unscaled = amount == null ? BigInteger.ZERO : amount.unscaledValue();
        boolean fits = unscaled.bitLength() < 128;
        this.amountHigh = fits ? unscaled.shiftRight(64).longValue() : 0;
        this.amountLow = fits ? unscaled.longValue() : 0;
        this.amountScale = amount == null || !fits ? 0 : amount.scale();
        this.largeAmount = fits ? null : amount;
        this.students = students.orElse(NOT_REPORTED);
        this.problem = problem;
    }

    /**
     * A result with a value, judged against the indicator's threshold for the stage (or {@link Outcome#NO_STANDARD}).
     *
     * @param amount the numerator the value is computed from (for shared facilities, the part's share):
     *               value = amount × perStudents ÷ students
     */
    static IndicatorResult assessed(IndicatorDefinition indicator, Stage stage, Outcome outcome, BigDecimal amount,
                                    int students) {
        return new IndicatorResult(indicator, stage, outcome, Objects.requireNonNull(amount), OptionalInt.of(students),
                null);
    }

    /** The unrounded value of {@code amount} for {@code students} students, as the calculation and the result give it. */
    static BigDecimal value(IndicatorDefinition indicator, BigDecimal amount, int students) {
        return Decimals.divide(amount.multiply(indicator.perStudents()), BigDecimal.valueOf(students));
    }

    static IndicatorResult notAssessable(IndicatorDefinition indicator, Stage stage, OptionalInt students,
                                         Text problem) {
        return new IndicatorResult(indicator, stage, Outcome.NOT_ASSESSABLE, null, students,
                Objects.requireNonNull(problem));
    }

    /** A result {@link PartIndicators} kept packed: one with no problem and an amount of at most 128 bits. */
    static IndicatorResult packed(IndicatorDefinition indicator, Stage stage, Outcome outcome, long amountHigh,
                                  long amountLow, int scale, int students) {
        return new IndicatorResult(indicator, stage, outcome, amountHigh, amountLow, scale, null, students, null);
    }

    /**
     * Whether {@link #packed} makes this result again from its outcome, its amount and its scale in a
     * byte, given {@code stage} and {@code students}.
     */
    boolean packsWith(Stage stage, int students) {
        return this.stage == stage && this.students == students && problem == null && largeAmount == null
                && amountScale == (byte) amountScale;
    }

    long amountHigh() {
        return amountHigh;
    }

    /** The students as kept, {@link #NOT_REPORTED} included. */
    int rawStudents() {
        return students;
    }

    long amountLow() {
        return amountLow;
    }

    int amountScale() {
        return amountScale;
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
        return amount().map(amount -> value(indicator, amount, students));
    }

    /** The numerator the value was computed from (for shared facilities, the part's share). */
    public Optional<BigDecimal> amount() {
        if (!assessable()) {
            return Optional.empty();
        }
        if (largeAmount != null) {
            return Optional.of(largeAmount);
        }
        if (amountHigh == amountLow >> 63) { // fits in a long, as a count or an area does
            return Optional.of(BigDecimal.valueOf(amountLow, amountScale));
        }
        BigInteger unscaled = BigInteger.valueOf(amountHigh).shiftLeft(64).or(unsigned(amountLow));
        return Optional.of(new BigDecimal(unscaled, amountScale));
    }

    private static BigInteger unsigned(long bits) {
        BigInteger value = BigInteger.valueOf(bits);
        return bits >= 0 ? value : value.add(BigInteger.ONE.shiftLeft(64));
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
        if (outcome != Outcome.NOT_MET) {
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
        return exact().percentOfThreshold();
    }

    /**
     * The unrounded value and its percentage of the threshold, worked out together: each is a 34-digit
     * division, and {@link #percentOfThreshold()} divides the value out again.
     */
    public Exact exact() {
        Optional<BigDecimal> value = value();
        Optional<Setting> threshold = threshold();
        if (value.isEmpty() || threshold.isEmpty()) {
            return new Exact(value, Optional.empty());
        }
        return new Exact(value, Optional.of(Decimals.divide(value.get().multiply(Decimals.HUNDRED),
                threshold.get().value())));
    }

    /** A result's {@link #value()} and {@link #percentOfThreshold()}. */
    public record Exact(Optional<BigDecimal> value, Optional<BigDecimal> percentOfThreshold) {
    }

    public boolean assessable() {
        return outcome != Outcome.NOT_ASSESSABLE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndicatorResult that && indicator.equals(that.indicator) && stage == that.stage
                && outcome == that.outcome && amountHigh == that.amountHigh && amountLow == that.amountLow
                && amountScale == that.amountScale && Objects.equals(largeAmount, that.largeAmount)
                && students == that.students && Objects.equals(problem, that.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, stage, outcome, amountHigh, amountLow, amountScale, largeAmount, students,
                problem);
    }

    @Override
    public String toString() {
        return "IndicatorResult[" + indicator.code() + " " + stage + " " + outcome + " " + value().orElse(null) + "]";
    }
}
