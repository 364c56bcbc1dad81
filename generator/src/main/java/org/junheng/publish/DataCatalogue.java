package org.junheng.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junheng.content.Content;
import org.junheng.content.CountyInputs;
import org.junheng.indicators.CountyAssessment;
import org.junheng.parallel.Parallel;

/**
 * Every table {@code /data/} publishes and where its rows come from. The order here is the
 * order of the data page, the dictionary and the data packages. To publish a new kind of data,
 * add its {@link TableSource} to {@link #standard}; its table names then become valid in
 * {@code content/corrections.yml} through {@link #tableNames()} as well.
 */
final class DataCatalogue {

    private final List<TableSource> sources;
    private final SortedSet<Integer> assessed;

    private DataCatalogue(List<TableSource> sources, SortedSet<Integer> assessed) {
        this.sources = List.copyOf(sources);
        this.assessed = assessed;
    }

    static DataCatalogue standard(Content content, List<CountyAssessment> assessments, int suppressionThreshold) {
        return standard(content, assessments, suppressionThreshold, CountyRows.NONE);
    }

    /** As above, the indicator tables taking each county's rows from {@code countyRows} where they are kept. */
    static DataCatalogue standard(Content content, List<CountyAssessment> assessments, int suppressionThreshold,
                                  CountyRows countyRows) {
        SortedSet<Integer> assessed = new TreeSet<>();
        assessments.forEach(c -> c.years().forEach(y -> assessed.add(y.year())));
        return new DataCatalogue(List.of(
                new RegistryData(content, assessed),
                new StatisticsData(content),
                ResourceData.national(assessments, countyRows),
                new AssessmentData(assessments, countyRows),
                ResourceData.basicBalance(assessments, countyRows),
                new EnrollmentData(content, suppressionThreshold),
                new ProgressData(content, assessed),
                new DocumentData(content)), assessed);
    }

    /** The names of every table the standard catalogue can publish. */
    static List<String> tableNames() {
        return standard(new Content(List.of(), List.of(), List.of(), List.of(), List.of(), java.util.Optional.empty()),
                List.of(), MissingValues.SUPPRESSION_THRESHOLD).schemas().stream().map(TableSchema::name).toList();
    }

    /** The school years a site's content gives folders to: statistics, county inputs, enrollment and documents. */
    static SortedSet<Integer> years(Content content) {
        SortedSet<Integer> years = new TreeSet<>(content.years());
        content.countyInputs().stream().map(CountyInputs::year).forEach(years::add);
        content.enrollment().forEach(e -> years.add(e.year()));
        content.documents().forEach(d -> years.add(d.schoolYear()));
        return years;
    }

    List<TableSchema> schemas() {
        List<TableSchema> schemas = new ArrayList<>();
        sources.forEach(s -> schemas.addAll(s.schemas()));
        return schemas;
    }

    /** The school years that have an assessment. */
    SortedSet<Integer> assessed() {
        return assessed;
    }

    SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        sources.forEach(s -> years.addAll(s.years()));
        return years;
    }

    /** The year {@code latest/} copies: the newest assessed year, or the newest of any if none was assessed. */
    int latest() {
        return assessed.isEmpty() ? years().last() : assessed.last();
    }

    /**
     * Hands {@code each} the year's tables a source at a time, in catalogue order, each source's
     * made only when the last one's are handed over: at 10,000 schools holding every source's
     * tables of a year at once was the build's largest heap. A source's tables are made on
     * {@code threads} threads.
     */
    void forEachSource(int year, int threads, Consumer<List<Table>> each) {
        forEachSource(year, threads, schema -> true, each);
    }

    /** As above, for the sources that publish any table {@code wanted} accepts. */
    void forEachSource(int year, int threads, Predicate<TableSchema> wanted,
                       Consumer<List<Table>> each) {
        for (TableSource source : sources) {
            if (source.years().contains(year) && source.schemas().stream().anyMatch(wanted)) {
                each.accept(Parallel.map(threads, source.makers(year), Supplier::get));
            }
        }
    }
}
