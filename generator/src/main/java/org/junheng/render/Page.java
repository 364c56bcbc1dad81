package org.junheng.render;

import java.util.Map;

/**
 * One page to write: where it goes (relative to the site root, e.g.
 * {@code schools/2199010001/index.html}), which template draws it, and its ready-made model.
 */
public record Page(String path, String template, Map<String, Object> model) {

    public Page {
        model = Map.copyOf(model);
    }
}
