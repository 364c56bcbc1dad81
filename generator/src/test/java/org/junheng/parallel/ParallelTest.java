package org.junheng.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void drainingRunsTheActionOnceForEveryItemAndLeavesNoItemInTheList() {
        List<Integer> items = new ArrayList<>(IntStream.range(0, 1000).boxed().toList());
        Tally counted = new Tally();

        Parallel.drain(2, items, counted::add);

        assertEquals(1000, counted.seen.size());
        assertTrue(counted.seen.values().stream().allMatch(times -> times.get() == 1));
        assertEquals(1000, items.size(), "the list keeps its size");
        assertTrue(items.stream().allMatch(Objects::isNull), "every slot is let go");
    }

    @Test
    void drainingLetsGoOfEachItemAsSoonAsItIsDoneNotAtTheEnd() {
        List<String> items = new ArrayList<>(List.of("a", "b", "c", "d"));
        List<Integer> heldBefore = new ArrayList<>();

        Parallel.drain(1, items, item -> heldBefore.add(items.size() - Collections.frequency(items, null)));

        assertEquals(List.of(4, 3, 2, 1), heldBefore);
    }

    @Test
    void aFailedActionIsThrownAfterTheOthersAndItsItemIsKept() {
        List<String> items = new ArrayList<>(List.of("a", "b", "c"));

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () ->
                Parallel.drain(1, items, item -> {
                    if (item.equals("b")) {
                        throw new IllegalArgumentException("no b");
                    }
                }));

        assertEquals("no b", thrown.getMessage());
        assertEquals(java.util.Arrays.asList(null, "b", "c"), items, "a single thread stops at the first failure");
    }

    /** Counts how often each item was seen, from any thread. */
    private static final class Tally {
        final ConcurrentHashMap<Integer, AtomicInteger> seen = new ConcurrentHashMap<>();

        void add(Integer item) {
            seen.computeIfAbsent(item, key -> new AtomicInteger()).incrementAndGet();
        }
    }
}
