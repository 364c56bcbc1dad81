package org.junheng.indicators;

import org.junheng.content.Interned;

/**
 * Where a number of the standard came from, so a page can cite it: the layer, the name of
 * the body or set (e.g. 某省, or the standard set's name) and the document that states it.
 */
public record Provenance(Layer layer, String name, String source) {

    /** E.g. {@code 某省：《某省实施细则》}; one string for every call, as tables cite it on each of their rows. */
    public String citation() {
        return Interned.of(name + "：" + source);
    }
}
