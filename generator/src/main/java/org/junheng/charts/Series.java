package org.junheng.charts;

import java.util.List;

/** One line of a line chart: a name and a value per x position (null where there is none). */
public record Series(String name, List<Double> values) {

    public Series {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
