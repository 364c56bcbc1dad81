package org.junheng.render;

import java.nio.file.Path;
import java.util.Optional;
import org.junheng.files.ParentFolders;
import org.junheng.files.Sha256;

/**
 * A file of the output made from bytes the build works out (a chart's CSV, a feed), keyed like a
 * page by its model — here by a digest of its bytes: when the last build wrote the same bytes at
 * the same path and its file is still as written, that file is carried over instead of written
 * again, and so is not compared with the published one and linked back later either.
 */
public final class KeyedFile {

    private KeyedFile() {
    }

    /**
     * Writes {@code bytes} at {@code path} under {@code out}, or carries over the file {@code cache}
     * has for them; returns the key, for the next build's cache.
     *
     * @param kind what the file is, which starts its key ({@code chart-csv}, {@code feed})
     */
    public static String write(Path out, String path, byte[] bytes, String kind, PageCache cache) {
        String key = kind + ":" + Sha256.hex(bytes);
        Path file = out.resolve(path);
        Optional<Path> published = cache.previous(path, key);
        if (published.isPresent()) {
            CarriedFile.carry(published.get(), file);
            return key;
        }
        ParentFolders.write(file, bytes);
        return key;
    }
}
