package org.junheng.indicators;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junheng.content.School;
import org.junheng.content.Stage;

/**
 * The indicators of one school part and its per-school verdict (absent when the standard set
 * has no per-school thresholds, as in 2012).
 *
 * @param facilityShare the school's shared facilities assigned to this part (1 ÷ 1 for single-stage schools); empty
 *                      when a stage's students are missing
 */
public record SchoolPartResult(
        School school,
        Stage stage,
        OptionalInt students,
        Optional<FacilityShare> facilityShare,
        List<IndicatorResult> indicators,
        Optional<SchoolVerdict> verdict) {

    public SchoolPartResult {
        indicators = PartIndicators.copyOf(indicators);
    }

    /** The part's results of {@code definitions}, in that order, sharing the list with every other part. */
    SchoolPartResult(School school, Stage stage, OptionalInt students, Optional<FacilityShare> facilityShare,
                     List<IndicatorDefinition> definitions, List<IndicatorResult> indicators,
                     Optional<SchoolVerdict> verdict) {
        this(school, stage, students, facilityShare, PartIndicators.of(definitions, indicators), verdict);
    }

    public boolean multiStage() {
        return school.type().isMultiStage();
    }

    public Optional<IndicatorResult> indicator(String code) {
        if (indicators instanceof PartIndicators packed) { // a handful, looked up for every school on many pages
            return Optional.ofNullable(packed.find(code));
        }
        return indicators.stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    /** E.g. 青岚县实验学校（初中）. */
    public Text name() {
        return SchoolFinding.name(school, Optional.of(stage));
    }
}
