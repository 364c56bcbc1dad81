package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junheng.content.School;

/** Assesses 资源配置 for one county and year: split, compute, judge each part, then the CVs. */
final class ResourceAssessor {

    private ResourceAssessor() {
    }

    static ResourceAllocation assess(int year, List<SchoolYear> reported, List<School> withoutStatistics,
                                     StandardSet standards, Optional<ResourceAllocation> previous) {
        List<SchoolPartResult> parts = new ArrayList<>();
        List<ExcludedSchool> excluded = new ArrayList<>();
        for (SchoolYear school : reported) {
            Optional<ExcludedSchool> exclusion = Exclusions.check(school.school(), school.statistics(), standards);
            if (exclusion.isPresent()) {
                excluded.add(exclusion.get());
                continue;
            }
            for (SchoolPart part : SchoolSplitter.split(school.school(), school.statistics(), standards.rules())) {
                parts.add(assess(part, standards));
            }
        }
        List<CvResult> cvs = CvCalculator.indicatorCvs(parts, standards, previous);
        List<CompositeCvResult> composites = CvCalculator.composites(cvs, standards, previous);

        List<Supplier<Text>> failures = new ArrayList<>();
        List<Supplier<Text>> undecided = new ArrayList<>();
        if (parts.isEmpty()) {
            Text none = Text.of(year + " 学年没有参与计算的学校统计数据", "no school statistics to assess for " + year);
            undecided.add(() -> none);
        }
        for (SchoolPartResult part : parts) {
            part.verdict().ifPresent(v -> {
                // written out when read: a large county has thousands of these
                if (v.outcome() == Outcome.NOT_MET) {
                    failures.add(() -> Text.join(v.reasons()).prefixed(part.name()));
                } else if (v.outcome() == Outcome.NOT_ASSESSABLE) {
                    undecided.add(() -> Text.join(v.reasons()).prefixed(part.name()));
                }
            });
        }
        for (CvResult cv : cvs) {
            Text what = Text.of(cv.stage().chinese() + " " + cv.code() + " " + cv.indicator().name().zh() + "差异系数",
                    cv.stage().english() + " " + cv.code() + " " + cv.indicator().name().en() + " CV");
            if (cv.outcome() == Outcome.NOT_MET) {
                Text exceeds = exceeds(what, cv.cv().get(), cv.limit().get());
                failures.add(() -> exceeds);
            } else if (cv.outcome() == Outcome.NOT_ASSESSABLE) {
                Text problem = cv.problem().orElseThrow().prefixed(what);
                undecided.add(() -> problem);
            }
        }
        for (CompositeCvResult composite : composites) {
            Text what = Text.of(composite.stage().chinese() + "综合差异系数", composite.stage().english() + " composite CV");
            if (composite.outcome() == Outcome.NOT_MET) {
                Text exceeds = exceeds(what, composite.value().get(), composite.limit().get());
                failures.add(() -> exceeds);
            } else if (composite.outcome() == Outcome.NOT_ASSESSABLE) {
                Text problem = composite.problem().orElseThrow().prefixed(what);
                undecided.add(() -> problem);
            }
        }
        List<Text> failed = new ComposedTexts(failures);
        List<Text> open = new ComposedTexts(undecided);
        return new ResourceAllocation(year, standards.id(), parts, excluded, withoutStatistics, cvs, composites,
                Outcome.of(failed, open), failed, open);
    }

    private static SchoolPartResult assess(SchoolPart part, StandardSet standards) {
        List<IndicatorResult> results = standards.indicators().stream()
                .map(indicator -> IndicatorCalculator.evaluate(part, indicator))
                .toList();
        return new SchoolPartResult(part.school(), part.stage(), part.students(), part.share(), standards.indicators(),
                results, PerSchoolRule.judge(results, standards.rules()));
    }

    private static Text exceeds(Text what, BigDecimal value, Setting limit) {
        String shown = Rounding.cv(value);
        if (Rounding.halfUp(value, Rounding.CV_DECIMALS).compareTo(limit.value()) <= 0) {
            shown = Rounding.format(value, Rounding.MAX_DECIMALS);
        }
        return Text.of(what.zh() + "为 " + shown + "，超过 " + limit.plain(),
                what.en() + " is " + shown + ", above " + limit.plain());
    }
}
