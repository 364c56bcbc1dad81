package org.junheng.charts;

/**
 * A drawn chart: inline SVG with {@code role="img"}, a title and a description that states the
 * key finding in words, and the same numbers as a table. {@code id} is stable and unique in
 * the site; it names the chart's CSV.
 */
public record Chart(String id, String title, String description, String svg, ChartTable table) {
}
