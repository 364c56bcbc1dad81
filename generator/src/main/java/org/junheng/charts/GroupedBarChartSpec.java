package org.junheng.charts;

import java.util.List;

/**
 * Horizontal bars in groups: one group per category, one bar per series (e.g. planned and
 * completed budget), with a legend and each bar's value printed at its end.
 */
public record GroupedBarChartSpec(String id, String title, String description, String valueAxis,
                                  List<String> categories, List<Series> series, ChartTable table) implements ChartSpec {

    public GroupedBarChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }
}
