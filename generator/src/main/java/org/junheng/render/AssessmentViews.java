package org.junheng.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junheng.charts.Bar;
import org.junheng.charts.BarChartSpec;
import org.junheng.charts.ChartTable;
import org.junheng.charts.ReferenceLine;
import org.junheng.content.County;
import org.junheng.content.Stage;
import org.junheng.indicators.CheckResult;
import org.junheng.indicators.CvResult;
import org.junheng.indicators.IndicatorDefinition;
import org.junheng.indicators.ItemPart;
import org.junheng.indicators.ItemResult;
import org.junheng.indicators.Outcome;
import org.junheng.indicators.ResourceAllocation;
import org.junheng.indicators.Rounding;
import org.junheng.indicators.SchoolFinding;
import org.junheng.indicators.SchoolPartResult;
import org.junheng.indicators.StandardSet;
import org.junheng.indicators.Text;

/** Turns assessment results into the rows, sections and charts the assessment pages show. */
final class AssessmentViews {

    static final List<Stage> STAGES = List.of(Stage.PRIMARY, Stage.JUNIOR);

    private final StandardSet standards;
    private final Charts charts;
    private final String prefix;

    AssessmentViews(StandardSet standards, Charts charts, String prefix) {
        this.standards = standards;
        this.charts = charts;
        this.prefix = prefix;
    }

    StageCvs stageCvs(County county, ResourceAllocation resources, Stage stage, String chartPage) {
        List<CvRow> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (IndicatorDefinition indicator : standards.indicators()) {
            Optional<CvResult> found = resources.cv(indicator.code(), stage);
            if (found.isEmpty()) {
                continue;
            }
            CvResult cv = found.get();
            String limit = ResultFormat.limit(cv.limit());
            String schools = cv.dispersion().map(d -> d.count() + " 所").orElse("");
            rows.add(new CvRow(indicator.code(), indicator.name().zh(), CountyPaths.indicator(prefix, indicator.code()),
                    ResultFormat.cv(cv), limit, Status.of(cv.outcome()), ResultFormat.change(cv), schools));
            cv.cv().ifPresent(value -> bars.add(new Bar(indicator.code() + " " + indicator.name().zh(),
                    value.doubleValue(), Rounding.cv(value) + (cv.outcome() == Outcome.NOT_MET ? " 超限" : ""),
                    cv.outcome() == Outcome.NOT_MET)));
            table.add(List.of(indicator.code() + " " + indicator.name().zh(), ResultFormat.cv(cv), limit,
                    cv.outcome().chinese()));
            if (cv.outcome() == Outcome.NOT_MET) {
                over.add(indicator.code() + " " + indicator.name().zh() + "（" + ResultFormat.cv(cv) + "）");
            }
        }
        String limit = standards.indicators().stream().findFirst().flatMap(i -> i.cvLimit(stage))
                .map(s -> Rounding.format(s.value(), 2)).orElse("");
        String finding = over.isEmpty()
                ? stage.chinese() + rows.size() + " 项指标的差异系数都不超过 " + limit + "。"
                : stage.chinese() + "有 " + over.size() + " 项指标的差异系数超过 " + limit + "：" + String.join("、", over) + "。";
        ChartView chart = charts.add(new BarChartSpec(CountyPaths.chartId(county, chartPage, "cv", stage.key()),
                stage.chinese() + "各项指标的差异系数（" + SchoolYears.label(resources.year()) + "）", finding, "差异系数",
                bars, limit.isEmpty() ? List.of() : List.of(new ReferenceLine(Double.parseDouble(limit), "上限 " + limit)),
                new ChartTable(List.of("指标", "差异系数", "上限", "结果"), table)));
        return new StageCvs(stage.chinese(), finding, rows, chart);
    }

    /** How many school parts meet each indicator in a stage, as a chart. */
    ChartView meetingCounts(County county, ResourceAllocation resources, Stage stage, String chartPage) {
        List<SchoolPartResult> parts = resources.parts(stage);
        List<Bar> bars = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        String weakest = "";
        long fewest = Long.MAX_VALUE;
        for (IndicatorDefinition indicator : standards.indicators()) {
            long met = parts.stream().filter(p -> p.indicator(indicator.code()).map(r -> r.outcome() == Outcome.MET)
                    .orElse(false)).count();
            String label = indicator.code() + " " + indicator.name().zh();
            bars.add(new Bar(label, met, met + "/" + parts.size(), met < parts.size()));
            table.add(List.of(label, String.valueOf(met), String.valueOf(parts.size())));
            if (met < fewest) {
                fewest = met;
                weakest = label;
            }
        }
        String finding = parts.isEmpty() ? "没有参加评估的" + stage.chinese() + "。"
                : stage.chinese() + "共 " + parts.size() + " 所（校区）参加评估；达标学校最少的指标是“" + weakest + "”，"
                        + fewest + " 所达标。";
        return charts.add(new BarChartSpec(CountyPaths.chartId(county, chartPage, "meeting", stage.key()),
                stage.chinese() + "各项指标的达标学校数（" + SchoolYears.label(resources.year()) + "）", finding, "达标学校数",
                bars, List.of(new ReferenceLine(parts.size(), "全部 " + parts.size() + " 所")),
                new ChartTable(List.of("指标", "达标学校数", "参评学校数"), table)));
    }

    ItemSection section(ItemPart part) {
        List<ItemRow> rows = part.items().stream().map(this::item).toList();
        return new ItemSection(part.part().key(), part.part().title().zh(), Status.of(part.outcome()), rows);
    }

    private ItemRow item(ItemResult result) {
        String actual = result.checks().stream().map(CheckResult::actual).flatMap(Optional::stream)
                .collect(Collectors.joining("；"));
        List<String> findings = new ArrayList<>();
        result.problem().ifPresent(problem -> findings.add(problem.zh()));
        for (SchoolFinding finding : result.failing()) {
            findings.add(finding.schoolName().zh() + "：" + finding.detail().zh());
        }
        for (SchoolFinding finding : result.notAssessable()) {
            findings.add(finding.schoolName().zh() + "：" + finding.detail().zh());
        }
        return new ItemRow(result.item().code(), result.item().name().zh(), result.requirement().zh(),
                actual.isEmpty() ? Numbers.NOT_REPORTED : actual, Status.of(result.outcome()),
                result.evidence().orElse(""), findings);
    }

    static List<String> zh(List<Text> texts) {
        return texts.stream().map(Text::zh).toList();
    }
}
