package org.junheng.content;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a site's content folder holds, loaded and immutable. Lists are in a stable
 * order (schools by code, statistics by year then code, documents newest first) so that
 * every later stage is deterministic without sorting again.
 */
public record Content(
        List<County> counties,
        List<School> schools,
        List<SchoolStatistics> statistics,
        List<CountyInputs> countyInputs,
        List<Document> documents,
        Optional<String> aboutHtml,
        List<EnrollmentYear> enrollment,
        List<Project> projects,
        List<Partnership> partnerships) {

    /** Content without enrollment, projects or partnerships. */
    public Content(List<County> counties, List<School> schools, List<SchoolStatistics> statistics,
                   List<CountyInputs> countyInputs, List<Document> documents, Optional<String> aboutHtml) {
        this(counties, schools, statistics, countyInputs, documents, aboutHtml, List.of(), List.of(), List.of());
    }

    public Content {
        counties = List.copyOf(counties);
        schools = schools.stream().sorted(Comparator.comparing(School::code)).toList();
        statistics = statistics.stream()
                .sorted(Comparator.comparingInt(SchoolStatistics::year).thenComparing(SchoolStatistics::schoolCode))
                .toList();
        countyInputs = countyInputs.stream()
                .sorted(Comparator.comparing(CountyInputs::countyCode).thenComparingInt(CountyInputs::year))
                .toList();
        documents = documents.stream()
                .sorted(Comparator.comparing(Document::date).reversed().thenComparing(Document::slug))
                .toList();
        enrollment = enrollment.stream().sorted(Comparator.comparingInt(EnrollmentYear::year)).toList();
        projects = projects.stream().sorted(Comparator.comparing(Project::id)).toList();
        partnerships = partnerships.stream().sorted(Comparator.comparing(Partnership::id)).toList();
    }

    /** Schools by code; a duplicated code (which the checks report) keeps its first row. */
    public Map<String, School> schoolsByCode() {
        return schools.stream().collect(Collectors.toUnmodifiableMap(School::code, Function.identity(),
                (first, duplicate) -> first.source().line() <= duplicate.source().line() ? first : duplicate));
    }

    public Optional<School> school(String code) {
        return schools.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** School years with statistics, oldest first. */
    public SortedSet<Integer> years() {
        return statistics.stream().map(SchoolStatistics::year).collect(Collectors.toCollection(TreeSet::new));
    }

    public List<SchoolStatistics> statisticsFor(int year) {
        return statistics.stream().filter(s -> s.year() == year).toList();
    }

    public Optional<EnrollmentYear> enrollment(int year) {
        return enrollment.stream().filter(e -> e.year() == year).findFirst();
    }

    /**
     * The date of the newest dated item (document, enrollment policy, result list): the default
     * build date, so a build never depends on the clock.
     */
    public Optional<LocalDate> newestDate() {
        return java.util.stream.Stream.of(
                        documents.stream().map(Document::date),
                        enrollment.stream().flatMap(e -> e.policy().stream()).map(EnrollmentPolicy::date),
                        enrollment.stream().flatMap(e -> e.resultLists().stream()).map(ResultList::published))
                .flatMap(s -> s)
                .max(Comparator.naturalOrder());
    }

    public Optional<CountyInputs> countyInputs(String countyCode, int year) {
        return countyInputs.stream().filter(c -> c.countyCode().equals(countyCode) && c.year() == year).findFirst();
    }
}
