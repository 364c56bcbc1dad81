package org.junheng.render;

import java.nio.file.Path;
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

    /** The published file at {@code path} if it is still as the last build wrote it, whatever it was written from. */
    default Optional<Path> unchanged(String path) {
        return Optional.empty();
    }

    /** The key of a page: what it is rendered from, apart from the templates and the generator itself. */
    static String key(String template, java.util.Map<String, Object> model) {
        return template + ":" + ModelDigest.of(model);
    }
}
