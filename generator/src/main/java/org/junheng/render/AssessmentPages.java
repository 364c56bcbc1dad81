package org.junheng.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junheng.content.Stage;
import org.junheng.indicators.CompositeCvResult;
import org.junheng.indicators.CountyAssessment;
import org.junheng.indicators.CvResult;
import org.junheng.indicators.ExcludedSchool;
import org.junheng.indicators.Outcome;
import org.junheng.indicators.ResourceAllocation;
import org.junheng.indicators.Rounding;
import org.junheng.indicators.SchoolPartResult;
import org.junheng.indicators.StandardSet;
import org.junheng.indicators.YearAssessment;

/** The county assessment: {@code assessment/} for the latest school year and {@code assessment/{year}/} for each. */
final class AssessmentPages {

    private final PageFactory pages;
    private final SiteData data;
    private final Charts charts;

    AssessmentPages(PageFactory pages, SiteData data, Charts charts) {
        this.pages = pages;
        this.data = data;
        this.charts = charts;
    }

    List<Page> pages() {
        List<Page> result = new ArrayList<>();
        for (CountyAssessment county : data.assessments()) {
            String prefix = CountyPaths.prefix(county.county(), data.content().counties());
            for (YearAssessment year : county.years()) {
                result.add(page(county, year, prefix, false));
            }
            county.latest().ifPresent(latest -> result.add(page(county, latest, prefix, true)));
        }
        if (data.content().counties().size() > 1) {
            result.add(comparison());
        }
        return result;
    }

    /** On a portal of several counties, {@code assessment/} sets them side by side. */
    private Page comparison() {
        List<List<String>> rows = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (CountyAssessment county : data.assessments()) {
            String prefix = CountyPaths.prefix(county.county(), data.content().counties());
            county.latest().ifPresent(latest -> {
                List<String> row = new ArrayList<>();
                row.add(county.county().name());
                row.add(SchoolYears.label(latest.year()));
                row.add(ResultFormat.status(latest.verdict().outcome()));
                for (Stage stage : AssessmentViews.STAGES) {
                    long over = latest.resources().cvs().stream()
                            .filter(cv -> cv.stage() == stage && cv.outcome() == Outcome.NOT_MET).count();
                    row.add(over == 0 ? "无" : over + " 项");
                }
                for (Stage stage : AssessmentViews.STAGES) {
                    List<SchoolPartResult> parts = latest.resources().parts(stage);
                    long met = parts.stream()
                            .filter(p -> p.verdict().map(v -> v.outcome() == Outcome.MET).orElse(false)).count();
                    row.add(met + "/" + parts.size());
                }
                rows.add(row);
                links.add(new Link(county.county().name(), CountyPaths.assessment(prefix, latest.year(), true)));
            });
        }
        TableView table = new TableView(pages.label("assessment.compare"), List.of("县区", "学年", "总体结论",
                "小学超限差异系数", "初中超限差异系数", "小学达标学校", "初中达标学校"), rows);
        return pages.page("assessment/", "assessment-compare.ftlh", pages.label("assessment.compare"), "assessment",
                pages.label("assessment.compare-description"), Map.of("table", table, "counties", links));
    }

