package org.junheng.charts;

import java.util.List;

/** The numbers behind a chart, as a table: header row, then one row per bar or point. */
public record ChartTable(List<String> columns, List<List<String>> rows) {

    public ChartTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
