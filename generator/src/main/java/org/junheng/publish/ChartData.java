package org.junheng.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junheng.charts.Chart;
import org.junheng.charts.ChartTable;

/**
 * Each chart's numbers as a download beside the data: {@code /data/charts/{chart-id}.csv}
 * (canonical) and {@code {chart-id}.excel.csv}. Written before {@link OpenData} runs, the files
 * are covered by {@code SHA256SUMS} and the change log like every other table.
 *
 * <pre>
 *   ChartData.write(staging, charts);                 // after rendering, before OpenData
 *   String href = page.root + ChartData.path(chart.id());   // the link beside the chart
 * </pre>
 */
public final class ChartData {

    static final String FOLDER = DataFiles.FOLDER + "/charts/";

    private ChartData() {
    }

    /** The chart's CSV relative to the site root. */
    public static String path(String chartId) {
        if (!chartId.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("chart id " + chartId + " is not a lowercase file name");
        }
        return FOLDER + chartId + ".csv";
    }

    /** The chart's CSV for Excel users, relative to the site root. */
    public static String excelPath(String chartId) {
        return FOLDER + chartId + DataFiles.EXCEL_SUFFIX;
    }

    /** Writes one chart's table under {@code out}; returns its canonical path relative to the site root. */
    public static String write(Path out, String chartId, ChartTable table) {
        String path = path(chartId);
        write(out.resolve(path), CsvFiles.canonical(table.columns(), table.rows()));
        write(out.resolve(excelPath(chartId)), CsvFiles.excel(table.columns(), table.rows()));
        return path;
    }

    /** Writes every chart's table; returns the number of files written. */
    public static int write(Path out, List<Chart> charts) {
        charts.forEach(chart -> write(out, chart.id(), chart.table()));
        return charts.size() * 2;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
