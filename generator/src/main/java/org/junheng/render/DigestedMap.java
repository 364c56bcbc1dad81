package org.junheng.render;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A map whose digest is worked out once. A language's labels, hundreds of them, are in every
 * page's model: sorting and digesting them again for each of tens of thousands of pages was a
 * good part of what keying the pages cost.
 */
final class DigestedMap extends AbstractMap<String, String> {

    private final Map<String, String> map;
    private final byte[] digest;

    DigestedMap(Map<String, String> map) {
        this.map = Map.copyOf(map);
        this.digest = ModelDigest.bytesOf(this.map);
    }

    /** The digest of the map's keys and values, as {@link ModelDigest} digests any map. */
    byte[] digest() {
        return digest.clone();
    }

    @Override
    public String get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return map.entrySet();
    }
}
