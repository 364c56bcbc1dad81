package org.junheng.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junheng.charts.ChartBook;
import org.junheng.charts.ChartCsv;
import org.junheng.charts.ChartSpec;

/**
 * The charts of one build in one language: hands out chart views and writes each chart's CSV as
 * its view is made, so a large site does not hold every chart's numbers until the end.
 */
final class Charts {

    private final ChartBook book;
    private final Optional<Path> csvFolder;
    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    private Charts(ChartBook book, Optional<Path> csvFolder) {
        this.book = book;
        this.csvFolder = csvFolder;
    }

    /** Charts whose CSV files are written under {@code out}. */
    static Charts writingCsv(ChartBook book, Path out) {
        return new Charts(book, Optional.of(out));
    }

    /** Charts that link to CSV files another {@link Charts} writes: the English twins of the Chinese charts. */
    static Charts linkingCsv(ChartBook book) {
        return new Charts(book, Optional.empty());
    }

    /** A view of the chart; ids are unique, so a repeat means a planning error. */
    ChartView add(ChartSpec spec) {
        ChartView view = new ChartView(spec, book);
        if (!ids.add(spec.id())) {
            throw new IllegalStateException("two charts share the id " + spec.id());
        }
        csvFolder.ifPresent(out -> write(out.resolve(view.csvUrl()), ChartCsv.of(spec.table())));
        return view;
    }

    /** How many CSV files these charts wrote. */
    int csvFiles() {
        return csvFolder.isPresent() ? ids.size() : 0;
    }

    private static void write(Path file, String csv) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
