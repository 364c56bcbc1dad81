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

    /**
     * True when a file with these {@code attributes} (read with no links followed) is the very file the
     * last build published at {@code path}, as it wrote it: same file identity, size and modification time.
     */
    default boolean published(String path, BasicFileAttributes attributes) {
        return false;
    }

    /** The key of a page: what it is rendered from, apart from the templates and the generator itself. */
    static String key(String template, java.util.Map<String, Object> model) {
        return template + ":" + ModelDigest.of(model);
    }
}
