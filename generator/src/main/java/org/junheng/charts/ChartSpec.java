package org.junheng.charts;

/** Anything the renderer can draw. Specs are records, so equal data means equal specs. */
public sealed interface ChartSpec permits BarChartSpec, LineChartSpec, GroupedBarChartSpec {

    String id();

    String title();

    String description();

    ChartTable table();
}
