package org.junheng.indicators;

import java.util.List;
import java.util.Optional;

import org.junheng.content.County;

/** One county's assessments, one per school year in the data, oldest first. */
public record CountyAssessment(County county, StandardSet standards, List<YearAssessment> years) {

    public CountyAssessment {
        years = List.copyOf(years);
    }

    public Optional<YearAssessment> latest() {
        return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
    }

    public Optional<YearAssessment> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }
}