    private Page page(CountyAssessment county, YearAssessment year, String prefix, boolean latest) {
        StandardSet standards = county.standards();
        AssessmentViews views = new AssessmentViews(standards, charts, prefix);
        String chartPage = "assessment-" + (latest ? "latest" : String.valueOf(year.year()));
        ResourceAllocation resources = year.resources();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("county", county.county().name());
        model.put("year", SchoolYears.label(year.year()));
        model.put("years", county.years().stream()
                .map(y -> new Link(SchoolYears.label(y.year()), CountyPaths.assessment(prefix, y.year(), false)))
                .toList());
        model.put("currentYear", CountyPaths.assessment(prefix, year.year(), false));
        model.put("standard", standards.name().zh());
        model.put("document", standards.document().zh());
        model.put("overrides", standards.overrides().stream().map(o -> o.provenance().citation()).toList());
        model.put("verdict", Status.of(year.verdict().outcome()));
        model.put("failures", AssessmentViews.zh(year.verdict().failures()));
        model.put("undecided", AssessmentViews.zh(year.verdict().undecided()));
        model.put("parts", year.verdict().parts().stream()
                .map(p -> new PartStatus(p.part().title().zh(), p.part().key(), Status.of(p.outcome()))).toList());
        List<StageCvs> stages = new ArrayList<>();
        List<ChartView> meeting = new ArrayList<>();
        List<Map<String, Object>> schoolRule = new ArrayList<>();
        for (Stage stage : AssessmentViews.STAGES) {
            stages.add(views.stageCvs(county.county(), resources, stage, chartPage));
            meeting.add(views.meetingCounts(county.county(), resources, stage, chartPage));
            schoolRule.add(schoolRule(resources, stage));
        }
        model.put("resources", Status.of(resources.outcome()));
        model.put("stages", stages);
        model.put("meeting", meeting);
        model.put("schoolRule", schoolRule);
        model.put("excluded", resources.excluded().stream().map(AssessmentPages::excluded).toList());
        model.put("withoutStatistics", resources.withoutStatistics().stream()
                .map(s -> new SchoolLink(s.name(), SchoolPages.url(s.code()), "本学年未报送统计数据")).toList());
        model.put("sections", year.itemParts().stream().map(views::section).toList());
        year.basicBalance().ifPresent(basic -> model.put("basic", basicBalance(basic)));
        year.inputsSource().ifPresent(source -> model.put("inputsSource", source.file()));
        String title = county.county().name() + SchoolYears.label(year.year()) + "优质均衡发展评估";
        String url = CountyPaths.assessment(prefix, year.year(), latest);
        return pages.page(url, "assessment.ftlh", title, "assessment",
                "按" + standards.document().zh() + "计算的资源配置、政府保障程度、教育质量和社会认可度评估结果。", model);
    }

    private static Map<String, Object> schoolRule(ResourceAllocation resources, Stage stage) {
        List<SchoolPartResult> parts = resources.parts(stage);
        long met = parts.stream().filter(p -> p.verdict().map(v -> v.outcome() == Outcome.MET).orElse(false)).count();
        List<SchoolLink> failing = parts.stream()
                .filter(p -> p.verdict().map(v -> v.outcome() != Outcome.MET).orElse(true))
                .map(p -> new SchoolLink(p.name().zh(), SchoolPages.url(p.school().code()),
                        p.verdict().map(v -> ResultFormat.status(v.outcome()) + "：" + String.join("；",
                                AssessmentViews.zh(v.reasons()))).orElse("")))
                .toList();
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("stage", stage.chinese());
        rule.put("summary", stage.chinese() + "参评 " + parts.size() + " 所（校区），" + met + " 所达到校际均衡要求。");
        rule.put("failing", failing);
        return rule;
    }

    private static SchoolLink excluded(ExcludedSchool excluded) {
        String students = excluded.students().isPresent() ? "，在校生 " + excluded.students().getAsInt() + " 人" : "";
        return new SchoolLink(excluded.school().name(), SchoolPages.url(excluded.school().code()),
                excluded.reason().zh() + students);
    }

    private TableView basicBalance(ResourceAllocation basic) {
        List<List<String>> rows = new ArrayList<>();
        List<String> indicatorCodes = basic.cvs().stream().map(CvResult::code).distinct().toList();
        for (String code : indicatorCodes) {
            List<String> row = new ArrayList<>();
            Optional<CvResult> any = basic.cvs().stream().filter(c -> c.code().equals(code)).findFirst();
            row.add(any.map(c -> c.indicator().name().zh()).orElse(code));
            for (Stage stage : AssessmentViews.STAGES) {
                row.add(basic.cv(code, stage).map(ResultFormat::cv).orElse(Numbers.NOT_REPORTED));
            }
            rows.add(row);
        }
        List<String> composite = new ArrayList<>(List.of("综合差异系数（8 项平均）"));
        for (Stage stage : AssessmentViews.STAGES) {
            Optional<CompositeCvResult> result = basic.composite(stage);
            composite.add(result.flatMap(CompositeCvResult::value)
                    .map(v -> Rounding.cv(v) + "（上限 " + result.get().limit().map(l -> l.value().stripTrailingZeros()
                            .toPlainString()).orElse("—") + "，" + result.get().outcome().chinese() + "）")
                    .orElse(Numbers.NOT_REPORTED));
        }
        rows.add(composite);
        return new TableView("2012 年基本均衡口径的差异系数（" + SchoolYears.label(basic.year()) + "）",
                List.of("指标", "小学", "初中"), rows);
    }
}
