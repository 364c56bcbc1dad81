package org.junheng.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junheng.charts.Bar;
import org.junheng.charts.BarChartSpec;
import org.junheng.charts.ChartTable;
import org.junheng.charts.LineChartSpec;
import org.junheng.charts.ReferenceLine;
import org.junheng.charts.Series;
import org.junheng.content.School;
import org.junheng.indicators.CountyAssessment;
import org.junheng.indicators.IndicatorDefinition;
import org.junheng.indicators.IndicatorResult;
import org.junheng.indicators.Outcome;
import org.junheng.indicators.Rounding;
import org.junheng.indicators.SchoolPartResult;
import org.junheng.indicators.SchoolVerdict;
import org.junheng.indicators.YearAssessment;

/**
 * The indicator section of a school profile: for each stage part, the seven indicators with
 * their gaps, the per-school verdict in plain words, and how the school has changed.
 */
final class SchoolAssessmentSection implements ProfileSections {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PageFactory pages;
    private final SiteData data;
    private final Charts charts;
    private final Map<String, CountyAssessment> counties = new HashMap<>();

    SchoolAssessmentSection(PageFactory pages, SiteData data, Charts charts) {
        this.pages = pages;
        this.data = data;
        this.charts = charts;
        data.assessments().forEach(assessment -> counties.putIfAbsent(assessment.county().code(), assessment));
    }

    @Override
    public Map<String, Object> forSchool(School school) {
        Optional<CountyAssessment> county = Optional.ofNullable(counties.get(school.countyCode()));
        Optional<YearAssessment> latest = county.flatMap(CountyAssessment::latest);
        if (latest.isEmpty()) {
            return Map.of();
        }
        String prefix = CountyPaths.prefix(county.get().county(), data.content().counties());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("indicatorYear", pages.schoolYear(latest.get().year()));
        model.put("assessmentUrl", CountyPaths.assessment(prefix, 0, true));
        model.put("standardCitation", StandardCitation.of(pages, county.get().standards()));
        latest.get().resources().exclusion(school.code())
                .ifPresent(excluded -> model.put("exclusion", pages.text(excluded.reason())));
        List<PartView> parts = new ArrayList<>();
        for (SchoolPartResult part : latest.get().resources().partsOf(school.code())) {
            parts.add(part(county.get(), latest.get().year(), part, prefix));
        }
        model.put("indicators", parts);
        return model;
    }

    private PartView part(CountyAssessment county, int year, SchoolPartResult part, String prefix) {
        List<IndicatorRow> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        Worked worked = new Worked();
        for (IndicatorResult result : part.indicators()) {
            IndicatorDefinition indicator = result.indicator();
            String name = pages.text(indicator.name());
            Figures figures = worked.of(year, result);
            Optional<BigDecimal> percent = figures.percent();
            String value = figures.value();
            String threshold = ResultFormat.threshold(result.threshold());
            String percentText = figures.percentText();
            rows.add(new IndicatorRow(indicator.code(), name, CountyPaths.indicator(prefix,
                    indicator.code()), pages.text(indicator.unit()), value, threshold, percentText,
                    pages.status(result.outcome()),
                    result.gap().map(g -> pages.text(g.text())).orElse(result.problem().map(pages::text).orElse(""))));
            percent.ifPresent(p -> bars.add(new Bar(name, figures.percentValue(), percentText
                    + (result.outcome() == Outcome.NOT_MET ? " " + pages.label("chart.not-met") : ""),
                    result.outcome() == Outcome.NOT_MET)));
            table.add(List.of(indicator.code() + " " + name, value, threshold, percentText,
                    pages.outcome(result.outcome())));
        }
        String title = pages.schoolPart(part);
        String summary = summary(part);
        String id = CountyPaths.chartId(county.county(), "school", part.school().code(), part.stage().key());
        ChartView chart = bars.isEmpty() ? null : charts.add(new BarChartSpec(id,
                pages.label("school.chart-title", "school", pages.schoolPartInChart(part)),
                pages.english() ? summaryInChart(part) : summary, pages.label("school.chart-axis"), bars,
                List.of(new ReferenceLine(100, pages.label("col.threshold") + " 100%"), new ReferenceLine(85, "85%")),
                new ChartTable(List.of(pages.label("col.indicator"), pages.label("col.value"),
                        pages.label("col.threshold"), pages.label("col.percent"), pages.label("col.status")), table)));
        String students = part.students().isPresent() ? Numbers.integer(part.students().getAsInt()) : Numbers.NOT_REPORTED;
        String share = part.facilityShare().map(s -> pages.label("school.share", "percent",
                Rounding.format(s.fraction().multiply(HUNDRED), 1))).orElse("");
        Status verdict = pages.status(part.verdict().map(SchoolVerdict::outcome).orElse(Outcome.NOT_ASSESSABLE));
        List<YearPart> history = history(county, part);
        return new PartView(title, pages.stage(part.stage()), students, share, rows, verdict, summary, chart,
                trend(part, history, worked), trendChart(part, history, worked, id + "-trend"));
    }

    /** The per-school verdict as a parent would say it. */
    private String summary(SchoolPartResult part) {
        return summary(part, String.join(pages.punctuation("semicolon"),
                AssessmentViews.texts(pages, part.verdict().map(SchoolVerdict::reasons).orElse(List.of()))));
    }

