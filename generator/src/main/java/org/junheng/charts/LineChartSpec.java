package org.junheng.charts;

import java.util.List;

/** A line chart over ordered categories (school years), with reference lines such as a limit. */
public record LineChartSpec(String id, String title, String description, String valueAxis, List<String> xLabels,
                            List<Series> series, List<ReferenceLine> lines, ChartTable table) implements ChartSpec {

    public LineChartSpec {
        xLabels = List.copyOf(xLabels);
        series = List.copyOf(series);
        lines = List.copyOf(lines);
    }
}
