package org.junheng.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junheng.indicators.CountyAssessment;
import org.junheng.indicators.YearAssessment;
import org.junheng.content.Content;
import org.junheng.content.County;
import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;

/** The county overview ({@code /}) and the about page. */
final class OverviewPages {

    private static final int LATEST_DOCUMENTS = 6;

    private final PageFactory pages;
    private final Content content;

    private final SiteData data;
    private final Charts charts;

    OverviewPages(PageFactory pages, SiteData data, Charts charts) {
        this.pages = pages;
        this.content = data.content();
        this.data = data;
        this.charts = charts;
    }

    List<Page> pages() {
        Map<String, Object> model = new HashMap<>();
        model.put("counties", content.counties().stream().map(this::county).toList());
        model.put("documents", content.documents().stream().limit(LATEST_DOCUMENTS).map(DisclosurePages::card).toList());
        List<Page> result = new ArrayList<>();
        result.add(pages.page("", "index.ftlh", pages.site().in(pages.language()).title(), "home",
                pages.label("home.description"), model));
        result.add(pages.page("about/", "about.ftlh", pages.label("about.title"), "about",
                pages.label("about.description"), Map.of("aboutHtml", content.aboutHtml().orElse(""))));
        return result;
    }

    private CountyCard county(County county) {
        List<School> schools = content.schools().stream().filter(s -> s.countyCode().equals(county.code())).toList();
        Map<SchoolType, Integer> byType = new EnumMap<>(SchoolType.class);
        schools.forEach(s -> byType.merge(s.type(), 1, Integer::sum));
        List<Fact> types = new ArrayList<>();
        byType.forEach((type, count) -> types.add(Fact.text(type.chinese(), Numbers.integer(count))));

        List<Fact> figures = new ArrayList<>();
        figures.add(Fact.link(pages.label("home.schools"), Numbers.integer(schools.size()), "schools/"));
        String year = "";
        if (!content.years().isEmpty()) {
            int latest = content.years().last();
            year = SchoolYears.label(latest);
            Map<Stage, long[]> totals = new LinkedHashMap<>();
            for (SchoolStatistics figuresOfSchool : content.statisticsFor(latest)) {
                if (schools.stream().noneMatch(s -> s.code().equals(figuresOfSchool.schoolCode()))) {
                    continue;
                }
                figuresOfSchool.stages().forEach((stage, s) -> add(totals, stage, s));
            }
            for (Stage stage : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
                long[] total = totals.getOrDefault(stage, new long[2]);
                figures.add(Fact.text(stage.chinese() + pages.label("home.students"), Numbers.integer(total[0])));
                figures.add(Fact.text(stage.chinese() + pages.label("home.teachers"), Numbers.integer(total[1])));
            }
        }
        Optional<CountyAssessment> assessment = data.assessments().stream()
                .filter(a -> a.county().code().equals(county.code())).findFirst();
        Optional<YearAssessment> latest = assessment.flatMap(CountyAssessment::latest);
        String prefix = CountyPaths.prefix(county, content.counties());
        List<ChartView> cvCharts = new ArrayList<>();
        latest.ifPresent(l -> {
            AssessmentViews views = new AssessmentViews(assessment.get().standards(), charts, prefix);
            for (Stage stage : AssessmentViews.STAGES) {
                cvCharts.add(views.stageCvs(county, l.resources(), stage, "home").chart());
            }
        });
        return new CountyCard(county.name(), year, figures, types,
                latest.map(l -> Status.of(l.verdict().outcome())).orElse(null),
                latest.map(l -> CountyPaths.assessment(prefix, l.year(), true)).orElse(""),
                latest.map(l -> AssessmentViews.zh(l.verdict().failures())).orElse(List.of()), cvCharts,
                assessment.map(a -> StandardCitation.of(a.standards())).orElse(""),
                trend(county, schools));
    }

    /** Students and full-time teachers of the county by stage, year by year. */
    private ChartView trend(County county, List<School> schools) {
        List<Integer> years = List.copyOf(content.years());
        if (years.size() < 2) {
            return null;
        }
        java.util.Set<String> codes = schools.stream().map(School::code).collect(java.util.stream.Collectors.toSet());
        List<String> names = List.of("小学在校生", "初中在校生", "小学专任教师", "初中专任教师");
        List<List<Double>> values = new ArrayList<>();
        names.forEach(n -> values.add(new ArrayList<>()));
        List<List<String>> table = new ArrayList<>();
        for (int year : years) {
            Map<Stage, long[]> totals = new LinkedHashMap<>();
            content.statisticsFor(year).stream().filter(s -> codes.contains(s.schoolCode()))
                    .forEach(s -> s.stages().forEach((stage, figures) -> add(totals, stage, figures)));
            long[] primary = totals.getOrDefault(Stage.PRIMARY, new long[2]);
            long[] junior = totals.getOrDefault(Stage.JUNIOR, new long[2]);
            long[] row = {primary[0], junior[0], primary[1], junior[1]};
            List<String> cells = new ArrayList<>(List.of(SchoolYears.label(year)));
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
        String first = SchoolYears.label(years.get(0));
        String last = SchoolYears.label(years.get(years.size() - 1));
        String description = "从" + first + "到" + last + "，小学在校生由 " + table.get(0).get(1) + " 人变为 "
                + table.get(table.size() - 1).get(1) + " 人，初中在校生由 " + table.get(0).get(2) + " 人变为 "
                + table.get(table.size() - 1).get(2) + " 人；专任教师小学由 " + table.get(0).get(3) + " 人变为 "
                + table.get(table.size() - 1).get(3) + " 人，初中由 " + table.get(0).get(4) + " 人变为 "
                + table.get(table.size() - 1).get(4) + " 人。";
        List<String> columns = new ArrayList<>(List.of("学年"));
        columns.addAll(names);
        return charts.add(new org.junheng.charts.LineChartSpec(CountyPaths.chartId(county, "home", "trend"),
                county.name() + "在校生和专任教师的变化", description, "人数",
                years.stream().map(String::valueOf).toList(), series, List.of(),
                new org.junheng.charts.ChartTable(columns, table)));
    }

    private static void add(Map<Stage, long[]> totals, Stage stage, StageStatistics s) {
        long[] total = totals.computeIfAbsent(stage, k -> new long[2]);
        total[0] += s.students().orElse(0);
        total[1] += s.teachers().orElse(0);
    }
}
