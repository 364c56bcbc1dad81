package org.junheng.content;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An unmodifiable map from stage to a value, in stage order, kept as one array slot per stage. A
 * national site holds one for each school's statistics of each year (600,000 at 200,000 schools);
 * an {@code EnumMap} wrapped unmodifiable, with the views each keeps once asked for, took about
 * 200 bytes each, this about 64. Its views are made anew when asked for, not kept.
 */
final class StageMap<V> extends AbstractMap<Stage, V> {

    private static final Stage[] STAGES = Stage.values();

    private final Object[] values;
    private final int size;

    private StageMap(Object[] values, int size) {
        this.values = values;
        this.size = size;
    }

    /** The entries of {@code map}, which must not map a stage to null. */
    static <V> Map<Stage, V> copyOf(Map<Stage, V> map) {
        if (map instanceof StageMap<V>) {
            return map;
        }
        Object[] values = new Object[STAGES.length];
        map.forEach((stage, value) -> values[stage.ordinal()] = Objects.requireNonNull(value));
        return new StageMap<>(values, map.size());
    }

    @Override
    public V get(Object key) {
        return key instanceof Stage stage ? value(stage.ordinal()) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Stage> keySet() {
        return new Entries<>(this, Map.Entry::getKey);
    }

    @Override
    public Collection<V> values() {
        List<V> present = new ArrayList<>(size);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                present.add(value(i));
            }
        }
        return Collections.unmodifiableList(present);
    }

    @Override
    public Set<Map.Entry<Stage, V>> entrySet() {
        return new Entries<>(this, entry -> entry);
    }

    @SuppressWarnings("unchecked")
    private V value(int ordinal) {
        return (V) values[ordinal];
    }

    /** A view of the map's entries, each as {@code view} shows it. */
    private static final class Entries<V, T> extends AbstractSet<T> {

        private final StageMap<V> map;
        private final Function<Map.Entry<Stage, V>, T> view;

        Entries(StageMap<V> map, Function<Map.Entry<Stage, V>, T> view) {
            this.map = map;
            this.view = view;
        }

        @Override
        public Iterator<T> iterator() {
            return new Iterator<>() {
                private int next = following(-1);

                @Override
                public boolean hasNext() {
                    return next < STAGES.length;
                }

                @Override
                public T next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    int current = next;
                    next = following(current);
                    return view.apply(Map.entry(STAGES[current], map.value(current)));
                }

                private int following(int ordinal) {
                    int i = ordinal + 1;
                    while (i < STAGES.length && map.values[i] == null) {
                        i++;
                    }
                    return i;
                }
            };
        }

        @Override
        public int size() {
            return map.size;
        }
    }
}
