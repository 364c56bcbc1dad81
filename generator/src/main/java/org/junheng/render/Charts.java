package org.junheng.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junheng.charts.ChartBook;
import org.junheng.charts.ChartCsv;
import org.junheng.charts.ChartSpec;
import org.junheng.files.KeyTable;

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
    // packed as they come: a national site has a chart table for every school and year
    private final KeyTable.Builder keys = new KeyTable.Builder();

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

    /**
     * A view of the chart. Ids are unique: two charts with one id would write one CSV file, which
     * {@link #keys()} finds (the Chinese charts write them; the English ones link to theirs).
     */
    ChartView add(ChartSpec spec) {
        ChartView view = new ChartView(spec, book, csvFolder.isPresent());
        csvFolder.ifPresent(out -> keys.add(view.csvUrl(), KeyedFile.write(out, view.csvUrl(),
                ChartCsv.of(spec.table()).getBytes(StandardCharsets.UTF_8), "chart-csv", cache)));
        return view;
    }

    /** How many CSV files these charts wrote. */
    int csvFiles() {
        return keys.size();
    }

    /** The key each CSV file was written or carried over from, by output path: for the next build's cache. */
    Map<String, String> keys() {
        return keys.build(false);
    }
}
