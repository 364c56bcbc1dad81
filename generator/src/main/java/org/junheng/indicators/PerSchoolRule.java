package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 每所学校至少 6 项指标达到要求，余项不低于要求的 85%. With indicators not assessable the
 * verdict is decided only when the rest already fails it; a pass needs every indicator known,
 * since a missing one could be far below its threshold.
 */
final class PerSchoolRule {

    private PerSchoolRule() {
    }

    /** Empty when none of the indicators has a threshold for this stage (the 2012 set). */
    static Optional<SchoolVerdict> judge(List<IndicatorResult> results, Rules rules) {
        List<IndicatorResult> judged = results.stream().filter(r -> r.threshold().isPresent()).toList();
        if (judged.isEmpty()) {
            return Optional.empty();
        }
        Setting required = rules.get(Rule.SCHOOL_MIN_MET);
        Setting minRatio = rules.get(Rule.SCHOOL_MIN_RATIO);
        List<IndicatorResult> unmet = judged.stream().filter(r -> r.outcome() == Outcome.NOT_MET).toList();
        List<IndicatorResult> unknown = judged.stream().filter(r -> r.outcome() == Outcome.NOT_ASSESSABLE).toList();
        int met = judged.size() - unmet.size() - unknown.size();

        List<Text> failures = new ArrayList<>();
        if (met + unknown.size() < required.intValue()) {
            failures.add(Text.of(
                    judged.size() + " 项指标中只有 " + met + " 项达标，少于 " + required.intValue() + " 项",
                    "only " + met + " of " + judged.size() + " indicators met, fewer than " + required.intValue()));
        }
        for (IndicatorResult r : unmet) {
            BigDecimal floor = r.threshold().get().value().multiply(minRatio.value());
            if (r.value().get().compareTo(floor) < 0) {
                failures.add(belowFloor(r, minRatio));
            }
        }
        if (!failures.isEmpty()) {
            return Optional.of(new SchoolVerdict(Outcome.NOT_MET, met, unmet.size(), unknown.size(), required, minRatio,
                    failures));
        }
        if (!unknown.isEmpty()) {
            List<Text> open = unknown.stream()
                    .map(r -> r.problem().get().prefixed(Text.of(r.code() + " 无法评估", r.code() + " not assessable")))
                    .toList();
            return Optional.of(new SchoolVerdict(Outcome.NOT_ASSESSABLE, met, unmet.size(), unknown.size(), required,
                    minRatio, open));
        }
        return Optional.of(new SchoolVerdict(Outcome.MET, met, unmet.size(), 0, required, minRatio, List.of()));
    }

    private static Text belowFloor(IndicatorResult r, Setting minRatio) {
        BigDecimal floorPercent = minRatio.value().multiply(Decimals.HUNDRED);
        String percent = Rounding.nearThreshold(r.percentOfThreshold().get(), floorPercent, 1);
        String floor = Decimals.plain(floorPercent);
        return Text.of(
                r.code() + " " + r.indicator().name().zh() + "仅为标准值的 " + percent + "%，低于 " + floor + "%",
                r.code() + " " + r.indicator().name().en() + " is only " + percent + "% of its threshold, below " + floor + "%");
    }
}
