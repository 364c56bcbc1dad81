package org.junheng.render;

import org.junheng.charts.ChartBook;
import org.junheng.charts.ChartSpec;
import org.junheng.charts.ChartTable;

/**
 * A chart as a page shows it: drawn when its page is rendered (so charts are drawn in
 * parallel with the pages, and let go with the page), with its numbers as a table and a link to its CSV.
 */
public final class ChartView {

    private final ChartSpec spec;
    private final ChartBook book;
    private final boolean writesCsv;
    /** Kept, not made on each call: the build's keys and each page's list of the files it made hold it. */
    private final String csvUrl;
    /** Made with the view: its page's key needs it at once, and the chart cache keys the drawing by it. */
    private final byte[] specDigest;

    ChartView(ChartSpec spec, ChartBook book, boolean writesCsv) {
        this.spec = spec;
        this.book = book;
        this.writesCsv = writesCsv;
        this.csvUrl = "data/charts/" + spec.id() + ".csv";
        this.specDigest = ModelDigest.bytesOfValue(spec);
    }

    public String id() {
        return spec.id();
    }

    public String title() {
        return spec.title();
    }

    public String description() {
        return spec.description();
    }

    /** Site-relative address of the chart's CSV. */
    public String csvUrl() {
        return csvUrl;
    }

    public TableView table() {
        ChartTable table = spec.table();
        return new TableView(spec.title(), table.columns(), table.rows());
    }

    /** Drawn each time it is asked for and not kept: a site keeps every chart's view until its CSV is written. */
    public String svg() {
        return book.draw(spec, specDigest).svg();
    }

    /** True when making this view wrote its CSV: the Chinese chart's, not its English twin's. */
    boolean writesCsv() {
        return writesCsv;
    }

    /** A digest of everything the chart is drawn from (see {@link ModelDigest}). */
    byte[] specDigest() {
        return specDigest;
    }
}
