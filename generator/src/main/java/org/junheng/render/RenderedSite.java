package org.junheng.render;

import java.util.List;
import java.util.Map;

/**
 * What rendering produced: pages planned, files written in all (pages, assets, attachments),
 * the canonical address of every page a search engine should know (sorted, no duplicates),
 * how many pages were actually rendered rather than carried over from the previous output,
 * and every page's cache key by its path.
 */
public record RenderedSite(int pages, int files, List<String> canonicalUrls, int rendered, Map<String, String> pageKeys) {

    public RenderedSite {
        canonicalUrls = List.copyOf(canonicalUrls);
        pageKeys = Map.copyOf(pageKeys);
    }
}
