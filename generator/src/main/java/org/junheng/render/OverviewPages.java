package org.junheng.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junheng.indicators.CountyAssessment;
import org.junheng.indicators.YearAssessment;
import org.junheng.content.Content;
import org.junheng.content.County;
import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;

/**
 * The overview ({@code /}) and the about page. A one-county site shows its county's figures,
 * verdict and charts on the home page; a portal of several counties lists its counties there, one
 * row each, and gives each county that overview at {@code counties/{code}/}: at national size
 * every county's charts on one page came to megabytes, too much for a phone.
 */
final class OverviewPages {

    private static final int LATEST_DOCUMENTS = 6;

    private final PageFactory pages;
    private final Content content;

    private final SiteData data;
    private final Charts charts;
    /** Gathered once, so that no county looks through the whole site. */
    private final Map<String, List<School>> schoolsByCounty;
    /** Each county's statistics rows, by year: its registered schools' only. */
    private final Map<String, Map<Integer, List<SchoolStatistics>>> statisticsByCounty = new HashMap<>();
    private final Map<String, CountyAssessment> assessments = new HashMap<>();
    private final CountyScopes scopes;

    /** @param scopes what each county's overview reads, to key it by its inputs (see {@link CountyScopes}) */
    OverviewPages(PageFactory pages, SiteData data, Charts charts, CountyScopes scopes) {
        this.pages = pages;
        this.content = data.content();
        this.data = data;
        this.charts = charts;
        this.scopes = scopes;
        this.schoolsByCounty = content.schools().stream().collect(Collectors.groupingBy(School::countyCode));
        Map<String, String> countyOfSchool = new HashMap<>();
        content.schools().forEach(school -> countyOfSchool.put(school.code(), school.countyCode()));
        for (SchoolStatistics row : content.statistics()) {
            String county = countyOfSchool.get(row.schoolCode());
            if (county != null) {
                statisticsByCounty.computeIfAbsent(county, c -> new HashMap<>())
                        .computeIfAbsent(row.year(), y -> new ArrayList<>()).add(row);
            }
        }
        data.assessments().forEach(assessment -> assessments.putIfAbsent(assessment.county().code(), assessment));
    }

    /** The home and about pages; on a portal, each county's overview planned: made when it is written. */
    List<PlannedPage> pages() {
        List<PlannedPage> result = new ArrayList<>();
        String title = pages.site().in(pages.language()).title();
        if (Portal.several(content.counties())) {
            result.add(pages.page("", "index.ftlh", title, "home", pages.label("home.portal-description"),
                    this::portalModel));
            content.counties().forEach(county -> result.add(() -> countyPage(county)));
        } else {
            // made on the build's threads with the other pages: the county's card and charts
            result.add(pages.page("", "index.ftlh", title, "home", pages.label("home.description"), this::homeModel));
        }
        result.add(pages.page("about/", "about.ftlh", pages.label("about.title"), "about",
                pages.label("about.description"), Map.of("aboutHtml", content.aboutHtml().orElse(""),
                        "languageNote", pages.english() ? pages.label("about.in-chinese") : "")));
        return result;
    }

    private Map<String, Object> homeModel() {
        Map<String, Object> model = new HashMap<>();
        model.put("counties", content.counties().stream().map(this::county).toList());
        model.put("documents", latestDocuments());
        return model;
    }

    private List<DocumentCard> latestDocuments() {
        return content.documents().stream().limit(LATEST_DOCUMENTS).map(d -> DisclosurePages.card(pages, d)).toList();
    }

