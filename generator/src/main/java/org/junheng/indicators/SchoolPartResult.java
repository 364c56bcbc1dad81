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
 * <p>The share and the verdict are held as null when absent and read as {@link Optional}s: a national
 * site holds every part's result of every year while it renders, and two {@code Optional}s a part were
 * 9 MB at 50,000 schools (docs/performance.md).
 *
 * @param facilityShareOrNull the school's shared facilities assigned to this part (1 ÷ 1 for single-stage schools);
 *                            null when a stage's students are missing
 */
public record SchoolPartResult(
        School school,
        Stage stage,
        OptionalInt students,
        FacilityShare facilityShareOrNull,
        List<IndicatorResult> indicators,
        SchoolVerdict verdictOrNull) {

    public SchoolPartResult {
        indicators = PartIndicators.copyOf(indicators);
    }

    public SchoolPartResult(School school, Stage stage, OptionalInt students, Optional<FacilityShare> facilityShare,
                            List<IndicatorResult> indicators, Optional<SchoolVerdict> verdict) {
        this(school, stage, students, facilityShare.orElse(null), indicators, verdict.orElse(null));
    }

    /** The part's results of {@code definitions}, in that order, sharing the list with every other part. */
    SchoolPartResult(School school, Stage stage, OptionalInt students, Optional<FacilityShare> facilityShare,
                     List<IndicatorDefinition> definitions, List<IndicatorResult> indicators,
                     Optional<SchoolVerdict> verdict) {
        this(school, stage, students, facilityShare, PartIndicators.of(definitions, indicators), verdict);
    }

    public Optional<FacilityShare> facilityShare() {
        return Optional.ofNullable(facilityShareOrNull);
    }

    public Optional<SchoolVerdict> verdict() {
        return Optional.ofNullable(verdictOrNull);
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
