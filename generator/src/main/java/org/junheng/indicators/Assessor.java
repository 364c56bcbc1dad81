package org.junheng.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
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
        return assess(content, standards, basicBalance, (counties, one) -> counties.stream().map(one).toList());
    }

    /**
     * As above, with {@code each} assessing the counties — one after another or several at once: each
     * county's assessment depends on nothing but its own content, so the results are the same.
     */
    public static List<CountyAssessment> assess(Content content, StandardSet standards,
                                                Optional<StandardSet> basicBalance, EachCounty each) {
        Map<String, CountyContent> byCounty = CountyContent.of(content);
        return each.assess(content.counties(), county -> assess(county,
                byCounty.getOrDefault(county.code(), CountyContent.EMPTY), standards, basicBalance));
    }

    /** How the counties are assessed: {@code one} for every county, the results in the counties' order. */
    @FunctionalInterface
    public interface EachCounty {
        List<CountyAssessment> assess(List<County> counties, Function<County, CountyAssessment> one);
    }

    public static CountyAssessment assess(Content content, County county, StandardSet standards,
                                          Optional<StandardSet> basicBalance) {
        return assess(county, CountyContent.of(content).getOrDefault(county.code(), CountyContent.EMPTY), standards,
                basicBalance);
    }

    private static CountyAssessment assess(County county, CountyContent own, StandardSet standards,
                                           Optional<StandardSet> basicBalance) {
        List<YearAssessment> years = new ArrayList<>();
        Optional<YearAssessment> previous = Optional.empty();
        for (int year : own.years()) {
            YearAssessment assessment = assessYear(year, own.schools(),
                    own.statistics().getOrDefault(year, List.of()),
                    own.inputs().stream().filter(inputs -> inputs.year() == year).findFirst(),
                    standards, basicBalance, previous);
            years.add(assessment);
            previous = Optional.of(assessment);
        }
        return new CountyAssessment(county, standards, years);
    }

    /**
     * One county's share of the content, gathered for every county in one pass so that no
     * county looks through the whole site's schools and statistics: its schools, its schools'
     * statistics rows by year, and its county inputs, each in the content's order.
     */
    private record CountyContent(List<School> schools, Map<Integer, List<SchoolStatistics>> statistics,
                                 List<CountyInputs> inputs) {

        static final CountyContent EMPTY = new CountyContent(List.of(), Map.of(), List.of());

        static Map<String, CountyContent> of(Content content) {
            Map<String, CountyContent> byCounty = new HashMap<>();
            Map<String, CountyContent> bySchool = new HashMap<>();
            for (School school : content.schools()) {
                CountyContent county = byCounty.computeIfAbsent(school.countyCode(), code -> empty());
                county.schools().add(school);
                bySchool.putIfAbsent(school.code(), county);
            }
            for (SchoolStatistics row : content.statistics()) {
                CountyContent county = bySchool.get(row.schoolCode());
                if (county != null) {
                    county.statistics().computeIfAbsent(row.year(), year -> new ArrayList<>()).add(row);
                }
            }
            for (CountyInputs inputs : content.countyInputs()) {
                byCounty.computeIfAbsent(inputs.countyCode(), code -> empty()).inputs().add(inputs);
            }
            return byCounty;
        }

        private static CountyContent empty() {
            return new CountyContent(new ArrayList<>(), new TreeMap<>(), new ArrayList<>());
        }

        /** The years with statistics of the county's schools or county inputs. */
        SortedSet<Integer> years() {
            SortedSet<Integer> years = new TreeSet<>(statistics.keySet());
            inputs.forEach(input -> years.add(input.year()));
            return years;
        }
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
        BasicBalanceView basic = basicBalance.map(set -> BasicBalanceView.of(() -> ResourceAssessor.assess(year,
                reported, withoutStatistics, set, previous.flatMap(YearAssessment::basicBalance))))
                .orElse(BasicBalanceView.NONE);
        return new YearAssessment(year, resources, itemParts, verdict(resources, itemParts), basic,
                inputs.map(CountyInputs::source));
    }

    private static Verdict verdict(ResourceAllocation resources, List<ItemPart> itemParts) {
        List<Verdict.PartOutcome> parts = new ArrayList<>();
        List<Supplier<Text>> failures = new ArrayList<>();
        List<Supplier<Text>> undecided = new ArrayList<>();
        parts.add(new Verdict.PartOutcome(Part.RESOURCES, resources.outcome()));
        ComposedTexts.addPrefixed(failures, resources.failures(), Part.RESOURCES.title());
        ComposedTexts.addPrefixed(undecided, resources.undecided(), Part.RESOURCES.title());
        for (ItemPart part : itemParts) {
            parts.add(new Verdict.PartOutcome(part.part(), part.outcome()));
            ComposedTexts.addPrefixed(failures, part.failures(), part.part().title());
            ComposedTexts.addPrefixed(undecided, part.undecided(), part.part().title());
        }
        List<Text> failed = new ComposedTexts(failures);
        List<Text> open = new ComposedTexts(undecided);
        return new Verdict(Outcome.of(failed, open), parts, failed, open);
    }

    /** The school years with statistics for the county's schools or county inputs, oldest first. */
}
