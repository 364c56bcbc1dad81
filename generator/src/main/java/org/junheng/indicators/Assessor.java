package org.junheng.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junheng.content.Content;
import org.junheng.content.County;
import org.junheng.content.CountyInputs;
import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;

/**
 * The engine's front door: assesses every county of a site for every school year in its data.
 *
 * <pre>
 *   List&lt;CountyAssessment&gt; all = Assessor.assess(content, standards, Optional.of(basic2012));
 * </pre>
 */
public final class Assessor {

    private Assessor() {
    }

    public static List<CountyAssessment> assess(Content content, StandardSet standards) {
        return assess(content, standards, Optional.empty());
    }

    /** @param basicBalance a 2012 set to add the basic-balance view to every year, for history pages */
    public static List<CountyAssessment> assess(Content content, StandardSet standards,
                                                Optional<StandardSet> basicBalance) {
        return content.counties().stream().map(c -> assess(content, c, standards, basicBalance)).toList();
    }

    public static CountyAssessment assess(Content content, County county, StandardSet standards,
                                          Optional<StandardSet> basicBalance) {
        List<School> schools = content.schools().stream().filter(s -> s.countyCode().equals(county.code())).toList();
        List<YearAssessment> years = new ArrayList<>();
        Optional<YearAssessment> previous = Optional.empty();
        for (int year : years(content, county, schools)) {
            YearAssessment assessment = assessYear(year, schools, content.statisticsFor(year),
                    content.countyInputs(county.code(), year), standards, basicBalance, previous);
            years.add(assessment);
            previous = Optional.of(assessment);
        }
        return new CountyAssessment(county, standards, years);
    }

    /** One county and year; {@code previous} is the county's previous assessed year, for the CV changes. */
    static YearAssessment assessYear(int year, List<School> schools, List<SchoolStatistics> statistics,
                                     Optional<CountyInputs> inputs, StandardSet standards,
                                     Optional<StandardSet> basicBalance, Optional<YearAssessment> previous) {
        Map<String, SchoolStatistics> byCode = statistics.stream()
                .collect(Collectors.toMap(SchoolStatistics::schoolCode, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("two statistics rows for school " + a.schoolCode() + " in " + year
                            + ": " + a.source() + " and " + b.source());
                }));
        List<SchoolYear> reported = new ArrayList<>();
        List<School> withoutStatistics = new ArrayList<>();
        for (School school : schools) {
            SchoolStatistics row = byCode.get(school.code());
            if (row == null) {
                withoutStatistics.add(school);
            } else {
                reported.add(new SchoolYear(school, row));
            }
        }
        ResourceAllocation resources = ResourceAssessor.assess(year, reported, withoutStatistics, standards,
                previous.map(YearAssessment::resources));
        List<SchoolYear> counted = reported.stream()
                .filter(s -> resources.exclusion(s.school().code()).isEmpty())
                .toList();

        List<ItemPart> itemParts = new ArrayList<>();
        for (Part part : standards.parts()) {
            if (part != Part.RESOURCES) {
                List<ItemResult> items = standards.items(part).stream()
                        .map(item -> item.computed().isPresent()
                                ? FacilityItems.evaluate(item, counted, standards.rules())
                                : ItemEvaluator.evaluate(item, inputs))
                        .toList();
                itemParts.add(ItemPart.of(part, items));
            }
        }
        Optional<ResourceAllocation> basic = basicBalance.map(set -> ResourceAssessor.assess(year, reported,
                withoutStatistics, set, previous.flatMap(YearAssessment::basicBalance)));
        return new YearAssessment(year, resources, itemParts, verdict(resources, itemParts), basic,
                inputs.map(CountyInputs::source));
    }

    private static Verdict verdict(ResourceAllocation resources, List<ItemPart> itemParts) {
        List<Verdict.PartOutcome> parts = new ArrayList<>();
        List<Text> failures = new ArrayList<>();
        List<Text> undecided = new ArrayList<>();
        parts.add(new Verdict.PartOutcome(Part.RESOURCES, resources.outcome()));
        resources.failures().forEach(f -> failures.add(f.prefixed(Part.RESOURCES.title())));
        resources.undecided().forEach(u -> undecided.add(u.prefixed(Part.RESOURCES.title())));
        for (ItemPart part : itemParts) {
            parts.add(new Verdict.PartOutcome(part.part(), part.outcome()));
            part.failures().forEach(f -> failures.add(f.prefixed(part.part().title())));
            part.undecided().forEach(u -> undecided.add(u.prefixed(part.part().title())));
        }
        return new Verdict(Outcome.of(failures, undecided), parts, failures, undecided);
    }

    /** The school years with statistics for the county's schools or county inputs, oldest first. */
    private static SortedSet<Integer> years(Content content, County county, List<School> schools) {
        List<String> codes = schools.stream().map(School::code).toList();
        SortedSet<Integer> years = new TreeSet<>();
        content.statistics().stream().filter(s -> codes.contains(s.schoolCode())).forEach(s -> years.add(s.year()));
        content.countyInputs().stream().filter(c -> c.countyCode().equals(county.code())).forEach(c -> years.add(c.year()));
        return years;
    }
}
