package org.junheng.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of the keys asked for most recently, each made once while it is kept. Pages are
 * written county by county, so a value asked for again (a school's name on its profile, its
 * county's lists and charts) is mostly asked for soon after; keeping every value a national site
 * asks for would hold hundreds of thousands of them to the end of the build.
 */
final class RecentValues<K, V> {

    private final Map<K, V> recent;

    RecentValues(int capacity) {
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value of {@code key}, made by {@code make} unless it is kept. */
    synchronized V get(K key, Function<? super K, ? extends V> make) {
        V value = recent.get(key);
        if (value == null) {
            value = make.apply(key);
            recent.put(key, value);
        }
        return value;
    }

    synchronized int size() {
        return recent.size();
    }
}