    /** The verdict for a chart's description, which cannot hold markup: reasons name indicators, not schools. */
    private String summaryInChart(SchoolPartResult part) {
        return summary(part, "").replaceAll("[:：]\\s*[.。]$", pages.punctuation("period")).strip();
    }

    private String summary(SchoolPartResult part, String reasons) {
        if (part.verdict().isEmpty()) {
            return pages.label("school.verdict-none");
        }
        SchoolVerdict verdict = part.verdict().get();
        String ratio = Rounding.format(verdict.minRatio().value().multiply(HUNDRED), 0);
        return switch (verdict.outcome()) {
            case MET -> verdict.notMet() == 0 ? pages.label("school.verdict-all")
                    : pages.label("school.verdict-met", "met", verdict.met(), "rest", verdict.notMet(), "ratio", ratio);
            case NOT_MET -> pages.label("school.verdict-not-met", "met", verdict.met(), "required",
                    verdict.required().plain(), "ratio", ratio, "reasons", reasons);
            default -> pages.label("school.verdict-undecided", "met", verdict.met(), "rest", verdict.notAssessable(),
                    "reasons", reasons);
        };
    }

    private List<YearPart> history(CountyAssessment county, SchoolPartResult part) {
        List<YearPart> history = new ArrayList<>();
        for (YearAssessment year : county.years()) {
            year.resources().partsOf(part.school().code()).stream().filter(p -> p.stage() == part.stage()).findFirst()
                    .ifPresent(p -> history.add(new YearPart(year.year(), p)));
        }
        return history;
    }

    private TableView trend(SchoolPartResult part, List<YearPart> history, Worked worked) {
        List<String> columns = new ArrayList<>(List.of(pages.label("col.indicator")));
        history.forEach(y -> columns.add(pages.schoolYear(y.year())));
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorResult latest : part.indicators()) {
            List<String> row = new ArrayList<>(List.of(latest.code() + " " + pages.text(latest.indicator().name())));
            for (YearPart year : history) {
                row.add(year.part().indicator(latest.code())
                        .map(r -> worked.of(year.year(), r).value() + pages.bracketed(pages.outcome(r.outcome())))
                        .orElse(Numbers.NOT_REPORTED));
            }
            rows.add(row);
        }
        return new TableView(pages.label("school.indicator-history", "school", pages.schoolPart(part)), columns, rows);
    }

    private ChartView trendChart(SchoolPartResult part, List<YearPart> history, Worked worked, String id) {
        if (history.size() < 2) {
            return null;
        }
        List<String> years = history.stream().map(y -> String.valueOf(y.year())).toList();
        List<Series> series = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> improved = new ArrayList<>();
        for (IndicatorResult latest : part.indicators()) {
            List<Double> values = new ArrayList<>();
            List<String> row = new ArrayList<>(List.of(latest.code()));
            List<Optional<BigDecimal>> percents = new ArrayList<>();
            for (YearPart year : history) {
                Optional<Figures> figures = year.part().indicator(latest.code())
                        .map(r -> worked.of(year.year(), r)).filter(f -> f.percent().isPresent());
                percents.add(figures.flatMap(Figures::percent));
                values.add(figures.map(Figures::percentValue).orElse(null));
                row.add(figures.map(Figures::percentRounded).orElse(""));
            }
            // on the exact percentages: a value exactly at its threshold has reached it
            Optional<BigDecimal> first = percents.get(0);
            Optional<BigDecimal> last = percents.get(percents.size() - 1);
            if (first.isPresent() && last.isPresent() && first.get().compareTo(HUNDRED) < 0
                    && last.get().compareTo(HUNDRED) >= 0) {
                improved.add(pages.text(latest.indicator().name()));
            }
            series.add(new Series(latest.code(), values));
            table.add(row);
        }
        List<String> columns = new ArrayList<>(List.of(pages.label("col.indicator")));
        columns.addAll(years);
        String description = pages.label("school.trend-finding", "first", years.get(0), "last",
                years.get(years.size() - 1)) + (improved.isEmpty() ? ""
                : pages.label("school.trend-improved", "list", pages.list(improved)));
        return charts.add(new LineChartSpec(id, pages.label("school.trend-title", "school",
                pages.schoolPartInChart(part)), description, pages.label("school.chart-axis"), years, series,
                List.of(new ReferenceLine(100, pages.label("col.threshold") + " 100%")),
                new ChartTable(columns, table)));
    }

    private record YearPart(int year, SchoolPartResult part) {
    }

    /**
     * A result's figures as the section shows them. The row, the bar, the trend table and the trend
     * chart all show them, and each is a 34-digit division or its printing.
     */
    private record Figures(String value, Optional<BigDecimal> percent, String percentRounded, double percentValue) {

        static Figures of(IndicatorResult result) {
            IndicatorResult.Exact exact = result.exact();
            Optional<BigDecimal> percent = exact.percentOfThreshold();
            return new Figures(ResultFormat.value(result, exact.value()), percent,
                    percent.map(p -> Rounding.format(p, 0)).orElse(""), percent.map(Numbers::forDrawing).orElse(0.0));
        }

        String percentText() {
            return percent.isEmpty() ? Numbers.NOT_REPORTED : percentRounded + "%";
        }
    }

    /** The figures of a part's results, each year's worked out once for the part's page. */
    private static final class Worked {

        private final Map<String, Figures> byYearAndIndicator = new HashMap<>();

        Figures of(int year, IndicatorResult result) {
            return byYearAndIndicator.computeIfAbsent(year + "/" + result.code(), key -> Figures.of(result));
        }
    }
}
