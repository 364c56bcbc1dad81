package org.junheng.charts;

import java.util.List;

/** A horizontal bar chart: one bar per category, with reference lines across the value axis. */
public record BarChartSpec(String id, String title, String description, String valueAxis, List<Bar> bars,
                           List<ReferenceLine> lines, ChartTable table) implements ChartSpec {

    public BarChartSpec {
        bars = List.copyOf(bars);
        lines = List.copyOf(lines);
    }
}
