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

    private final CountyScopes scopes;

    AssessmentPages(PageFactory pages, SiteData data, Charts charts, CountyScopes scopes) {
        this.pages = pages;
        this.data = data;
        this.charts = charts;
        this.scopes = scopes;
    }

    /** Each county's assessment of each year and its newest, planned: made when written; and a portal's comparison. */
    List<PlannedPage> pages() {
        List<PlannedPage> result = new ArrayList<>();
        for (CountyAssessment county : data.assessments()) {
            String prefix = CountyPaths.prefix(county.county(), data.content().counties());
            for (YearAssessment year : county.years()) {
                result.add(() -> page(county, year, prefix, false));
            }
            county.latest().ifPresent(latest -> result.add(() -> page(county, latest, prefix, true)));
        }
        if (Portal.several(data.content().counties())) {
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
                row.add(pages.county(county.county()));
                row.add(pages.schoolYear(latest.year()));
                row.add(pages.status(latest.verdict().outcome()).text());
                for (Stage stage : AssessmentViews.STAGES) {
                    long over = latest.resources().cvs().stream()
                            .filter(cv -> cv.stage() == stage && cv.outcome() == Outcome.NOT_MET).count();
                    row.add(over == 0 ? pages.label("compare.none") : pages.label("compare.items", "n", over));
                }
                for (Stage stage : AssessmentViews.STAGES) {
                    List<SchoolPartResult> parts = latest.resources().parts(stage);
                    long met = parts.stream()
                            .filter(p -> p.verdict().map(v -> v.outcome() == Outcome.MET).orElse(false)).count();
                    row.add(met + "/" + parts.size());
                }
                rows.add(row);
                links.add(new Link(pages.county(county.county()), CountyPaths.assessment(prefix, latest.year(), true)));
            });
        }
        TableView table = new TableView(pages.label("assessment.compare"), List.of(pages.label("compare.county"),
                pages.label("stat.year"), pages.label("assessment.verdict"),
                pages.label("compare.over", "stage", pages.stage(Stage.PRIMARY)),
                pages.label("compare.over", "stage", pages.stage(Stage.JUNIOR)),
                pages.label("compare.meeting", "stage", pages.stage(Stage.PRIMARY)),
                pages.label("compare.meeting", "stage", pages.stage(Stage.JUNIOR))), rows);
        return pages.page("assessment/", "assessment-compare.ftlh", pages.label("assessment.compare"), "assessment",
                pages.label("assessment.compare-description"), Map.of("table", table, "counties", links));
    }

    /** The page makes its model (every stage's tables and charts) when it is written, on any of the build's threads. */
    private Page page(CountyAssessment county, YearAssessment year, String prefix, boolean latest) {
        String title = pages.label("assessment.page-title", "county", pages.county(county.county()), "year",
                pages.schoolYear(year.year()));
        String url = CountyPaths.assessment(prefix, year.year(), latest);
        Page page = pages.page(url, "assessment.ftlh", title, "assessment",
                pages.label("assessment.page-description", "document", pages.text(county.standards().document())),
                () -> model(county, year, prefix, latest));
        return page.withInputKey(scopes.key(county.county().code(), pages.interfaceDigest(), page));
    }

    private Map<String, Object> model(CountyAssessment county, YearAssessment year, String prefix, boolean latest) {
        StandardSet standards = county.standards();
        AssessmentViews views = new AssessmentViews(pages, standards, charts, prefix);
        String chartPage = "assessment-" + (latest ? "latest" : String.valueOf(year.year()));
        ResourceAllocation resources = year.resources();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("county", pages.county(county.county()));
        model.put("year", pages.schoolYear(year.year()));
        model.put("years", county.years().stream()
                .map(y -> new Link(pages.schoolYear(y.year()), CountyPaths.assessment(prefix, y.year(), false)))
                .toList());
        model.put("currentYear", CountyPaths.assessment(prefix, year.year(), false));
        model.put("standard", pages.text(standards.name()));
        model.put("document", pages.text(standards.document()));
        model.put("overrides", standards.overrides().stream().map(o -> pages.chinese(o.provenance().citation())).toList());
        model.put("verdict", pages.status(year.verdict().outcome()));
        model.put("failures", AssessmentViews.texts(pages, year.verdict().failures()));
        model.put("undecided", AssessmentViews.texts(pages, year.verdict().undecided()));
        model.put("parts", year.verdict().parts().stream()
                .map(p -> new PartStatus(pages.text(p.part().title()), p.part().key(), pages.status(p.outcome())))
                .toList());
        List<StageCvs> stages = new ArrayList<>();
        List<ChartView> meeting = new ArrayList<>();
        List<Map<String, Object>> schoolRule = new ArrayList<>();
        for (Stage stage : AssessmentViews.STAGES) {
            stages.add(views.stageCvs(county.county(), resources, stage, chartPage));
            meeting.add(views.meetingCounts(county.county(), resources, stage, chartPage));
            schoolRule.add(schoolRule(resources, stage));
        }
        model.put("resources", pages.status(resources.outcome()));
        model.put("stages", stages);
        model.put("meeting", meeting);
        model.put("schoolRule", schoolRule);
        model.put("excluded", resources.excluded().stream().map(this::excluded).toList());
        model.put("withoutStatistics", resources.withoutStatistics().stream()
                .map(s -> new SchoolLink(pages.schoolName(s.name()), SchoolPages.url(s.code()),
                        pages.label("assessment.no-statistics"))).toList());
        model.put("sections", year.itemParts().stream().map(views::section).toList());
        year.basicBalance().ifPresent(basic -> model.put("basic", basicBalance(basic)));
        year.inputsSource().ifPresent(source -> model.put("inputsSource", pages.chinese(source.file())));
        return model;
    }

    private Map<String, Object> schoolRule(ResourceAllocation resources, Stage stage) {
        List<SchoolPartResult> parts = resources.parts(stage);
        long met = parts.stream().filter(p -> p.verdict().map(v -> v.outcome() == Outcome.MET).orElse(false)).count();
        List<SchoolLink> failing = parts.stream()
                .filter(p -> p.verdict().map(v -> v.outcome() != Outcome.MET).orElse(true))
                .map(p -> new SchoolLink(pages.schoolPart(p), SchoolPages.url(p.school().code()),
                        p.verdict().map(v -> pages.status(v.outcome()).text() + pages.punctuation("colon")
                                + String.join(pages.punctuation("semicolon"), AssessmentViews.texts(pages, v.reasons())))
                                .orElse("")))
                .toList();
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("stage", pages.stage(stage));
        rule.put("summary", pages.label("assessment.school-rule-summary", "stage", pages.stage(stage), "n", parts.size(),
                "met", met));
        rule.put("failing", failing);
        return rule;
    }

    private SchoolLink excluded(ExcludedSchool excluded) {
        String students = excluded.students().isPresent()
                ? pages.label("assessment.excluded-students", "n", excluded.students().getAsInt()) : "";
        return new SchoolLink(pages.schoolName(excluded.school().name()), SchoolPages.url(excluded.school().code()),
                pages.text(excluded.reason()) + students);
    }

    private TableView basicBalance(ResourceAllocation basic) {
        List<List<String>> rows = new ArrayList<>();
        List<String> indicatorCodes = basic.cvs().stream().map(CvResult::code).distinct().toList();
        for (String code : indicatorCodes) {
            List<String> row = new ArrayList<>();
            Optional<CvResult> any = basic.cvs().stream().filter(c -> c.code().equals(code)).findFirst();
            row.add(any.map(c -> pages.text(c.indicator().name())).orElse(code));
            for (Stage stage : AssessmentViews.STAGES) {
                row.add(basic.cv(code, stage).map(ResultFormat::cv).orElse(Numbers.NOT_REPORTED));
            }
            rows.add(row);
        }
        List<String> composite = new ArrayList<>(List.of(pages.label("basic.composite")));
        for (Stage stage : AssessmentViews.STAGES) {
            Optional<CompositeCvResult> result = basic.composite(stage);
            composite.add(result.flatMap(CompositeCvResult::value)
                    .map(v -> Rounding.cv(v) + pages.bracketed(pages.label("col.limit") + " "
                            + result.get().limit().map(l -> l.value().stripTrailingZeros().toPlainString()).orElse("—")
                            + pages.punctuation("comma") + pages.outcome(result.get().outcome())))
                    .orElse(Numbers.NOT_REPORTED));
        }
        rows.add(composite);
        return new TableView(pages.label("basic.caption", "year", pages.schoolYear(basic.year())),
                List.of(pages.label("col.indicator"), pages.stage(Stage.PRIMARY), pages.stage(Stage.JUNIOR)), rows);
    }
}
