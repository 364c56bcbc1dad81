package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junheng.content.Stage;

/**
 * The county's CV table: for each indicator and compulsory stage, the weighted CV over the
 * stage's school parts whose value is assessable; the others are left out and listed.
 */
final class CvCalculator {

    static final List<Stage> STAGES = List.of(Stage.PRIMARY, Stage.JUNIOR);

    private CvCalculator() {
    }

    static List<CvResult> indicatorCvs(List<SchoolPartResult> parts, StandardSet standards,
                                       Optional<ResourceAllocation> previous) {
        List<CvResult> cvs = new ArrayList<>();
        for (IndicatorDefinition indicator : standards.indicators()) {
            for (Stage stage : STAGES) {
                cvs.add(cv(indicator, stage, parts.stream().filter(p -> p.stage() == stage).toList(), previous));
            }
        }
        return cvs;
    }

    private static CvResult cv(IndicatorDefinition indicator, Stage stage, List<SchoolPartResult> parts,
                               Optional<ResourceAllocation> previous) {
        List<Observation> observations = new ArrayList<>();
        List<SchoolFinding> leftOut = new ArrayList<>();
        for (SchoolPartResult part : parts) {
            IndicatorResult result = part.indicator(indicator.code()).orElseThrow();
            Optional<BigDecimal> value = result.value();
            if (value.isPresent()) {
                observations.add(new Observation(value.get(), BigDecimal.valueOf(part.students().getAsInt())));
            } else {
                leftOut.add(SchoolFinding.of(part.school(), stage, result.problem().orElseThrow()));
            }
        }
        Optional<Dispersion> dispersion = WeightedCv.of(observations);
        Optional<BigDecimal> cv = dispersion.flatMap(Dispersion::cv);
        Optional<Setting> limit = indicator.cvLimit(stage);
        Optional<Text> problem = parts.isEmpty()
                ? Optional.of(Text.of("没有参与计算的" + stage.chinese() + "学校", "no " + stage.english() + " schools to compare"))
                : observations.isEmpty()
                ? Optional.of(Text.of("所有学校的该指标都无法评估", "no school's value is assessable"))
                : cv.isEmpty()
                ? Optional.of(Text.of("全县均值为 0，差异系数无意义", "the county mean is 0, so there is no CV"))
                : Optional.empty();
        Optional<Change> change = change(cv, previous, p -> p.cv(indicator.code(), stage).flatMap(CvResult::cv));
        return new CvResult(indicator, stage, judge(cv, limit), dispersion, limit, leftOut, change, problem);
    }

    static List<CompositeCvResult> composites(List<CvResult> cvs, StandardSet standards,
                                              Optional<ResourceAllocation> previous) {
        if (standards.composite().isEmpty()) {
            return List.of();
        }
        List<CompositeCvResult> composites = new ArrayList<>();
        for (Stage stage : STAGES) {
            List<CvResult> ofStage = cvs.stream().filter(c -> c.stage() == stage).toList();
            List<String> missing = ofStage.stream().filter(c -> c.cv().isEmpty()).map(CvResult::code).toList();
            Optional<BigDecimal> value = ofStage.isEmpty() || !missing.isEmpty() ? Optional.empty()
                    : Optional.of(Decimals.divide(
                            ofStage.stream().map(c -> c.cv().get()).reduce(BigDecimal.ZERO, BigDecimal::add),
                            BigDecimal.valueOf(ofStage.size())));
            Optional<Text> problem = missing.isEmpty() ? Optional.empty() : Optional.of(Text.of(
                    "以下指标的差异系数无法计算：" + String.join("、", missing),
                    "no CV for " + String.join(", ", missing)));
            Optional<Setting> limit = standards.composite().get().limit(stage);
            Optional<Change> change = change(value, previous, p -> p.composite(stage).flatMap(CompositeCvResult::value));
            composites.add(new CompositeCvResult(stage, judge(value, limit), value, limit, change, problem));
        }
        return composites;
    }

    private static Optional<Change> change(Optional<BigDecimal> now, Optional<ResourceAllocation> previous,
                                           Function<ResourceAllocation, Optional<BigDecimal>> before) {
        return now.flatMap(value -> previous.flatMap(p -> before.apply(p)
                .map(old -> new Change(p.year(), old, value.subtract(old)))));
    }

    /** The CV is compared unrounded: 0.5004 exceeds 0.50 even though it shows as 0.500. */
    private static Outcome judge(Optional<BigDecimal> cv, Optional<Setting> limit) {
        if (cv.isEmpty()) {
            return Outcome.NOT_ASSESSABLE;
        }
        if (limit.isEmpty()) {
            return Outcome.NO_STANDARD;
        }
        return cv.get().compareTo(limit.get().value()) <= 0 ? Outcome.MET : Outcome.NOT_MET;
    }
}
