package org.junheng.content;

import java.util.OptionalInt;

/**
 * One {@code OptionalInt} for each small count, shared: statistics hold ten counts per stage of
 * every school and year (ten million at 200,000 schools), and nearly all are below a few thousand.
 */
final class OptionalCounts {

    private static final OptionalInt[] SHARED = new OptionalInt[4096];

    static {
        for (int i = 0; i < SHARED.length; i++) {
            SHARED[i] = OptionalInt.of(i);
        }
    }

    private OptionalCounts() {
    }

    static OptionalInt of(int value) {
        return value >= 0 && value < SHARED.length ? SHARED[value] : OptionalInt.of(value);
    }
}
