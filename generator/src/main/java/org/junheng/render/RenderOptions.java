package org.junheng.render;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junheng.content.Content;

/**
 * Inputs of rendering beyond the content: the build date (which result lists are inside their
 * notice period, which projects are overdue — an input, never the clock), the small-count
 * suppression threshold, and pinyin readings that override the library's for given words.
 */
public record RenderOptions(LocalDate buildDate, int suppressionThreshold, Map<String, String> pinyinOverrides) {

    public RenderOptions {
        if (suppressionThreshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1");
        }
        pinyinOverrides = new TreeMap<>(pinyinOverrides);
    }

    /** The defaults: built on the date of the newest content item, threshold 5, no overrides. */
    public static RenderOptions defaults(Content content) {
        return new RenderOptions(content.newestDate().orElse(LocalDate.of(1970, 1, 1)),
                org.junheng.indicators.Suppression.DEFAULT_THRESHOLD, Map.of());
    }
}
