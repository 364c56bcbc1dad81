package org.junheng.render;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The pages of the output a build replaces, for pages that need not be rendered again: a page
 * whose key — its template and a digest of its model — is the one it was last written from can
 * take the file already published.
 */
@FunctionalInterface
public interface PageCache {

    /** A cache that has nothing: every page is rendered. */
    PageCache NONE = (path, key) -> Optional.empty();

    /** The published file of the page at {@code path} if it was written from {@code key} and is still as written. */
    Optional<Path> previous(String path, String key);

    /** The published file at {@code path} and the key it was written from, if it is still as written. */
    default Optional<Published> lastWritten(String path) {
        return Optional.empty();
    }

    /**
     * True when a file with these {@code attributes} (read with no links followed) is the very file the
     * last build published at {@code path}, as it wrote it: same file identity, size and modification time.
     */
    default boolean published(String path, BasicFileAttributes attributes) {
        return false;
    }

    /**
     * What the last build wrote at {@code path} from a page with the same {@code inputKey}, if every
     * file it wrote for that page — the page and the chart tables its model made — is still as
     * written: each file's key and published copy. The page's model need not be made again.
     */
    default Optional<FromInputs> previousByInputs(String path, String inputKey) {
        return Optional.empty();
    }

    /** A page carried over by its input key, and the other files its model made, by path. */
    record FromInputs(Published page, java.util.Map<String, Published> files) {

        public FromInputs {
            files = java.util.Map.copyOf(files);
        }
    }

    /** A published file and the key it was written from. */
    record Published(Path file, String key) {
    }

    /** The key of a page: what it is rendered from, apart from the templates and the generator itself. */
    static String key(String template, java.util.Map<String, Object> model) {
        return template + ":" + ModelDigest.of(model);
    }

    /** The same, telling {@code charts} of every chart the model holds. */
    static String key(String template, java.util.Map<String, Object> model,
                      java.util.function.Consumer<ChartView> charts) {
        return template + ":" + ModelDigest.of(model, charts);
    }
}
