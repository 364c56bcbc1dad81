package org.junheng.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junheng.content.CellPlaces;
import org.junheng.files.Sha256;

/**
 * A SHA-256 of everything a template can read from a page's model: strings, numbers, booleans,
 * enums, dates, optionals, lists, sets, maps and records, followed all the way down. Two models
 * with the same digest print the same page with the same templates, which is what lets a build
 * skip rendering a page it rendered before.
 *
 * <p>Every value is written with its type and length, so no two different models share an
 * encoding. A value of any other kind stops the build rather than being left out of the digest:
 * a page cache that ignored part of a model could serve a page a clean build would not write.
 * Maps and sets whose iteration order is not defined (such as {@code Map.copyOf}) are digested
 * in an order of their own, so the digest does not change from run to run.
 *
 * <p>The content a county's pages are made from is digested the same way (see {@link CountyScopes}),
 * the places of a table's cells, which every row of the table shares, once per digest (once per build
 * for all the content's shares).
 */
public final class ModelDigest {

    private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();

    private final MessageDigest sha = Sha256.digest();
    /** Hears each chart the model holds, for the page that writes its CSV; null when nobody asks. */
    private final Consumer<ChartView> charts;
    /** A table's places, shared by its every row, digested once for all of them; made on the first (pages have none). */
    private Map<CellPlaces, byte[]> places;
    /** Bytes not yet given to {@link #sha}: a model is thousands of small values, and the digest is fastest fed in blocks. */
    private byte[] pending = new byte[4096];
    private int size;
    /** A text's characters, copied out of it before they are added to {@link #pending}. */
    private char[] units = new char[256];

    /** @param places null: each digest finds the places of its tables for itself */
    private ModelDigest(Consumer<ChartView> charts, Map<CellPlaces, byte[]> places) {
        this.charts = charts;
        this.places = places;
    }

    private ModelDigest() {
        this(null, null);
    }

    /** The digest of one page's model, in hex. */
    public static String of(Map<String, ?> model) {
        return HexFormat.of().formatHex(bytesOf(model));
    }

    /** The same, telling {@code charts} of every chart the model holds. */
    static String of(Map<String, ?> model, Consumer<ChartView> charts) {
        ModelDigest digest = new ModelDigest(charts, null);
        digest.value(model);
        return HexFormat.of().formatHex(digest.digest());
    }

    static byte[] bytesOf(Map<String, ?> model) {
        return bytesOfValue(model);
    }

    /** The digest of any value a model may hold, or of content records (their places included). */
    static byte[] bytesOfValue(Object value) {
        ModelDigest digest = new ModelDigest();
        digest.value(value);
        return digest.digest();
    }

    /**
     * The same, the places of tables taken from and added to {@code places}: each of the content's
     * shares digested the places of its tables again, over half the time digesting the content took
     * at 50,000 schools.
     */
    static byte[] bytesOfValue(Object value, Map<CellPlaces, byte[]> places) {
        ModelDigest digest = new ModelDigest(null, places);
        digest.value(value);
        return digest.digest();
    }

    private static byte[] bytesOfRecord(Object record) {
        ModelDigest digest = new ModelDigest();
        digest.record(record);
        return digest.digest();
    }

    private void value(Object value) {
        if (value == null) {
            tag('0');
        } else if (value instanceof String text) {
            // a String and a List before the interfaces they share with others (see ViewModelWrapper)
            text('s', text);
        } else if (value instanceof List<?> list) {
            inOrder(list);
        } else if (value instanceof CharSequence text) {
            text('s', text.toString());
        } else if (value instanceof Integer number) {
            tag('i');
            count(number);
        } else if (value instanceof Long number) {
            tag('j');
            count((int) (number >>> 32));
            count(number.intValue());
        } else if (value instanceof BigDecimal number) {
            // its digits and scale, which decide how it prints, without working out its decimal string
            tag('d');
            count(number.scale());
            bytes(number.unscaledValue().toByteArray());
        } else if (value instanceof Boolean || value instanceof Number || value instanceof Character
                || value instanceof TemporalAccessor) {
            text('n', value.getClass().getName() + ":" + value);
        } else if (value instanceof Enum<?> constant) {
            text('e', constant.getDeclaringClass().getName() + ":" + constant.name());
        } else if (value instanceof Optional<?> optional) {
            tag('o');
            value(optional.orElse(null));
        } else if (value instanceof OptionalInt || value instanceof OptionalLong || value instanceof OptionalDouble) {
            text('n', value.toString());
        } else if (value instanceof DigestedMap digested) {
            tag('D');
            bytes(digested.digest());
        } else if (value instanceof Map<?, ?> map) {
            map(map);
        } else if (value instanceof Collection<?> collection) {
            collection(collection);
        } else if (value instanceof ChartView chart) {
            // its SVG is drawn from the spec by the generator's own code
            tag('c');
            bytes(chart.specDigest());
            if (charts != null) {
                charts.accept(chart);
            }
        } else if (value instanceof CellPlaces table) {
            tag('P');
            if (places == null) {
                places = new IdentityHashMap<>();
            }
            bytes(places.computeIfAbsent(table, ModelDigest::bytesOfRecord));
        } else if (value.getClass().isRecord()) {
            record(value);
        } else {
            throw new IllegalStateException("a page model holds a " + value.getClass().getName()
                    + ", which the page cache cannot key: make it a record or teach ModelDigest about it");
        }
    }

