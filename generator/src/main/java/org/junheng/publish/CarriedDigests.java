package org.junheng.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junheng.render.PageCache;

/**
 * The digests of the data files a build carried over from the output it replaces, taken from that
 * output's {@code SHA256SUMS} instead of reading the files again (about a gigabyte at 10,000 schools).
 *
 * <p>A digest is taken only when both files are as the last build wrote them — the {@code SHA256SUMS}
 * and the data file, by their stamps in the build cache — and the staged file is that very file (a hard
 * link to it). Any other file, including one copied where hard links are not allowed, is read.
 */
final class CarriedDigests {

    /** The key {@code SHA256SUMS} is recorded under in the build cache: it is written from the files it lists. */
    static final String SUMS_KEY = "sha256sums";

    private final PageCache cache;
    private final Path staged;
    private final Map<String, String> published;

    private CarriedDigests(PageCache cache, Path staged, Map<String, String> published) {
        this.cache = cache;
        this.staged = staged;
        this.published = published;
    }

    /** @param staged the {@code data/} folder being built */
    static CarriedDigests of(PageCache cache, Path staged) {
        SortedMap<String, String> sums = cache.previous(path(Sha256Sums.FILE), SUMS_KEY).map(file -> {
            try {
                return Sha256Sums.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new TreeMap<String, String>(); // unreadable: every file is read instead
            }
        }).orElseGet(TreeMap::new);
        return new CarriedDigests(cache, staged, sums);
    }

    /** The digest of the staged file at {@code path} (relative to {@code data/}) if it was carried over unchanged. */
    Optional<String> of(String path) {
        String digest = published.get(path);
        if (digest == null) {
            return Optional.empty();
        }
        return cache.unchanged(path(path)).filter(file -> sameFile(file, staged.resolve(path))).map(file -> digest);
    }

    private static boolean sameFile(Path published, Path staged) {
        try {
            return Files.isSameFile(published, staged);
        } catch (IOException e) {
            return false;
        }
    }

    private static String path(String dataPath) {
        return DataFiles.FOLDER + "/" + dataPath;
    }
}
