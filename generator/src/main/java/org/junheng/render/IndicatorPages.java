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
import org.junheng.content.County;
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

    IndicatorPages(PageFactory pages, SiteData data, Charts charts) {
        this.pages = pages;
        this.data = data;
        this.charts = charts;
    }

    List<Page> pages() {
        List<Page> result = new ArrayList<>();
        for (CountyAssessment county : data.assessments()) {
            String prefix = CountyPaths.prefix(county.county(), data.content().counties());
            county.latest().ifPresent(latest -> {
                for (IndicatorDefinition indicator : county.standards().indicators()) {
                    result.add(page(county, latest, indicator, prefix));
                }
            });
        }
        return result;
    }

    private Page page(CountyAssessment county, YearAssessment latest, IndicatorDefinition indicator, String prefix) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("county", county.county().name());
        model.put("code", indicator.code());
        model.put("name", indicator.name().zh());
        model.put("unit", indicator.unit().zh());
        model.put("formula", indicator.formula().zh());
        indicator.note().ifPresent(note -> model.put("note", note.zh()));
        model.put("year", SchoolYears.label(latest.year()));
        model.put("document", county.standards().document().zh());
        model.put("others", county.standards().indicators().stream()
                .map(i -> new Link(i.code() + " " + i.name().zh(), CountyPaths.indicator(prefix, i.code()))).toList());
        List<Map<String, Object>> stages = new ArrayList<>();
        for (Stage stage : AssessmentViews.STAGES) {
            stages.add(stage(county, latest, indicator, stage));
        }
        model.put("stages", stages);
        model.put("history", history(county, indicator));
        model.put("historyChart", historyChart(county, indicator));
        String title = indicator.code() + " " + indicator.name().zh();
        return pages.page(CountyPaths.indicator(prefix, indicator.code()), "indicator.ftlh", title, "assessment",
                county.county().name() + "各校“" + indicator.name().zh() + "”的数值、标准和差异系数。", model);
    }

    private Map<String, Object> stage(CountyAssessment county, YearAssessment latest, IndicatorDefinition indicator,
                                      Stage stage) {
        List<SchoolPartResult> parts = latest.resources().parts(stage).stream()
                .sorted(Comparator.comparing((SchoolPartResult p) -> p.indicator(indicator.code())
                                .flatMap(IndicatorResult::value).orElse(BigDecimal.valueOf(-1)), Comparator.reverseOrder())
                        .thenComparing(p -> p.school().code()))
                .toList();
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
            String value = ResultFormat.value(result);
            rows.add(new IndicatorRow(indicator.code(), part.name().zh(), SchoolPages.url(part.school().code()),
                    indicator.unit().zh(), value, ResultFormat.threshold(result.threshold()),
                    ResultFormat.percent(result.percentOfThreshold()), Status.of(result.outcome()),
                    result.gap().map(g -> g.text().zh()).orElse(result.problem().map(p -> p.zh()).orElse(""))));
            result.value().ifPresent(v -> bars.add(new Bar(part.name().zh(), v.doubleValue(),
                    value + (result.outcome() == Outcome.NOT_MET ? " 未达标" : ""), result.outcome() == Outcome.NOT_MET)));
            table.add(List.of(part.school().code(), part.name().zh(), value, ResultFormat.threshold(result.threshold()),
                    result.outcome().chinese()));
        }
        Optional<Setting> threshold = indicator.threshold(stage);
        String thresholdText = ResultFormat.threshold(threshold);
        String finding = stage.chinese() + "参评 " + rows.size() + " 所（校区），" + met + " 所达到标准 " + thresholdText
                + " " + indicator.unit().zh() + "。";
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("stage", stage.chinese());
        view.put("threshold", thresholdText);
        view.put("thresholdSource", threshold.map(t -> t.setBy().citation()).orElse(""));
        view.put("overridden", threshold.map(Setting::isOverridden).orElse(false));
        view.put("original", threshold.filter(Setting::isOverridden).map(t -> t.original().plain()).orElse(""));
        view.put("finding", finding);
        view.put("rows", rows);
        view.put("cv", latest.resources().cv(indicator.code(), stage).map(this::cvRow).orElse(null));
        view.put("columns", RawColumns.of(indicator.numerator(), stage));
        view.put("students", RawColumns.students(stage));
        if (!bars.isEmpty()) {
            view.put("chart", charts.add(new BarChartSpec(
                    CountyPaths.chartId(county.county(), "indicator", indicator.code(), stage.key()),
                    stage.chinese() + "各校" + indicator.name().zh() + "（" + SchoolYears.label(latest.year()) + "）",
                    finding, indicator.unit().zh(), bars,
                    threshold.map(t -> List.of(new ReferenceLine(t.value().doubleValue(), "标准 " + thresholdText)))
                            .orElse(List.of()),
                    new ChartTable(List.of("学校标识码", "学校", "数值", "标准", "结果"), table))));
        }
        return view;
    }

    private CvRow cvRow(CvResult cv) {
        return new CvRow(cv.code(), cv.indicator().name().zh(), "", ResultFormat.cv(cv),
                ResultFormat.limit(cv.limit()), Status.of(cv.outcome()), ResultFormat.change(cv),
                cv.dispersion().map(d -> d.count() + " 所").orElse(""));
    }

    private TableView history(CountyAssessment county, IndicatorDefinition indicator) {
        List<List<String>> rows = new ArrayList<>();
        for (YearAssessment year : county.years()) {
            List<String> row = new ArrayList<>(List.of(SchoolYears.label(year.year())));
            for (Stage stage : AssessmentViews.STAGES) {
                row.add(year.resources().cv(indicator.code(), stage)
                        .map(cv -> ResultFormat.cv(cv) + "（" + cv.outcome().chinese() + "）").orElse(Numbers.NOT_REPORTED));
            }
            rows.add(row);
        }
        return new TableView(indicator.name().zh() + "差异系数的变化", List.of("学年", "小学", "初中"), rows);
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
                        .map(BigDecimal::doubleValue).orElse(null));
            }
            series.add(new Series(stage.chinese(), values));
            indicator.cvLimit(stage).ifPresent(limit -> lines.add(new ReferenceLine(limit.value().doubleValue(),
                    stage.chinese() + "上限 " + ResultFormat.limit(Optional.of(limit)))));
        }
        for (int i = 0; i < years.size(); i++) {
            List<String> row = new ArrayList<>(List.of(years.get(i)));
            for (Series s : series) {
                Double value = s.values().get(i);
                row.add(value == null ? "" : org.junheng.indicators.Rounding.cv(value));
            }
            table.add(row);
        }
        String description = indicator.name().zh() + "的差异系数，" + years.get(0) + "—" + years.get(years.size() - 1)
                + " 学年：" + describeTrend(series) + "。";
        return charts.add(new LineChartSpec(CountyPaths.chartId(county.county(), "indicator", indicator.code(), "cv"),
                indicator.name().zh() + "差异系数的变化", description, "差异系数", years, series, lines,
                new ChartTable(List.of("学年", "小学", "初中"), table)));
    }

    private static String describeTrend(List<Series> series) {
        List<String> parts = new ArrayList<>();
        for (Series s : series) {
            List<Double> values = s.values().stream().filter(v -> v != null).toList();
            if (values.size() >= 2) {
                parts.add(s.name() + "从 " + org.junheng.indicators.Rounding.cv(values.get(0)) + " 变为 "
                        + org.junheng.indicators.Rounding.cv(values.get(values.size() - 1)));
            }
        }
        return parts.isEmpty() ? "数据不足以比较" : String.join("，", parts);
    }
}