    private void map(Map<?, ?> map) {
        tag('m');
        count(map.size());
        if (map instanceof SortedMap<?, ?> || map instanceof LinkedHashMap<?, ?> || map instanceof EnumMap<?, ?>) {
            map.forEach((key, item) -> {
                value(key);
                value(item);
            });
            return;
        }
        Object[] keys = map.keySet().toArray();
        if (allText(keys) || allOneEnum(keys)) {
            // every page's model is such a map: its keys' own order is cheaper than a digest per entry
            Arrays.sort(keys);
            for (Object key : keys) {
                value(key);
                value(map.get(key));
            }
            return;
        }
        List<byte[]> entries = new ArrayList<>();
        map.forEach((key, item) -> {
            ModelDigest entry = new ModelDigest(charts, null);
            entry.value(key);
            entry.value(item);
            entries.add(entry.digest());
        });
        unordered(entries);
    }

    private void collection(Collection<?> collection) {
        if (collection instanceof SortedSet<?> || collection instanceof LinkedHashSet<?>) {
            inOrder(collection);
            return;
        }
        tag('l');
        count(collection.size());
        List<byte[]> items = new ArrayList<>();
        for (Object item : collection) {
            ModelDigest one = new ModelDigest(charts, null);
            one.value(item);
            items.add(one.digest());
        }
        unordered(items);
    }

    private void inOrder(Collection<?> collection) {
        tag('l');
        count(collection.size());
        collection.forEach(this::value);
    }

    private static boolean allText(Object[] keys) {
        for (Object key : keys) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allOneEnum(Object[] keys) {
        if (keys.length == 0 || !(keys[0] instanceof Enum<?> first)) {
            return false;
        }
        for (Object key : keys) {
            if (!(key instanceof Enum<?> constant) || constant.getDeclaringClass() != first.getDeclaringClass()) {
                return false;
            }
        }
        return true;
    }

    private void unordered(List<byte[]> digests) {
        digests.sort(Arrays::compare);
        digests.forEach(this::bytes);
    }

    private void bytes(byte[] bytes) {
        count(bytes.length);
        reserve(bytes.length);
        System.arraycopy(bytes, 0, pending, size, bytes.length);
        size += bytes.length;
    }

    private void record(Object record) {
        text('r', record.getClass().getName());
        for (Method accessor : ACCESSORS.computeIfAbsent(record.getClass(), ModelDigest::accessors)) {
            try {
                value(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor + " for the page cache", e);
            }
        }
    }

    private static List<Method> accessors(Class<?> type) {
        List<Method> accessors = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true); // records private to a package are still read by templates
            accessors.add(accessor);
        }
        return accessors;
    }

    /** The text's UTF-16 code units, two bytes each: the same text always, and cheaper than encoding it. */
    private void text(char tag, String text) {
        tag(tag);
        int length = text.length();
        count(length);
        if (units.length < length) {
            units = new char[Math.max(length, 2 * units.length)];
        }
        text.getChars(0, length, units, 0); // a plain array the loop below reads without a check per character
        reserve(2 * length);
        byte[] into = pending;
        int at = size;
        for (int i = 0; i < length; i++) {
            char unit = units[i];
            into[at++] = (byte) (unit >>> 8);
            into[at++] = (byte) unit;
        }
        size = at;
    }

    private void tag(char tag) {
        reserve(1);
        pending[size++] = (byte) tag;
    }

    private void count(int count) {
        reserve(4);
        pending[size++] = (byte) (count >>> 24);
        pending[size++] = (byte) (count >>> 16);
        pending[size++] = (byte) (count >>> 8);
        pending[size++] = (byte) count;
    }

    /** Makes room for {@code bytes} more pending bytes, handing the pending ones to the digest if need be. */
    private void reserve(int bytes) {
        if (size + bytes <= pending.length) {
            return;
        }
        sha.update(pending, 0, size);
        size = 0;
        if (bytes > pending.length) {
            pending = new byte[bytes];
        }
    }

    private byte[] digest() {
        sha.update(pending, 0, size);
        size = 0;
        return sha.digest();
    }
}
