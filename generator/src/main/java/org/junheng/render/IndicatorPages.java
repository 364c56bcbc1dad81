package org.junheng.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.junheng.content.Stage;
import org.junheng.indicators.CountyAssessment;
import org.junheng.indicators.CvResult;
import org.junheng.indicators.IndicatorDefinition;
import org.junheng.indicators.IndicatorResult;
import org.junheng.indicators.Outcome;
import org.junheng.indicators.SchoolPartResult;
import org.junheng.indicators.Setting;
import org.junheng.indicators.YearAssessment;

/** One page per resource indicator ({@code indicators/L1/} …): every school's value, the CV and its history. */
final class IndicatorPages {

    private final PageFactory pages;
    private final SiteData data;
    private final Charts charts;
    private final CountyScopes scopes;

    IndicatorPages(PageFactory pages, SiteData data, Charts charts, CountyScopes scopes) {
        this.pages = pages;
        this.data = data;
        this.charts = charts;
        this.scopes = scopes;
    }

    /** Each county's page of each indicator, planned: made when it is written. */
    List<PlannedPage> pages() {
        List<PlannedPage> result = new ArrayList<>();
        for (CountyAssessment county : data.assessments()) {
            String prefix = CountyPaths.prefix(county.county(), data.content().counties());
            county.latest().ifPresent(latest -> {
                for (IndicatorDefinition indicator : county.standards().indicators()) {
                    result.add(() -> page(county, latest, indicator, prefix));
                }
            });
        }
        return result;
    }

    /** The page makes its model (tables and charts of every school) when it is written, on any of the build's threads. */
    private Page page(CountyAssessment county, YearAssessment latest, IndicatorDefinition indicator, String prefix) {
        String title = indicator.code() + " " + pages.text(indicator.name());
        Page page = pages.page(CountyPaths.indicator(prefix, indicator.code()), "indicator.ftlh", title, "assessment",
                pages.label("indicator.description", "county", pages.county(county.county()), "indicator",
                        pages.text(indicator.name())), () -> model(county, latest, indicator, prefix));
        return page.withInputKey(scopes.key(county.county().code(), pages.interfaceDigest(), page));
    }

