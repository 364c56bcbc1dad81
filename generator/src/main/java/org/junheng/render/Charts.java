package org.junheng.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junheng.charts.ChartBook;
import org.junheng.charts.ChartCsv;
import org.junheng.charts.ChartSpec;

/**
 * The charts of one build in one language: hands out chart views and writes each chart's CSV as
 * its view is made, so a large site does not hold every chart's numbers until the end. A CSV is
 * keyed by a digest of its bytes, like a page by its model, and one the last build wrote from the
 * same bytes is carried over rather than written again (tens of thousands at national size).
 */
final class Charts {

    private final ChartBook book;
    private final Optional<Path> csvFolder;
    private final PageCache cache;
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    private Charts(ChartBook book, Optional<Path> csvFolder, PageCache cache) {
        this.book = book;
        this.csvFolder = csvFolder;
        this.cache = cache;
    }

    /** Charts whose CSV files are written under {@code out}, or carried over from {@code cache}. */
    static Charts writingCsv(ChartBook book, Path out, PageCache cache) {
        return new Charts(book, Optional.of(out), cache);
    }

    /** Charts that link to CSV files another {@link Charts} writes: the English twins of the Chinese charts. */
    static Charts linkingCsv(ChartBook book) {
        return new Charts(book, Optional.empty(), PageCache.NONE);
    }

    /** A view of the chart; ids are unique, so a repeat means a planning error. */
    ChartView add(ChartSpec spec) {
        ChartView view = new ChartView(spec, book, csvFolder.isPresent());
        if (!ids.add(spec.id())) {
            throw new IllegalStateException("two charts share the id " + spec.id());
        }
        csvFolder.ifPresent(out -> keys.put(view.csvUrl(), KeyedFile.write(out, view.csvUrl(),
                ChartCsv.of(spec.table()).getBytes(StandardCharsets.UTF_8), "chart-csv", cache)));
        return view;
    }

    /** How many CSV files these charts wrote. */
    int csvFiles() {
        return csvFolder.isPresent() ? ids.size() : 0;
    }

    /** The key each CSV file was written or carried over from, by output path: for the next build's cache. */
    Map<String, String> keys() {
        return Map.copyOf(keys);
    }
}
