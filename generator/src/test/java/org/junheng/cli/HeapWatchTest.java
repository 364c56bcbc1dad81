package org.junheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeapWatchTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** A sample {@code seconds} into the run, with the collector's totals then. */
    private static HeapWatch.Sample at(long seconds, long collectingSeconds, long fullCollections, double left) {
        return new HeapWatch.Sample(seconds * SECOND, collectingSeconds * 1000, fullCollections, left);
    }

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            a minute of full collections that leave the heap nearly full | 160 | 75 | 14  | 0.97 | true
            36 seconds of the minute collecting, as in a tight heap      | 160 | 56 | 14  | 0.97 | false
            most of the minute collecting, a sixth of the heap left free | 160 | 72 | 200 | 0.84 | false
            young collections alone                                      | 160 | 75 | 4   | 0.97 | false
            less than a minute                                           | 150 | 70 | 14  | 0.97 | false
            """)
    void judgesTheMinuteSinceTheFirstSample(String minute, long seconds, long collectingSeconds, long fullCollections,
                                             double heapLeft, boolean exhausted) {
        HeapWatch.Sample first = at(100, 20, 3, 0.5);

        assertThat(HeapWatch.exhausted(List.of(first, at(seconds, collectingSeconds, fullCollections, heapLeft))))
                .isEqualTo(exhausted);
    }

    @Test
    void oneSampleSaysNothing() {
        assertThat(HeapWatch.exhausted(List.of(at(150, 70, 14, 0.97)))).isFalse();
    }

    @Test
    void theWatchStopsOnceTheLastMinuteSaysSoAndJudgesOnlyTheLastMinute() {
        Deque<HeapWatch.Sample> samples = new ArrayDeque<>();
        // two healthy minutes, then one of little but collecting
        for (long second = 0; second <= 120; second += 2) {
            samples.add(at(second, second / 10, second / 30, 0.5));
        }
        long collecting = 12;
        long full = 4;
        for (long second = 122; second <= 240; second += 2) {
            collecting += 2;
            full += second % 10 == 0 ? 1 : 0;
            samples.add(at(second, collecting, full, 0.96));
        }
        AtomicInteger stops = new AtomicInteger();
        AtomicInteger checked = new AtomicInteger();
        HeapWatch watch = HeapWatch.of(() -> Optional.ofNullable(samples.poll()), stops::incrementAndGet);

        while (!samples.isEmpty() && stops.get() == 0) { // a stop ends the JVM
            watch.check();
            checked.incrementAndGet();
        }

        assertThat(stops.get()).isEqualTo(1);
        // not while a minute still holds mostly healthy time (before 150 s, the 76th sample), and by
        // the end of the first minute wholly after it (182 s, the 92nd); judged over the whole run
        // instead, the collector's share would stay below the limit to the end
        assertThat(checked.get()).isBetween(76, 92);
    }
}
