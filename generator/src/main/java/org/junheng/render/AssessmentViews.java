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
import org.junheng.indicators.Actual;
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

/** Turns assessment results into the rows, sections and charts the assessment pages show, in the page's language. */
final class AssessmentViews {

    static final List<Stage> STAGES = List.of(Stage.PRIMARY, Stage.JUNIOR);

    private final PageFactory pages;
    private final StandardSet standards;
    private final Charts charts;
    private final String prefix;

    AssessmentViews(PageFactory pages, StandardSet standards, Charts charts, String prefix) {
        this.pages = pages;
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
            String name = pages.text(indicator.name());
            String schools = cv.dispersion().map(d -> pages.label("count.schools", "n", d.count())).orElse("");
            rows.add(new CvRow(indicator.code(), name, CountyPaths.indicator(prefix, indicator.code()),
                    ResultFormat.cv(cv), limit, pages.status(cv.outcome()), ResultFormat.change(cv), schools));
            cv.cv().ifPresent(value -> bars.add(new Bar(indicator.code() + " " + name,
                    Numbers.forDrawing(value), Rounding.cv(value)
                            + (cv.outcome() == Outcome.NOT_MET ? " " + pages.label("chart.over-limit") : ""),
                    cv.outcome() == Outcome.NOT_MET)));
            table.add(List.of(indicator.code() + " " + name, ResultFormat.cv(cv), limit, pages.outcome(cv.outcome())));
            if (cv.outcome() == Outcome.NOT_MET) {
                over.add(indicator.code() + " " + name + pages.bracketed(ResultFormat.cv(cv)));
            }
        }
        String limit = standards.indicators().stream().findFirst().flatMap(i -> i.cvLimit(stage))
                .map(s -> Rounding.format(s.value(), 2)).orElse("");
        String finding = over.isEmpty()
                ? pages.label("cv.finding-none-over", "stage", pages.stage(stage), "n", rows.size(), "limit", limit)
                : pages.label("cv.finding-over", "stage", pages.stage(stage), "n", over.size(), "limit", limit,
                        "list", pages.list(over));
        String indicatorLabel = pages.label("col.indicator");
        ChartView chart = charts.add(new BarChartSpec(CountyPaths.chartId(county, chartPage, "cv", stage.key()),
                pages.label("cv.chart-title", "stage", pages.stage(stage), "year", pages.schoolYear(resources.year())),
                finding, pages.label("col.cv"), bars, limit.isEmpty() ? List.of()
                        : List.of(new ReferenceLine(Double.parseDouble(limit), pages.label("col.limit") + " " + limit)),
                new ChartTable(List.of(indicatorLabel, pages.label("col.cv"), pages.label("col.limit"),
                        pages.label("col.status")), table)));
        return new StageCvs(pages.stage(stage), pages.label("cv.stage-heading", "stage", pages.stage(stage)), finding,
                rows, chart);
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
            String label = indicator.code() + " " + pages.text(indicator.name());
            bars.add(new Bar(label, met, met + "/" + parts.size(), met < parts.size()));
            table.add(List.of(label, String.valueOf(met), String.valueOf(parts.size())));
            if (met < fewest) {
                fewest = met;
                weakest = label;
            }
        }
        String finding = parts.isEmpty() ? pages.label("meeting.finding-none", "stage", pages.stageInText(stage))
                : pages.label("meeting.finding", "stage", pages.stage(stage), "n", parts.size(), "weakest", weakest,
                        "fewest", fewest);
        return charts.add(new BarChartSpec(CountyPaths.chartId(county, chartPage, "meeting", stage.key()),
                pages.label("meeting.chart-title", "stage", pages.stage(stage), "year",
                        pages.schoolYear(resources.year())), finding, pages.label("meeting.axis"),
                bars, List.of(new ReferenceLine(parts.size(), pages.label("meeting.all", "n", parts.size()))),
                new ChartTable(List.of(pages.label("col.indicator"), pages.label("meeting.axis"),
                        pages.label("col.schools")), table)));
    }

    ItemSection section(ItemPart part) {
        List<ItemRow> rows = part.items().stream().map(this::item).toList();
        return new ItemSection(part.part().key(), pages.text(part.part().title()), pages.status(part.outcome()), rows);
    }

    private ItemRow item(ItemResult result) {
        String actual = result.checks().stream().map(CheckResult::actual).flatMap(Optional::stream)
                .map(this::actual).collect(Collectors.joining(pages.punctuation("semicolon")));
        List<String> findings = new ArrayList<>();
        result.problem().ifPresent(problem -> findings.add(pages.text(problem)));
        for (SchoolFinding finding : result.failing()) {
            findings.add(pages.schoolName(finding.schoolName().zh()) + pages.punctuation("colon")
                    + pages.text(finding.detail()));
        }
        for (SchoolFinding finding : result.notAssessable()) {
            findings.add(pages.schoolName(finding.schoolName().zh()) + pages.punctuation("colon")
                    + pages.text(finding.detail()));
        }
        return new ItemRow(result.item().code(), pages.text(result.item().name()), pages.text(result.requirement()),
                actual.isEmpty() ? Numbers.NOT_REPORTED : actual, pages.status(result.outcome()),
                pages.chinese(result.evidence().orElse("")), findings);
    }

    /** What the county reported, in the page's language; its own words are kept as it gave them, in Chinese. */
    private String actual(Actual actual) {
        if (actual instanceof Actual.YesNo yesNo) {
            return pages.label(yesNo.value() ? "yes" : "no");
        }
        if (actual instanceof Actual.Entries entries) {
            return pages.label(entries.count() == 1 ? "assessment.entries-one" : "assessment.entries",
                    "n", entries.count());
        }
        return pages.quoting(((Actual.Given) actual).value());
    }

    /** Texts in the page's language. */
    static List<String> texts(PageFactory pages, List<Text> texts) {
        return texts.stream().map(pages::text).toList();
    }
}
