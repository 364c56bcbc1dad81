package org.junheng.render;

import java.math.BigDecimal;
import java.util.ArrayList;
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

    private final PageFactory pages;
    private final SiteData data;
    private final Charts charts;

    SchoolAssessmentSection(PageFactory pages, SiteData data, Charts charts) {
        this.pages = pages;
        this.data = data;
        this.charts = charts;
    }

    @Override
    public Map<String, Object> forSchool(School school) {
        Optional<CountyAssessment> county = data.assessments().stream()
                .filter(a -> a.county().code().equals(school.countyCode())).findFirst();
        Optional<YearAssessment> latest = county.flatMap(CountyAssessment::latest);
        if (latest.isEmpty()) {
            return Map.of();
        }
        String prefix = CountyPaths.prefix(county.get().county(), data.content().counties());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("indicatorYear", SchoolYears.label(latest.get().year()));
        model.put("assessmentUrl", CountyPaths.assessment(prefix, 0, true));
        model.put("standardCitation", StandardCitation.of(county.get().standards()));
        latest.get().resources().exclusion(school.code())
                .ifPresent(excluded -> model.put("exclusion", excluded.reason().zh()));
        List<PartView> parts = new ArrayList<>();
        for (SchoolPartResult part : latest.get().resources().partsOf(school.code())) {
            parts.add(part(county.get(), part, prefix));
        }
        model.put("indicators", parts);
        return model;
    }

    private PartView part(CountyAssessment county, SchoolPartResult part, String prefix) {
        List<IndicatorRow> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (IndicatorResult result : part.indicators()) {
            IndicatorDefinition indicator = result.indicator();
            rows.add(new IndicatorRow(indicator.code(), indicator.name().zh(), CountyPaths.indicator(prefix,
                    indicator.code()), indicator.unit().zh(), ResultFormat.value(result),
                    ResultFormat.threshold(result.threshold()), ResultFormat.percent(result.percentOfThreshold()),
                    Status.of(result.outcome()),
                    result.gap().map(g -> g.text().zh()).orElse(result.problem().map(p -> p.zh()).orElse(""))));
            result.percentOfThreshold().ifPresent(percent -> bars.add(new Bar(indicator.name().zh(),
                    percent.doubleValue(), ResultFormat.percent(Optional.of(percent))
                            + (result.outcome() == Outcome.NOT_MET ? " 未达标" : ""), result.outcome() == Outcome.NOT_MET)));
            table.add(List.of(indicator.code() + " " + indicator.name().zh(), ResultFormat.value(result),
                    ResultFormat.threshold(result.threshold()), ResultFormat.percent(result.percentOfThreshold()),
                    result.outcome().chinese()));
        }
        String title = part.name().zh();
        String summary = summary(part);
        String id = CountyPaths.chartId(county.county(), "school", part.school().code(), part.stage().key());
        ChartView chart = bars.isEmpty() ? null : charts.add(new BarChartSpec(id, title + "：各项指标占标准的百分比",
                summary, "占标准的百分比（%）", bars,
                List.of(new ReferenceLine(100, "标准 100%"), new ReferenceLine(85, "85%")),
                new ChartTable(List.of("指标", "数值", "标准", "占标准", "结果"), table)));
        String students = part.students().isPresent() ? Numbers.integer(part.students().getAsInt()) : Numbers.NOT_REPORTED;
        String share = part.facilityShare().map(s -> "共用校舍、场馆、设备按加权学生数分摊，本学段占 "
                + Rounding.format(s.fraction().multiply(BigDecimal.valueOf(100)), 1) + "%").orElse("");
        Status verdict = part.verdict().map(v -> Status.of(v.outcome())).orElse(Status.of(Outcome.NOT_ASSESSABLE));
        return new PartView(title, part.stage().chinese(), students, share, rows, verdict, summary, chart,
                trend(county, part), trendChart(county, part, id + "-trend"));
    }

    /** The per-school verdict as a parent would say it. */
    private static String summary(SchoolPartResult part) {
        if (part.verdict().isEmpty()) {
            return "本学段没有可评估的指标。";
        }
        SchoolVerdict verdict = part.verdict().get();
        String counted = "七项资源配置指标中有 " + verdict.met() + " 项达到国家标准";
        return switch (verdict.outcome()) {
            case MET -> verdict.notMet() == 0
                    ? "七项资源配置指标全部达到国家标准，达到校际均衡的要求。"
                    : counted + "，其余 " + verdict.notMet() + " 项不低于标准的 "
                            + Rounding.format(verdict.minRatio().value().multiply(BigDecimal.valueOf(100)), 0)
                            + "%，按规定达到校际均衡的要求。";
            case NOT_MET -> counted + "，还没有达到校际均衡的要求（至少 " + verdict.required().plain() + " 项达标、其余不低于标准的 "
                    + Rounding.format(verdict.minRatio().value().multiply(BigDecimal.valueOf(100)), 0) + "%）："
                    + String.join("；", AssessmentViews.zh(verdict.reasons())) + "。";
            default -> counted + "，另有 " + verdict.notAssessable() + " 项因数据缺失无法评估：" + String.join("；",
                    AssessmentViews.zh(verdict.reasons())) + "。";
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

    private TableView trend(CountyAssessment county, SchoolPartResult part) {
        List<YearPart> history = history(county, part);
        List<String> columns = new ArrayList<>(List.of("指标"));
        history.forEach(y -> columns.add(SchoolYears.label(y.year())));
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorResult latest : part.indicators()) {
            List<String> row = new ArrayList<>(List.of(latest.code() + " " + latest.indicator().name().zh()));
            for (YearPart year : history) {
                row.add(year.part().indicator(latest.code())
                        .map(r -> ResultFormat.value(r) + "（" + r.outcome().chinese() + "）").orElse(Numbers.NOT_REPORTED));
            }
            rows.add(row);
        }
        return new TableView(part.name().zh() + "：历年指标值", columns, rows);
    }

    private ChartView trendChart(CountyAssessment county, SchoolPartResult part, String id) {
        List<YearPart> history = history(county, part);
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
            for (YearPart year : history) {
                Optional<BigDecimal> percent = year.part().indicator(latest.code())
                        .flatMap(IndicatorResult::percentOfThreshold);
                values.add(percent.map(BigDecimal::doubleValue).orElse(null));
                row.add(percent.map(p -> Rounding.format(p, 0)).orElse(""));
            }
            Double first = values.get(0);
            Double last = values.get(values.size() - 1);
            if (first != null && last != null && first < 100 && last >= 100) {
                improved.add(latest.indicator().name().zh());
            }
            series.add(new Series(latest.code(), values));
            table.add(row);
        }
        List<String> columns = new ArrayList<>(List.of("指标"));
        columns.addAll(years);
        String description = years.get(0) + "—" + years.get(years.size() - 1) + " 学年各项指标占标准的百分比。"
                + (improved.isEmpty() ? "" : "从未达标变为达标的指标：" + String.join("、", improved) + "。");
        return charts.add(new LineChartSpec(id, part.name().zh() + "：各项指标占标准百分比的变化", description,
                "占标准的百分比（%）", years, series, List.of(new ReferenceLine(100, "标准 100%")),
                new ChartTable(columns, table)));
    }

    private record YearPart(int year, SchoolPartResult part) {
    }
}
