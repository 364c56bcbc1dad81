package org.junheng.files;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map of output files' paths to their keys, packed into a few arrays: the paths' UTF-8
 * bytes back to back, and each key as the 32 bytes of its digest beside one shared copy of what
 * precedes the digest (a template's name, say). A build holds the keys of every file it writes until
 * it publishes, from rendering through open data and the output scan; as strings in a map, each
 * was a path, a 64-digit hex digest and an entry, about 240 bytes rather than about 90
 * (docs/performance.md).
 *
 * <p>A key that does not end in 64 lower-case hex digits is kept as it is, in UTF-8 bytes where a
 * digest would be, so that a table may map paths to any text (see {@link PathLists}). Entries are
 * ordered by their paths' UTF-8 bytes; {@link #get} finds one by binary search.
 *
 * <p>A table is {@linkplain #write written} as its arrays and {@linkplain #read read} back as views of
 * the buffer it is read from, so that a table read from a mapped file (the last build's keys and stamps,
 * see {@link FileBytes}) is paged in by the system as it is looked up rather than held on the heap.
 */
public final class KeyTable extends AbstractMap<String, String> {

    private static final int DIGEST_BYTES = 32;
    private static final int HEX_DIGITS = 2 * DIGEST_BYTES;
    private static final HexFormat HEX = HexFormat.of();

    private final ByteBuffer paths;
    private final IntBuffer starts;
    private final String[] prefixes;
    /** Per entry, the index of its key's prefix, or −1 if its key is kept whole. */
    private final IntBuffer prefixOf;
    /** Per entry, back to back: its key's digest (32 bytes), or the whole key's UTF-8 bytes. */
    private final ByteBuffer values;
    private final IntBuffer valueStarts;

    private KeyTable(ByteBuffer paths, IntBuffer starts, String[] prefixes, IntBuffer prefixOf, ByteBuffer values,
                     IntBuffer valueStarts) {
        this.paths = paths;
        this.starts = starts;
        this.prefixes = prefixes;
        this.prefixOf = prefixOf;
        this.values = values;
        this.valueStarts = valueStarts;
    }

    /** The entries of {@code maps}; where two hold the same path, the later one's key. */
    @SafeVarargs
    public static KeyTable of(Map<String, String>... maps) {
        if (maps.length == 1 && maps[0] instanceof KeyTable table) {
            return table;
        }
        List<KeyTable> tables = new ArrayList<>();
        for (Map<String, String> map : maps) {
            if (map instanceof KeyTable table) {
                tables.add(table);
            } else {
                Builder builder = new Builder();
                map.forEach(builder::add);
                tables.add(builder.build(true));
            }
        }
        return merged(tables);
    }

    /**
     * The tables' entries in one table, merged in path order as they are, bytes and all: a build's
     * keys are gathered in a few tables of hundreds of thousands of entries each, and reading every
     * entry back as strings to add it again was most of the time joining them took. Where two hold
     * the same path, the later table's key.
     */
    private static KeyTable merged(List<KeyTable> tables) {
        Map<String, Integer> prefixIndex = new LinkedHashMap<>();
        int[][] prefixIn = new int[tables.size()][];
        int entries = 0;
        int pathBytes = 0;
        int valueBytes = 0;
        for (int t = 0; t < tables.size(); t++) {
            KeyTable table = tables.get(t);
            prefixIn[t] = new int[table.prefixes.length];
            for (int p = 0; p < table.prefixes.length; p++) {
                prefixIn[t][p] = prefixIndex.computeIfAbsent(table.prefixes[p], prefix -> prefixIndex.size());
            }
            entries = Math.addExact(entries, table.size());
            pathBytes = Math.addExact(pathBytes, table.paths.limit());
            valueBytes = Math.addExact(valueBytes, table.values.limit());
        }
        byte[] paths = new byte[pathBytes];
        byte[] values = new byte[valueBytes];
        int[] starts = new int[entries + 1];
        int[] valueStarts = new int[entries + 1];
        int[] prefixOf = new int[entries];
        int[] next = new int[tables.size()];
        int size = 0;
        while (true) {
            int pick = -1;
            for (int t = 0; t < tables.size(); t++) {
                if (next[t] >= tables.get(t).size()) {
                    continue;
                }
                int order = pick < 0 ? -1 : comparePaths(tables.get(t), next[t], tables.get(pick), next[pick]);
                if (order == 0) {
                    next[pick]++; // the same path in an earlier table: the later one's key stands
                }
                if (order <= 0) {
                    pick = t;
                }
            }
            if (pick < 0) {
                break;
            }
            KeyTable table = tables.get(pick);
            int entry = next[pick]++;
            starts[size + 1] = copy(table.paths, table.starts, entry, paths, starts[size]);
            valueStarts[size + 1] = copy(table.values, table.valueStarts, entry, values, valueStarts[size]);
            int prefix = table.prefixOf.get(entry);
            prefixOf[size] = prefix < 0 ? -1 : prefixIn[pick][prefix];
            size++;
        }
        String[] prefixes = prefixIndex.keySet().toArray(String[]::new);
        if (size < entries) { // a path in two tables: trimmed to the entries kept
            paths = Arrays.copyOf(paths, starts[size]);
            values = Arrays.copyOf(values, valueStarts[size]);
            starts = Arrays.copyOf(starts, size + 1);
            valueStarts = Arrays.copyOf(valueStarts, size + 1);
            prefixOf = Arrays.copyOf(prefixOf, size);
        }
        return new KeyTable(ByteBuffer.wrap(paths), IntBuffer.wrap(starts), prefixes, IntBuffer.wrap(prefixOf),
                ByteBuffer.wrap(values), IntBuffer.wrap(valueStarts));
    }

    /**
     * Copies entry {@code entry}'s bytes of {@code from}, as {@code starts} delimits them, to {@code into}
     * at {@code at}; returns where they end there.
     */
    private static int copy(ByteBuffer from, IntBuffer starts, int entry, byte[] into, int at) {
        int start = starts.get(entry);
        int length = starts.get(entry + 1) - start;
        from.get(start, into, at, length);
        return at + length;
    }

    /** How entry {@code i} of {@code a} compares, by its path's unsigned bytes, with entry {@code j} of {@code b}. */
    private static int comparePaths(KeyTable a, int i, KeyTable b, int j) {
        return compareUnsigned(a.paths, a.starts.get(i), a.starts.get(i + 1),
                b.paths, b.starts.get(j), b.starts.get(j + 1));
    }

    /**
     * How bytes {@code aFrom} to {@code aTo} of {@code a} compare, as unsigned bytes, with bytes {@code bFrom}
     * to {@code bTo} of {@code b}.
     */
    private static int compareUnsigned(ByteBuffer a, int aFrom, int aTo, ByteBuffer b, int bFrom, int bTo) {
        if (a.hasArray() && b.hasArray()) {
            return Arrays.compareUnsigned(a.array(), a.arrayOffset() + aFrom, a.arrayOffset() + aTo,
                    b.array(), b.arrayOffset() + bFrom, b.arrayOffset() + bTo);
        }
        // byte by byte: a slice and a wrapper per step of a binary search were two objects each time
        int aLength = aTo - aFrom;
        int bLength = bTo - bFrom;
        for (int k = 0; k < Math.min(aLength, bLength); k++) {
            int order = Byte.compareUnsigned(a.get(aFrom + k), b.get(bFrom + k));
            if (order != 0) {
                return order;
            }
        }
        return aLength - bLength;
    }

    /**
     * Keys added from any thread, packed as they come, so that a build gathering hundreds of thousands
     * of them does not hold them as strings meanwhile.
     */
    public static final class Builder {

        private final Map<String, Integer> prefixIndex = new HashMap<>();
        private byte[] paths = new byte[1 << 12];
        private int[] starts = new int[1 << 8];
        private int[] prefixOf = new int[1 << 8];
        private byte[] values = new byte[DIGEST_BYTES << 8];
        private int[] valueStarts = new int[1 << 8];
        private int size;

        public synchronized void add(String path, String key) {
            if (size + 2 > starts.length) {
                int length = grown(starts.length);
                starts = Arrays.copyOf(starts, length);
                valueStarts = Arrays.copyOf(valueStarts, length);
                prefixOf = Arrays.copyOf(prefixOf, length);
            }
            paths = append(paths, starts, size, path.getBytes(StandardCharsets.UTF_8));
            if (endsInDigest(key)) {
                String prefix = key.substring(0, key.length() - HEX_DIGITS);
                prefixOf[size] = prefixIndex.computeIfAbsent(prefix, p -> prefixIndex.size());
                values = append(values, valueStarts, size, HEX.parseHex(key, key.length() - HEX_DIGITS, key.length()));
            } else {
                prefixOf[size] = -1;
                values = append(values, valueStarts, size, key.getBytes(StandardCharsets.UTF_8));
            }
            size++;
        }

        /** {@code bytes} with {@code added} as entry {@code index}, its end noted in {@code starts}. */
        private static byte[] append(byte[] bytes, int[] starts, int index, byte[] added) {
            int from = starts[index];
            byte[] grown = from + added.length > bytes.length
                    ? Arrays.copyOf(bytes, Math.max(grown(bytes.length), from + added.length)) : bytes;
            System.arraycopy(added, 0, grown, from, added.length);
            starts[index + 1] = from + added.length;
            return grown;
        }

        // by a quarter, not double: a national site's builders hold a few hundred megabytes at the end of
        // rendering, and doubling left up to half of that unused, with twice it held while copying
        private static int grown(int length) {
            return length + (length >> 2) + 16;
        }

        /** How many keys were added, a path added twice counted twice. */
        public synchronized int size() {
            return size;
        }

        /**
         * The table of the keys added; for a path added twice, the later key if {@code laterWins}, else an
         * {@link IllegalStateException} naming the path.
         */
        public synchronized KeyTable build(boolean laterWins) {
            Integer[] order = new Integer[size];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(paths, starts[a], starts[a + 1],
                    paths, starts[b], starts[b + 1])); // stable: the same path's keys stay in the order added
            int kept = 0;
            for (int i = 0; i < size; i++) {
                boolean repeated = i + 1 < size && samePath(order[i], order[i + 1]);
                if (repeated && !laterWins) {
                    throw new IllegalStateException("two files are planned at " + path(order[i]));
                }
                if (!repeated) {
                    order[kept++] = order[i];
                }
            }
            int[] packedStarts = packedStarts(starts, order, kept);
            int[] packedValueStarts = packedStarts(valueStarts, order, kept);
            byte[] packedPaths = packed(paths, starts, order, packedStarts);
            byte[] packedValues = packed(values, valueStarts, order, packedValueStarts);
            int[] packedPrefixOf = new int[kept];
            for (int i = 0; i < kept; i++) {
                packedPrefixOf[i] = prefixOf[order[i]];
            }
            String[] prefixes = new String[prefixIndex.size()];
            prefixIndex.forEach((prefix, index) -> prefixes[index] = prefix);
            return new KeyTable(ByteBuffer.wrap(packedPaths), IntBuffer.wrap(packedStarts), prefixes,
                    IntBuffer.wrap(packedPrefixOf), ByteBuffer.wrap(packedValues), IntBuffer.wrap(packedValueStarts));
        }

        /** Where each of the first {@code kept} entries of {@code order} starts once they are packed in that order. */
        private static int[] packedStarts(int[] starts, Integer[] order, int kept) {
            int[] packed = new int[kept + 1];
            for (int i = 0; i < kept; i++) {
                packed[i + 1] = packed[i] + starts[order[i] + 1] - starts[order[i]];
            }
            return packed;
        }

        private static byte[] packed(byte[] bytes, int[] starts, Integer[] order, int[] packedStarts) {
            int kept = packedStarts.length - 1;
            byte[] packed = new byte[packedStarts[kept]];
            for (int i = 0; i < kept; i++) {
                int entry = order[i];
                System.arraycopy(bytes, starts[entry], packed, packedStarts[i], starts[entry + 1] - starts[entry]);
            }
            return packed;
        }

        private boolean samePath(int a, int b) {
            return Arrays.equals(paths, starts[a], starts[a + 1], paths, starts[b], starts[b + 1]);
        }

        private String path(int entry) {
            return new String(paths, starts[entry], starts[entry + 1] - starts[entry], StandardCharsets.UTF_8);
        }
    }

    /** Writes this table's arrays, as {@link #read} reads them, to {@code out}. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(size());
        out.writeInt(prefixes.length);
        for (String prefix : prefixes) {
            byte[] bytes = prefix.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        out.writeInt(paths.limit());
        out.writeInt(values.limit());
        write(out, starts);
        write(out, valueStarts);
        write(out, prefixOf);
        write(out, paths);
        write(out, values);
    }

    private static void write(DataOutputStream out, IntBuffer ints) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(1 << 14);
        for (int i = 0; i < ints.limit(); i++) {
            if (!chunk.hasRemaining()) {
                out.write(chunk.array(), 0, chunk.position());
                chunk.clear();
            }
            chunk.putInt(ints.get(i));
        }
        out.write(chunk.array(), 0, chunk.position());
    }

    private static void write(DataOutputStream out, ByteBuffer bytes) throws IOException {
        Channels.newChannel(out).write(bytes.duplicate().rewind());
    }

    /**
     * The table {@link #write} wrote at {@code buffer}'s position, which it moves past it. Its arrays are
     * views of {@code buffer}, not copies; a table that does not fit the buffer is an {@link IOException}.
     */
    public static KeyTable read(ByteBuffer buffer) throws IOException {
        try {
            int size = count(buffer);
            String[] prefixes = new String[count(buffer)];
            for (int i = 0; i < prefixes.length; i++) {
                byte[] bytes = new byte[count(buffer)];
                buffer.get(bytes);
                prefixes[i] = new String(bytes, StandardCharsets.UTF_8);
            }
            int pathBytes = count(buffer);
            int valueBytes = count(buffer);
            IntBuffer starts = ints(buffer, size + 1);
            IntBuffer valueStarts = ints(buffer, size + 1);
            IntBuffer prefixOf = ints(buffer, size);
            ByteBuffer paths = bytes(buffer, pathBytes);
            ByteBuffer values = bytes(buffer, valueBytes);
            checkEntries(starts, valueStarts, prefixOf, prefixes.length, pathBytes, valueBytes);
            return new KeyTable(paths, starts, prefixes, prefixOf, values, valueStarts);
        } catch (RuntimeException e) {
            throw new IOException("an unreadable key table", e);
        }
    }

    /**
     * Checks that every entry's path and key lie within the table, and that a digest takes its 32 bytes:
     * a damaged file is then no cache, as an unreadable one is, rather than a lookup that fails midway
     * through a build. Paths out of order would only make lookups miss, and a changed byte of a key or
     * stamp only makes a file be made again.
     */
    private static void checkEntries(IntBuffer starts, IntBuffer valueStarts, IntBuffer prefixOf, int prefixes,
                                     int pathBytes, int valueBytes) throws IOException {
        int size = prefixOf.limit();
        boolean whole = starts.get(0) == 0 && valueStarts.get(0) == 0 && starts.get(size) == pathBytes
                && valueStarts.get(size) == valueBytes;
        for (int i = 0; whole && i < size; i++) {
            int prefix = prefixOf.get(i);
            int valueLength = valueStarts.get(i + 1) - valueStarts.get(i);
            whole = starts.get(i) <= starts.get(i + 1) && valueLength >= 0 && prefix >= -1 && prefix < prefixes
                    && (prefix < 0 || valueLength == DIGEST_BYTES);
        }
        if (!whole) {
            throw new IOException("a key table whose entries do not fit it");
        }
    }

    private static int count(ByteBuffer buffer) throws IOException {
        int count = buffer.getInt();
        if (count < 0) {
            throw new IOException("a negative count");
        }
        return count;
    }

    private static IntBuffer ints(ByteBuffer buffer, int count) {
        return bytes(buffer, Math.multiplyExact(count, Integer.BYTES)).asIntBuffer();
    }

    private static ByteBuffer bytes(ByteBuffer buffer, int count) {
        ByteBuffer slice = buffer.slice(buffer.position(), count);
        buffer.position(buffer.position() + count);
        return slice;
    }

    private static boolean endsInDigest(String key) {
        if (key.length() < HEX_DIGITS) {
            return false;
        }
        for (int i = key.length() - HEX_DIGITS; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int size() {
        return prefixOf.limit();
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public String get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : value(index);
    }

    /** The index of {@code path}'s entry in the table's order, or −1. */
    public int indexOf(String path) {
        int at = search(path);
        return at < 0 ? -1 : at;
    }

    /** The index of the first entry whose path sorts at or after {@code path}; {@link #size} if none does. */
    public int firstAtOrAfter(String path) {
        int at = search(path);
        return at < 0 ? -at - 1 : at;
    }

    /** The path of entry {@code index}, in the table's order. */
    public String pathAt(int index) {
        return path(index);
    }

    private int indexOf(Object key) {
        return key instanceof String path ? indexOf(path) : -1;
    }

    /** The index of {@code path}'s entry, or −(where it would go) − 1. */
    private int search(String path) {
        ByteBuffer wanted = ByteBuffer.wrap(path.getBytes(StandardCharsets.UTF_8));
        int low = 0;
        int high = size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = comparePath(middle, wanted);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -low - 1;
    }

    /** How entry {@code index}'s path compares, byte by unsigned byte, with {@code wanted}. */
    private int comparePath(int index, ByteBuffer wanted) {
        return compareUnsigned(paths, starts.get(index), starts.get(index + 1), wanted, 0, wanted.limit());
    }

    private String path(int index) {
        return text(paths, starts.get(index), starts.get(index + 1));
    }

    private static String text(ByteBuffer bytes, int from, int to) {
        if (bytes.hasArray()) {
            return new String(bytes.array(), bytes.arrayOffset() + from, to - from, StandardCharsets.UTF_8);
        }
        byte[] copy = new byte[to - from];
        bytes.get(from, copy);
        return new String(copy, StandardCharsets.UTF_8);
    }

    private String value(int index) {
        int prefix = prefixOf.get(index);
        int from = valueStarts.get(index);
        if (prefix < 0) {
            return text(values, from, valueStarts.get(index + 1));
        }
        byte[] digest = new byte[DIGEST_BYTES];
        values.get(from, digest);
        return prefixes[prefix] + HEX.formatHex(digest);
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size();
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int index = next++;
                        return new SimpleImmutableEntry<>(path(index), value(index));
                    }
                };
            }

            @Override
            public int size() {
                return KeyTable.this.size();
            }
        };
    }
}
