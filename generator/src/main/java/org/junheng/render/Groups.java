package org.junheng.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Items grouped by a key, each group an immutable list of its own size. The page planners keep
 * such groups for the whole of rendering — each school's statistics, zones and plans, in each
 * language — and a collector's growable lists took about 80 bytes a group where most groups hold
 * one to three items: about 90,000 groups at 10,000 schools. The map stays a {@link HashMap}, whose
 * order, unlike {@link Map#copyOf}'s, is the same on every run.
 */
final class Groups {

    private Groups() {
    }

    static <K, T> Map<K, List<T>> by(Collection<T> items, Function<? super T, ? extends K> key) {
        return byEach(items, item -> Stream.of(key.apply(item)));
    }

    /** The same, for items that belong to any number of groups (a project to none or one school, a partnership to several). */
    static <K, T> Map<K, List<T>> byEach(Collection<T> items, Function<? super T, ? extends Stream<? extends K>> keys) {
        Map<K, List<T>> grouped = new HashMap<>();
        for (T item : items) {
            keys.apply(item).forEach(key -> grouped.computeIfAbsent(key, k -> new ArrayList<>(2)).add(item));
        }
        grouped.replaceAll((k, group) -> List.copyOf(group));
        return grouped;
    }
}
