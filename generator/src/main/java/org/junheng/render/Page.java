package org.junheng.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One page to write: where it goes (relative to the site root, e.g.
 * {@code schools/2199010001/index.html}), which template draws it, its canonical address, and
 * its ready-made model. A page may make its model only when it is written (on any of the
 * build's threads), so that a site of any size never holds every page's model at once.
 */
public record Page(String path, String template, String canonicalUrl, Supplier<Map<String, Object>> models) {

    /** A page whose model is already made. */
    public Page(String path, String template, String canonicalUrl, Map<String, Object> model) {
        this(path, template, canonicalUrl, constant(Map.copyOf(model)));
    }

    /** The model the template receives; a page that makes its model late makes it anew on every call. */
    public Map<String, Object> model() {
        return Map.copyOf(models.get());
    }

    private static Supplier<Map<String, Object>> constant(Map<String, Object> model) {
        return () -> model;
    }
}
