package org.junheng.render;

import java.util.List;

/**
 * A county on the overview page: key figures, schools by type, the latest verdict with its
 * reasons, the CV charts of both stages and the trend of students and teachers.
 */
public record CountyCard(String name, String heading, String year, List<Fact> figures, List<Fact> schoolTypes, Status verdict,
                         String assessmentUrl, List<String> failures, List<ChartView> cvCharts, String standardCitation,
                         ChartView trend) {

    public CountyCard {
        figures = List.copyOf(figures);
        schoolTypes = List.copyOf(schoolTypes);
        failures = List.copyOf(failures);
        cvCharts = List.copyOf(cvCharts);
    }
}
