package org.junheng.files;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable map of output files' paths to lists of paths, such as the files each page's model
 * made: each list is kept as one line of its paths joined by line feeds in a {@link KeyTable}. A
 * national site's pages make hundreds of thousands of such lists: at 50,000 schools, as lists of
 * strings in a map, 220,000 strings (18 MB) besides the lists and the map's entries
 * (docs/performance.md).
 */
public final class PathLists extends AbstractMap<String, List<String>> {

    private static final String SEPARATOR = "\n";

    private final KeyTable joined;

    private PathLists(KeyTable joined) {
        this.joined = joined;
    }

    /** The lists of {@code map}; {@code map} itself if it is packed already. */
    public static PathLists of(Map<String, List<String>> map) {
        if (map instanceof PathLists packed) {
            return packed;
        }
        Builder builder = new Builder();
        map.forEach(builder::add);
        return builder.build();
    }

    /** Lists added from any thread, packed as they come; a path added twice keeps its later list. */
    public static final class Builder {

        private final KeyTable.Builder joined = new KeyTable.Builder();

        public void add(String path, List<String> paths) {
            for (String each : paths) {
                if (each.isEmpty() || each.contains(SEPARATOR)) {
                    throw new IllegalArgumentException("a listed path is empty or holds a line feed: '" + each + "'");
                }
            }
            joined.add(path, String.join(SEPARATOR, paths));
        }

        public PathLists build() {
            return new PathLists(joined.build(true));
        }
    }

    /** Writes these lists, as {@link #read} reads them, to {@code out}. */
    public void write(DataOutputStream out) throws IOException {
        joined.write(out);
    }

    /** The lists {@link #write} wrote at {@code buffer}'s position, as views of it (see {@link KeyTable#read}). */
    public static PathLists read(ByteBuffer buffer) throws IOException {
        return new PathLists(KeyTable.read(buffer));
    }

    @Override
    public int size() {
        return joined.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return joined.containsKey(key);
    }

    @Override
    public List<String> get(Object key) {
        String line = joined.get(key);
        return line == null ? null : split(line);
    }

    private static List<String> split(String line) {
        return line.isEmpty() ? List.of() : List.of(line.split(SEPARATOR, -1));
    }

    @Override
    public Set<Map.Entry<String, List<String>>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, List<String>>> iterator() {
                Iterator<Map.Entry<String, String>> lines = joined.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return lines.hasNext();
                    }

                    @Override
                    public Map.Entry<String, List<String>> next() {
                        Map.Entry<String, String> line = lines.next();
                        return new SimpleImmutableEntry<>(line.getKey(), split(line.getValue()));
                    }
                };
            }

            @Override
            public int size() {
                return joined.size();
            }
        };
    }
}
