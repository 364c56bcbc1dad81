package org.junheng.render;

import java.util.List;

/** A stage's CVs with a one-line finding and their chart. */
public record StageCvs(String stage, String heading, String finding, List<CvRow> rows, ChartView chart) {

    public StageCvs {
        rows = List.copyOf(rows);
    }
}
