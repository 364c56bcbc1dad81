package org.junheng.render;

import java.util.List;

/**
 * What rendering produced: pages rendered, files written in all (pages, assets, attachments),
 * and the canonical address of every page a search engine should know (sorted, no duplicates).
 */
public record RenderedSite(int pages, int files, List<String> canonicalUrls) {

    public RenderedSite {
        canonicalUrls = List.copyOf(canonicalUrls);
    }

    public RenderedSite(int pages, int files) {
        this(pages, files, List.of());
    }
}
