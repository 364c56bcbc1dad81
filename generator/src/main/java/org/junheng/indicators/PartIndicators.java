package org.junheng.indicators;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import org.junheng.content.Stage;

/**
 * The indicators of one school part, kept packed: an {@link IndicatorResult} is made again each
 * time one is asked for, from the part's stage and students (the same for each of its indicators),
 * the indicator list of the standard set (shared by every part), and per indicator an outcome, a
 * scale and the amount's unscaled value — its low 64 bits, and its high 64 bits only in a part
 * whose amounts need them, as a multi-stage school's shares of its facilities do. A result that
 * does not pack so (one not assessable, with its problem) is kept as it is.
 *
 * <p>At 200,000 schools a site holds about eight million results; as objects in a list they took
 * about 460 bytes a part of seven indicators, packed about 170.
 */
final class PartIndicators extends AbstractList<IndicatorResult> implements RandomAccess {

    private static final Outcome[] OUTCOMES = Outcome.values();

    private final List<IndicatorDefinition> definitions;
    private final Stage stage;
    /** As {@link IndicatorResult} keeps it. */
    private final int students;
    private final byte[] outcomes;
    private final byte[] scales;
    private final long[] amountsLow;
    /** Null when every amount's high bits are only its low bits' sign. */
    private final long[] amountsHigh;
    /** Null, or the results kept as they are at their places (the others null). */
    private final IndicatorResult[] unpacked;

    private PartIndicators(List<IndicatorDefinition> definitions, Stage stage, int students, byte[] outcomes,
                           byte[] scales, long[] amountsLow, long[] amountsHigh, IndicatorResult[] unpacked) {
        this.definitions = definitions;
        this.stage = stage;
        this.students = students;
        this.outcomes = outcomes;
        this.scales = scales;
        this.amountsLow = amountsLow;
        this.amountsHigh = amountsHigh;
        this.unpacked = unpacked;
    }

    /** {@code results} packed, sharing {@code definitions} when they are the results' indicators in order. */
    static List<IndicatorResult> of(List<IndicatorDefinition> definitions, List<IndicatorResult> results) {
        if (results.isEmpty()) {
            return List.of();
        }
        List<IndicatorDefinition> shared = List.copyOf(definitions);
        boolean same = shared.size() == results.size();
        for (int i = 0; same && i < results.size(); i++) {
            same = results.get(i).indicator() == shared.get(i);
        }
        return pack(same ? shared : results.stream().map(IndicatorResult::indicator).toList(), results);
    }

    /** {@code results} packed, or as they are if they are packed already. */
    static List<IndicatorResult> copyOf(List<IndicatorResult> results) {
        if (results instanceof PartIndicators) {
            return results;
        }
        return of(results.stream().map(IndicatorResult::indicator).toList(), results);
    }

    private static PartIndicators pack(List<IndicatorDefinition> definitions, List<IndicatorResult> results) {
        int size = results.size();
        IndicatorResult first = results.get(0);
        byte[] outcomes = new byte[size];
        byte[] scales = new byte[size];
        long[] low = new long[size];
        long[] high = new long[size];
        boolean highNeeded = false;
        IndicatorResult[] unpacked = null;
        for (int i = 0; i < size; i++) {
            IndicatorResult result = results.get(i);
            if (result.packsWith(first.stage(), first.rawStudents())) {
                outcomes[i] = (byte) result.outcome().ordinal();
                scales[i] = (byte) result.amountScale();
                low[i] = result.amountLow();
                high[i] = result.amountHigh();
                highNeeded |= high[i] != low[i] >> 63;
            } else {
                if (unpacked == null) {
                    unpacked = new IndicatorResult[size];
                }
                unpacked[i] = result;
            }
        }
        return new PartIndicators(definitions, first.stage(), first.rawStudents(), outcomes, scales, low,
                highNeeded ? high : null, unpacked);
    }

    @Override
    public IndicatorResult get(int index) {
        if (unpacked != null && unpacked[index] != null) {
            return unpacked[index];
        }
        long low = amountsLow[index];
        return IndicatorResult.packed(definitions.get(index), stage, OUTCOMES[outcomes[index]],
                amountsHigh == null ? low >> 63 : amountsHigh[index], low, scales[index], students);
    }

    @Override
    public int size() {
        return definitions.size();
    }

    /** The indicator with {@code code}, made without making the others; null if the part has none. */
    IndicatorResult find(String code) {
        for (int i = 0; i < definitions.size(); i++) {
            if (definitions.get(i).code().equals(code)) {
                return get(i);
            }
        }
        return null;
    }
}
