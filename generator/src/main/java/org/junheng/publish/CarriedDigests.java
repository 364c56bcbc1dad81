package org.junheng.publish;

import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.junheng.files.KeyTable;
import org.junheng.render.PageCache;

/**
 * The digests of the data files a build carried over from the output it replaces, taken from that
 * output's {@code SHA256SUMS} instead of reading the files again (about a gigabyte at 10,000 schools).
 *
 * <p>A digest is taken only when the {@code SHA256SUMS} is as the last build wrote it and the staged data
 * file is the very file that build published, as it wrote it (same file identity, size and modification
 * time as recorded in the build cache: a hard link to it). Any other file, including one copied where
 * hard links are not allowed, is read.
 */
final class CarriedDigests implements Sha256Sums.Known {

    /** The key {@code SHA256SUMS} is recorded under in the build cache: it is written from the files it lists. */
    static final String SUMS_KEY = "sha256sums";

    private final PageCache cache;
    private final Optional<KeyTable> published;

    private CarriedDigests(PageCache cache, Optional<KeyTable> published) {
        this.cache = cache;
        this.published = published;
    }

    static CarriedDigests of(PageCache cache) {
        Optional<KeyTable> sums = cache.previous(path(Sha256Sums.FILE), SUMS_KEY).flatMap(file -> {
            try {
                return Optional.of(Sha256Sums.read(file));
            } catch (IOException e) {
                return Optional.empty(); // unreadable: every file is read instead
            }
        });
        return new CarriedDigests(cache, sums);
    }

    /** The last build's {@code SHA256SUMS}, if it is as that build wrote it. */
    Optional<KeyTable> published() {
        return published;
    }

    /**
     * The digest of the staged file at {@code path} (relative to {@code data/}), whose {@code attributes}
     * were read with no links followed, if it was carried over unchanged.
     */
    @Override
    public Optional<String> of(String path, BasicFileAttributes attributes) {
        String digest = published.map(sums -> sums.get(path)).orElse(null);
        return digest != null && cache.published(path(path), attributes) ? Optional.of(digest) : Optional.empty();
    }

    private static String path(String dataPath) {
        return DataFiles.FOLDER + "/" + dataPath;
    }
}
