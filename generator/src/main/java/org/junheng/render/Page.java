package org.junheng.render;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One page to write: where it goes (relative to the site root, e.g.
 * {@code schools/2199010001/index.html}), which template draws it, its canonical address (the one
 * search engines are told of; empty for a page they are not, such as the not-found page), and
 * its ready-made model. A page may make its model only when it is written (on any of the
 * build's threads), so that a site of any size never holds every page's model at once.
 * {@code inputKey}, when there is one, keys the page by all its model can be made from, so that
 * a page whose inputs did not change is carried over without its model being made (see
 * {@link CountyScopes}).
 */
public record Page(String path, String template, String canonicalUrl, Supplier<Map<String, Object>> models,
                   Optional<String> inputKey) implements PlannedPage {

    /** A page keyed by its model only. */
    public Page(String path, String template, String canonicalUrl, Supplier<Map<String, Object>> models) {
        this(path, template, canonicalUrl, models, Optional.empty());
    }

    /** A page whose model is already made. */
    public Page(String path, String template, String canonicalUrl, Map<String, Object> model) {
        this(path, template, canonicalUrl, constant(Map.copyOf(model)));
    }

    /** This page, keyed also by {@code key}: a digest of everything its model is made from. */
    Page withInputKey(String key) {
        return new Page(path, template, canonicalUrl, models, Optional.of(key));
    }

    /** A page already made is its own plan. */
    @Override
    public Page page() {
        return this;
    }

    /** The model the template receives; a page that makes its model late makes it anew on every call. */
    public Map<String, Object> model() {
        return Map.copyOf(models.get());
    }

    private static Supplier<Map<String, Object>> constant(Map<String, Object> model) {
        return () -> model;
    }
}
