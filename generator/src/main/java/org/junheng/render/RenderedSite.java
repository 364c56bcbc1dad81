package org.junheng.render;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junheng.files.KeyTable;
import org.junheng.files.PathLists;

/**
 * What rendering produced: pages planned, files written in all (pages, assets, attachments),
 * the canonical address of every page a search engine should know (no duplicates), how many pages
 * were actually rendered rather than carried over from the previous output, how many had the input
 * keys they had last time (see {@link PageWriter.Written}), every file's cache key by its path, and
 * for the pages with input keys, each one's input key and the files its model made.
 */
public record RenderedSite(int pages, int files, Set<String> canonicalUrls, int rendered, int fromInputs,
                           Map<String, String> pageKeys, Map<String, String> inputKeys,
                           Map<String, List<String>> madeFiles) {

    public RenderedSite {
        canonicalUrls = Collections.unmodifiableSet(canonicalUrls);
        pageKeys = KeyTable.of(pageKeys);
        inputKeys = KeyTable.of(inputKeys);
        madeFiles = PathLists.of(madeFiles);
    }
}
