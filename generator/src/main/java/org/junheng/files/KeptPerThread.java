package org.junheng.files;

import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A buffer for each thread, kept from one use to the next so that a build's tens of thousands of
 * pages and charts do not each allocate their own; one grown past {@code most} (by a page listing
 * every school of a national site) is let go rather than kept for the rest of the run.
 */
public final class KeptPerThread<T> {

    private final ThreadLocal<T> values;
    private final ToIntFunction<T> size;
    private final int most;

    /**
     * @param initial makes a thread's first buffer
     * @param size    how large a buffer has grown
     * @param most    the largest size kept
     */
    public KeptPerThread(Supplier<T> initial, ToIntFunction<T> size, int most) {
        this.values = ThreadLocal.withInitial(initial);
        this.size = size;
        this.most = most;
    }

    /** Each thread's {@code StringBuilder}, made with room for {@code initial} characters, let go past {@code most}. */
    public static KeptPerThread<StringBuilder> builders(int initial, int most) {
        return new KeptPerThread<>(() -> new StringBuilder(initial), StringBuilder::capacity, most);
    }

    /** This thread's buffer. */
    public T get() {
        return values.get();
    }

    /** Keeps {@code value} for this thread's next use, or lets it go if it has grown past the largest size kept. */
    public void keep(T value) {
        if (size.applyAsInt(value) > most) {
            values.remove();
        } else {
            values.set(value);
        }
    }
}