    private Map<String, Object> model(CountyAssessment county, YearAssessment latest, IndicatorDefinition indicator,
                                      String prefix) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("county", pages.county(county.county()));
        model.put("code", indicator.code());
        model.put("name", pages.text(indicator.name()));
        model.put("unit", pages.text(indicator.unit()));
        model.put("formula", pages.text(indicator.formula()));
        indicator.note().ifPresent(note -> model.put("note", pages.text(note)));
        model.put("year", pages.schoolYear(latest.year()));
        model.put("document", pages.text(county.standards().document()));
        model.put("others", county.standards().indicators().stream()
                .map(i -> new Link(i.code() + " " + pages.text(i.name()), CountyPaths.indicator(prefix, i.code()))).toList());
        List<Map<String, Object>> stages = new ArrayList<>();
        for (Stage stage : AssessmentViews.STAGES) {
            stages.add(stage(county, latest, indicator, stage));
        }
        model.put("stages", stages);
        model.put("history", history(county, indicator));
        model.put("historyChart", historyChart(county, indicator));
        return model;
    }

    private Map<String, Object> stage(CountyAssessment county, YearAssessment latest, IndicatorDefinition indicator,
                                      Stage stage) {
        List<SchoolPartResult> parts = byValue(latest.resources().parts(stage), indicator.code());
        List<IndicatorRow> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        long met = 0;
        for (SchoolPartResult part : parts) {
            Optional<IndicatorResult> found = part.indicator(indicator.code());
            if (found.isEmpty()) {
                continue;
            }
            IndicatorResult result = found.get();
            met += result.outcome() == Outcome.MET ? 1 : 0;
            IndicatorResult.Exact worked = result.exact();
            Optional<BigDecimal> exact = worked.value();
            String value = ResultFormat.value(result, exact);
            rows.add(new IndicatorRow(indicator.code(), pages.schoolPart(part), SchoolPages.url(part.school().code()),
                    pages.text(indicator.unit()), value, ResultFormat.threshold(result.threshold()),
                    ResultFormat.percent(worked.percentOfThreshold()), pages.status(result.outcome()),
                    result.gap().map(g -> pages.text(g.text())).orElse(result.problem().map(pages::text).orElse(""))));
            exact.ifPresent(v -> bars.add(new Bar(pages.schoolPartInChart(part), Numbers.forDrawing(v),
                    value + (result.outcome() == Outcome.NOT_MET ? " " + pages.label("chart.not-met") : ""),
                    result.outcome() == Outcome.NOT_MET)));
            table.add(List.of(part.school().code(), pages.schoolPart(part), value,
                    ResultFormat.threshold(result.threshold()), pages.outcome(result.outcome())));
        }
        Optional<Setting> threshold = indicator.threshold(stage);
        String thresholdText = ResultFormat.threshold(threshold);
        String finding = pages.label("indicator.finding", "stage", pages.stage(stage), "n", rows.size(), "met", met,
                "threshold", thresholdText, "unit", pages.text(indicator.unit()));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("stage", pages.stage(stage));
        view.put("threshold", thresholdText);
        view.put("thresholdSource", threshold.map(t -> pages.chinese(t.setBy().citation())).orElse(""));
        view.put("overridden", threshold.map(Setting::isOverridden).orElse(false));
        view.put("original", threshold.filter(Setting::isOverridden).map(t -> t.original().plain()).orElse(""));
        view.put("thresholdLabel", pages.label("indicator.stage-threshold", "stage", pages.stage(stage)));
        view.put("overrideNote", threshold.filter(Setting::isOverridden).map(t -> pages.bracketed(
                pages.label("indicator.override-note", "source", pages.chinese(t.setBy().citation()), "original",
                        t.original().plain()))).orElse(""));
        view.put("finding", finding);
        view.put("rows", rows);
        view.put("cv", latest.resources().cv(indicator.code(), stage).map(this::cvRow).orElse(null));
        view.put("columns", RawColumns.of(pages, indicator.numerator(), stage));
        view.put("students", RawColumns.students(pages, stage));
        if (!bars.isEmpty()) {
            view.put("chart", charts.add(new BarChartSpec(
                    CountyPaths.chartId(county.county(), "indicator", indicator.code(), stage.key()),
                    pages.label("indicator.chart-title", "stage", pages.stage(stage), "indicator",
                            pages.text(indicator.name()), "year", pages.schoolYear(latest.year())),
                    finding, pages.text(indicator.unit()), bars,
                    threshold.map(t -> List.of(new ReferenceLine(t.value().doubleValue(),
                            pages.label("col.threshold") + " " + thresholdText))).orElse(List.of()),
                    new ChartTable(List.of(pages.label("fact.code"), pages.label("col.school"), pages.label("col.value"),
                            pages.label("col.threshold"), pages.label("col.status")), table))));
        }
        return view;
    }

    /** Highest value first (the not assessable last), then by school code; each value made once, not per comparison. */
    private static List<SchoolPartResult> byValue(List<SchoolPartResult> parts, String code) {
        record Keyed(SchoolPartResult part, BigDecimal value) {
        }
        BigDecimal none = BigDecimal.valueOf(-1);
        List<Keyed> keyed = new ArrayList<>();
        for (SchoolPartResult part : parts) {
            keyed.add(new Keyed(part, part.indicator(code).flatMap(IndicatorResult::value).orElse(none)));
        }
        keyed.sort(Comparator.comparing(Keyed::value, Comparator.reverseOrder())
                .thenComparing(k -> k.part().school().code()));
        List<SchoolPartResult> sorted = new ArrayList<>();
        for (Keyed k : keyed) {
            sorted.add(k.part());
        }
        return sorted;
    }

    private CvRow cvRow(CvResult cv) {
        return new CvRow(cv.code(), pages.text(cv.indicator().name()), "", ResultFormat.cv(cv),
                ResultFormat.limit(cv.limit()), pages.status(cv.outcome()), ResultFormat.change(cv),
                cv.dispersion().map(d -> pages.label("count.schools", "n", d.count())).orElse(""));
    }

    private TableView history(CountyAssessment county, IndicatorDefinition indicator) {
        List<List<String>> rows = new ArrayList<>();
        for (YearAssessment year : county.years()) {
            List<String> row = new ArrayList<>(List.of(pages.schoolYear(year.year())));
            for (Stage stage : AssessmentViews.STAGES) {
                row.add(year.resources().cv(indicator.code(), stage)
                        .map(cv -> ResultFormat.cv(cv) + pages.bracketed(pages.outcome(cv.outcome())))
                        .orElse(Numbers.NOT_REPORTED));
            }
            rows.add(row);
        }
        return new TableView(pages.label("indicator.history-title", "indicator", pages.text(indicator.name())),
                List.of(pages.label("stat.year"), pages.stage(Stage.PRIMARY), pages.stage(Stage.JUNIOR)), rows);
    }

    private ChartView historyChart(CountyAssessment county, IndicatorDefinition indicator) {
        List<String> years = county.years().stream().map(y -> String.valueOf(y.year())).toList();
        List<Series> series = new ArrayList<>();
        List<ReferenceLine> lines = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (Stage stage : AssessmentViews.STAGES) {
            List<Double> values = new ArrayList<>();
            for (YearAssessment year : county.years()) {
                values.add(year.resources().cv(indicator.code(), stage).flatMap(CvResult::cv)
                        .map(Numbers::forDrawing).orElse(null));
            }
            series.add(new Series(pages.stage(stage), values));
            indicator.cvLimit(stage).ifPresent(limit -> lines.add(new ReferenceLine(limit.value().doubleValue(),
                    pages.label("indicator.stage-limit", "stage", pages.stage(stage), "limit",
                            ResultFormat.limit(Optional.of(limit))))));
        }
        for (int i = 0; i < years.size(); i++) {
            List<String> row = new ArrayList<>(List.of(years.get(i)));
            for (Series s : series) {
                Double value = s.values().get(i);
                row.add(value == null ? "" : org.junheng.indicators.Rounding.cv(value));
            }
            table.add(row);
        }
        String description = pages.label("indicator.trend-finding", "indicator", pages.text(indicator.name()),
                "first", years.get(0), "last", years.get(years.size() - 1), "trend", describeTrend(series));
        return charts.add(new LineChartSpec(CountyPaths.chartId(county.county(), "indicator", indicator.code(), "cv"),
                pages.label("indicator.history-title", "indicator", pages.text(indicator.name())), description,
                pages.label("col.cv"), years, series, lines, new ChartTable(List.of(pages.label("stat.year"),
                        pages.stage(Stage.PRIMARY), pages.stage(Stage.JUNIOR)), table)));
    }

    private String describeTrend(List<Series> series) {
        List<String> parts = new ArrayList<>();
        for (Series s : series) {
            List<Double> values = s.values().stream().filter(v -> v != null).toList();
            if (values.size() >= 2) {
                parts.add(pages.label("indicator.trend-part", "stage", s.name(), "from",
                        org.junheng.indicators.Rounding.cv(values.get(0)), "to",
                        org.junheng.indicators.Rounding.cv(values.get(values.size() - 1))));
            }
        }
        return parts.isEmpty() ? pages.label("indicator.trend-none") : String.join(pages.punctuation("comma"), parts);
    }
}
