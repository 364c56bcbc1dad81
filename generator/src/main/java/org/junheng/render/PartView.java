package org.junheng.render;

import java.util.List;

/**
 * A school part's assessment: its seven indicators, the per-school verdict in plain words, and
 * a chart of each indicator as a percentage of its threshold.
 */
public record PartView(String title, String stage, String students, String share, List<IndicatorRow> rows,
                       Status verdict, String summary, ChartView chart, TableView trend, ChartView trendChart) {

    public PartView {
        rows = List.copyOf(rows);
    }
}