    /**
     * The home page of several counties: a row for each, leading to its overview. The school
     * year of the figures heads their columns; a county whose newest year is another says so.
     */
    private Map<String, Object> portalModel() {
        Map<String, Optional<Integer>> statisticsYears = new HashMap<>();
        Map<String, Optional<YearAssessment>> verdicts = new HashMap<>();
        for (County county : content.counties()) {
            statisticsYears.put(county.code(), latestYear(statisticsByCounty.getOrDefault(county.code(), Map.of())));
            verdicts.put(county.code(), Optional.ofNullable(assessments.get(county.code()))
                    .flatMap(CountyAssessment::latest));
        }
        Optional<Integer> newestStatistics = statisticsYears.values().stream().flatMap(Optional::stream)
                .max(Integer::compare);
        Optional<Integer> newestVerdict = verdicts.values().stream().flatMap(Optional::stream)
                .map(YearAssessment::year).max(Integer::compare);
        List<CountyRow> rows = new ArrayList<>();
        for (County county : content.counties()) {
            Optional<Integer> year = statisticsYears.get(county.code());
            long students = year.map(y -> statisticsByCounty.get(county.code()).get(y).stream()
                    .mapToLong(s -> s.totalStudents().orElse(0)).sum()).orElse(0L);
            Optional<YearAssessment> latest = verdicts.get(county.code());
            rows.add(new CountyRow(pages.county(county), CountyPaths.prefix(county, content.counties()),
                    Numbers.integer(schoolsByCounty.getOrDefault(county.code(), List.of()).size()),
                    year.map(y -> Numbers.integer(students)).orElse(Numbers.NOT_REPORTED),
                    otherYear(year, newestStatistics),
                    latest.map(l -> pages.status(l.verdict().outcome())).orElse(null),
                    otherYear(latest.map(YearAssessment::year), newestVerdict)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("countyRows", rows);
        model.put("studentsYear", newestStatistics.map(pages::schoolYear).orElse(""));
        model.put("verdictYear", newestVerdict.map(pages::schoolYear).orElse(""));
        model.put("totals", pages.label("home.portal-totals", "counties", Numbers.integer(content.counties().size()),
                "schools", Numbers.integer(content.schools().size())));
        model.put("documents", latestDocuments());
        return model;
    }

    /** A county's school year where it is not the one a column is headed with; empty where it is. */
    private String otherYear(Optional<Integer> year, Optional<Integer> column) {
        return year.filter(y -> !year.equals(column)).map(pages::schoolYear).orElse("");
    }

    /** A county's overview on a portal of several: what a one-county site's home page shows. */
    private Page countyPage(County county) {
        String name = pages.county(county);
        Page page = pages.page(CountyPaths.prefix(county, content.counties()), "county.ftlh",
                pages.label("home.county-overview", "county", name), "home",
                pages.label("home.county-description", "county", name), () -> Map.of("county", county(county)));
        return page.withInputKey(scopes.key(county.code(), pages.interfaceDigest(), page));
    }

    /** The newest school year of a county's own statistics: another county's newer year is not this one's. */
    private static Optional<Integer> latestYear(Map<Integer, List<SchoolStatistics>> statistics) {
        return statistics.keySet().stream().max(Integer::compare);
    }

    private CountyCard county(County county) {
        List<School> schools = schoolsByCounty.getOrDefault(county.code(), List.of());
        Map<Integer, List<SchoolStatistics>> statistics = statisticsByCounty.getOrDefault(county.code(), Map.of());
        Map<SchoolType, Integer> byType = new EnumMap<>(SchoolType.class);
        schools.forEach(s -> byType.merge(s.type(), 1, Integer::sum));
        List<Fact> types = new ArrayList<>();
        byType.forEach((type, count) -> types.add(Fact.text(pages.type(type), Numbers.integer(count))));

        List<Fact> figures = new ArrayList<>();
        figures.add(Fact.link(pages.label("home.schools"), Numbers.integer(schools.size()),
                SchoolPages.index(county, content.counties())));
        String year = "";
        Optional<Integer> newest = latestYear(statistics);
        if (newest.isPresent()) {
            int latest = newest.get();
            year = pages.schoolYear(latest);
            Map<Stage, long[]> totals = new LinkedHashMap<>();
            for (SchoolStatistics figuresOfSchool : statistics.getOrDefault(latest, List.of())) {
                figuresOfSchool.stages().forEach((stage, s) -> add(totals, stage, s));
            }
            for (Stage stage : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
                long[] total = totals.getOrDefault(stage, new long[2]);
                figures.add(Fact.text(pages.label("home.stage-students", "stage", pages.stage(stage)), Numbers.integer(total[0])));
                figures.add(Fact.text(pages.label("home.stage-teachers", "stage", pages.stage(stage)), Numbers.integer(total[1])));
            }
        }
        Optional<CountyAssessment> assessment = Optional.ofNullable(assessments.get(county.code()));
        Optional<YearAssessment> latest = assessment.flatMap(CountyAssessment::latest);
        String prefix = CountyPaths.prefix(county, content.counties());
        List<ChartView> cvCharts = new ArrayList<>();
        latest.ifPresent(l -> {
            AssessmentViews views = new AssessmentViews(pages, assessment.get().standards(), charts, prefix);
            for (Stage stage : AssessmentViews.STAGES) {
                cvCharts.add(views.stageCvs(county, l.resources(), stage, "home").chart());
            }
        });
        String name = pages.county(county);
        return new CountyCard(name, pages.label("home.county-overview", "county", name), year, figures, types,
                latest.map(l -> pages.status(l.verdict().outcome())).orElse(null),
                latest.map(l -> CountyPaths.assessment(prefix, l.year(), true)).orElse(""),
                latest.map(l -> AssessmentViews.texts(pages, l.verdict().failures())).orElse(List.of()), cvCharts,
                assessment.map(a -> StandardCitation.of(pages, a.standards())).orElse(""),
                trend(county, statistics));
    }

    /** Students and full-time teachers of the county by stage, year by year. */
    private ChartView trend(County county, Map<Integer, List<SchoolStatistics>> statistics) {
        List<Integer> years = statistics.keySet().stream().sorted().toList();
        if (years.size() < 2) {
            return null;
        }
        List<String> names = List.of(pages.label("home.stage-students", "stage", pages.stage(Stage.PRIMARY)),
                pages.label("home.stage-students", "stage", pages.stage(Stage.JUNIOR)),
                pages.label("home.stage-teachers", "stage", pages.stage(Stage.PRIMARY)),
                pages.label("home.stage-teachers", "stage", pages.stage(Stage.JUNIOR)));
        List<List<Double>> values = new ArrayList<>();
        names.forEach(n -> values.add(new ArrayList<>()));
        List<List<String>> table = new ArrayList<>();
        for (int year : years) {
            Map<Stage, long[]> totals = new LinkedHashMap<>();
            statistics.getOrDefault(year, List.of())
                    .forEach(s -> s.stages().forEach((stage, figures) -> add(totals, stage, figures)));
            long[] primary = totals.getOrDefault(Stage.PRIMARY, new long[2]);
            long[] junior = totals.getOrDefault(Stage.JUNIOR, new long[2]);
            long[] row = {primary[0], junior[0], primary[1], junior[1]};
            List<String> cells = new ArrayList<>(List.of(pages.schoolYear(year)));
            for (int i = 0; i < row.length; i++) {
                values.get(i).add((double) row[i]);
                cells.add(String.valueOf(row[i]));
            }
            table.add(cells);
        }
        List<org.junheng.charts.Series> series = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            series.add(new org.junheng.charts.Series(names.get(i), values.get(i)));
        }
        List<String> first = table.get(0);
        List<String> last = table.get(table.size() - 1);
        String description = pages.label("home.trend-finding", "first", pages.schoolYear(years.get(0)),
                "last", pages.schoolYear(years.get(years.size() - 1)), "ps0", first.get(1), "ps1", last.get(1),
                "js0", first.get(2), "js1", last.get(2), "pt0", first.get(3), "pt1", last.get(3),
                "jt0", first.get(4), "jt1", last.get(4));
        List<String> columns = new ArrayList<>(List.of(pages.label("stat.year")));
        columns.addAll(names);
        return charts.add(new org.junheng.charts.LineChartSpec(CountyPaths.chartId(county, "home", "trend"),
                pages.label("home.trend-title", "county", pages.county(county)), description,
                pages.label("home.trend-axis"),
                years.stream().map(String::valueOf).toList(), series, List.of(),
                new org.junheng.charts.ChartTable(columns, table)));
    }

    private static void add(Map<Stage, long[]> totals, Stage stage, StageStatistics s) {
        long[] total = totals.computeIfAbsent(stage, k -> new long[2]);
        total[0] += s.students().orElse(0);
        total[1] += s.teachers().orElse(0);
    }
}
