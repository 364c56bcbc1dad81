package org.junheng.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junheng.content.Content;
import org.junheng.content.County;
import org.junheng.content.Document;
import org.junheng.content.Partnership;
import org.junheng.content.PartnershipType;
import org.junheng.content.Project;
import org.junheng.content.ProjectStatus;
import org.junheng.content.ProjectTable;
import org.junheng.content.School;
import org.junheng.indicators.ProjectTotal;
import org.junheng.indicators.ProjectTotals;
import org.junheng.render.ProgressViews.IndicatorTag;
import org.junheng.render.ProgressViews.PartnershipGroup;
import org.junheng.render.ProgressViews.PartnershipView;
import org.junheng.render.ProgressViews.ProjectView;
import org.junheng.render.ProgressViews.SchoolPartnership;

/**
 * Progress: improvement projects ({@code /projects/}) with county totals and the overdue ones
 * called out, partnerships ({@code /partnerships/}), and both sections of each school's profile.
 * On a portal of several counties, {@code /projects/} keeps the portal's totals and sets the
 * counties side by side, and each county's projects, overdue ones first, have their own page at
 * {@code counties/{code}/projects/}.
 */
final class ProgressPages {

    static final String PROJECTS = "projects/";
    static final String PARTNERSHIPS = "partnerships/";

    private final PageFactory pages;
    private final Content content;
    private final RenderOptions options;
    private final Map<String, School> schools;
    private final Portal portal;
    private final Map<String, Document> documents;
    /** Built once, so that no profile looks through every project or partnership. */
    private final Map<String, List<Project>> projectsBySchool;
    private final Map<String, List<Partnership>> partnershipsBySchool;

    private final Charts charts;
    private final CountyScopes scopes;

    /** @param scopes what each county's projects page reads, to key it by its inputs (see {@link CountyScopes}) */
    ProgressPages(PageFactory pages, Content content, RenderOptions options, Charts charts, CountyScopes scopes,
                  SchoolIndex index) {
        this.pages = pages;
        this.scopes = scopes;
        this.charts = charts;
        this.content = content;
        this.options = options;
        this.schools = index.schools();
        this.portal = new Portal(content.counties(), schools);
        this.documents = content.documents().stream().collect(Collectors.toMap(Document::slug, d -> d));
        this.projectsBySchool = index.projects();
        this.partnershipsBySchool = index.partnerships();
    }

    /** Budget of all projects against the budget of completed ones, by category. */
    private ChartView budgetChart(String id, List<ProjectTotal> totals) {
        List<String> categories = totals.stream().map(t -> category(t.key())).toList();
        List<Double> planned = totals.stream().map(t -> t.budgetWan().doubleValue()).toList();
        List<Double> done = totals.stream().map(t -> t.doneBudgetWan().doubleValue()).toList();
        List<List<String>> rows = totals.stream().map(t -> List.of(category(t.key()), t.budgetWan().toPlainString(),
                t.doneBudgetWan().toPlainString())).toList();
        java.math.BigDecimal budget = totals.stream().map(ProjectTotal::budgetWan)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        java.math.BigDecimal completed = totals.stream().map(ProjectTotal::doneBudgetWan)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        String description = pages.label("projects.chart-finding", "budget", budget.toPlainString(), "done",
                completed.toPlainString());
        String plannedName = pages.label("projects.chart-planned");
        String doneName = pages.label("projects.chart-done");
        String unit = pages.label("unit.wan-yuan");
        return charts.add(new org.junheng.charts.GroupedBarChartSpec(id,
                pages.label("projects.chart-title"), description, unit, categories,
                List.of(new org.junheng.charts.Series(plannedName, planned),
                        new org.junheng.charts.Series(doneName, done)),
                new org.junheng.charts.ChartTable(List.of(pages.label("projects.category"),
                        plannedName + pages.bracketed(unit), doneName + pages.bracketed(unit)), rows)));
    }

    /** A project category: the known ones by their label, any other as the bureau wrote it. */
    private String category(String key) {
        int known = ProjectTable.CATEGORIES.indexOf(key);
        return known < 0 ? pages.chinese(key) : pages.label("projects.category-" + (known + 1));
    }

    static String projectAnchor(Project project) {
        return "project-" + project.id();
    }

    /** The projects and partnerships pages; on a portal, each county's planned: made when it is written. */
    List<PlannedPage> pages() {
        if (!portal.several()) {
            return List.of(pages.page(PROJECTS, "projects.ftlh", pages.label("projects.title"), "projects",
                    pages.label("projects.description"), projectsModel(ordered(content.projects()), "projects-budget",
                            PARTNERSHIPS)),
                    pages.page(PARTNERSHIPS, "partnerships.ftlh", pages.label("partnerships.title"), "projects",
                            pages.label("partnerships.description"), partnershipsModel(content.partnerships())));
        }
        List<PlannedPage> result = new ArrayList<>();
        result.add(portalProjectsPage());
        Map<String, List<Project>> byCounty = byCounty(ordered(content.projects()));
        content.counties().forEach(county ->
                result.add(() -> countyProjectsPage(county, byCounty.getOrDefault(county.code(), List.of()))));
        result.add(portalPartnershipsPage());
        Map<String, List<Partnership>> partnerships = partnershipsByCounty();
        content.counties().forEach(county ->
                result.add(() -> countyPartnershipsPage(county, partnerships.getOrDefault(county.code(), List.of()))));
        return result;
    }

    /** Each county's partnerships, by the county of the lead school. */
    private Map<String, List<Partnership>> partnershipsByCounty() {
        Map<String, List<Partnership>> byCounty = new LinkedHashMap<>();
        for (Partnership partnership : content.partnerships()) {
            Optional.ofNullable(schools.get(partnership.leadCode())).map(School::countyCode)
                    .ifPresent(county -> byCounty.computeIfAbsent(county, c -> new ArrayList<>()).add(partnership));
        }
        return byCounty;
    }

    /**
     * A portal's partnerships: each county with its number of partnerships. Every partnership has
     * a county, its lead school's: a lead the registry does not hold stops the build.
     */
    private Page portalPartnershipsPage() {
        Map<String, List<Partnership>> byCounty = partnershipsByCounty();
        List<Fact> list = content.counties().stream().map(county -> Fact.link(pages.county(county),
                pages.label("partnerships.county-count", "n",
                        Numbers.integer(byCounty.getOrDefault(county.code(), List.of()).size())),
                portal.prefix(county) + PARTNERSHIPS)).toList();
        Map<String, Object> model = partnershipsModel(List.of());
        model.put("total", Numbers.integer(content.partnerships().size()));
        model.put("counties", list);
        return pages.page(PARTNERSHIPS, "partnerships.ftlh", pages.label("partnerships.title"), "projects",
                pages.label("partnerships.description"), model);
    }

    private Page countyPartnershipsPage(County county, List<Partnership> partnerships) {
        Page page = pages.page(portal.prefix(county) + PARTNERSHIPS, "partnerships.ftlh",
                pages.label("partnerships.county-title", "county", pages.county(county)), "projects",
                pages.label("partnerships.description"), () -> partnershipsModel(partnerships));
        return page.withInputKey(scopes.key(county.code(), pages.interfaceDigest(), page));
    }

    /** Each county's projects, by the county of the school; a project of no school is no county's. */
    private Map<String, List<Project>> byCounty(List<Project> projects) {
        Map<String, List<Project>> byCounty = new LinkedHashMap<>();
        for (Project project : projects) {
            project.schoolCode().map(schools::get).map(School::countyCode)
                    .ifPresent(county -> byCounty.computeIfAbsent(county, c -> new ArrayList<>()).add(project));
        }
        return byCounty;
    }

    /** The portal's totals, a row for each county, and the projects of no school, listed in full. */
    private Page portalProjectsPage() {
        List<Project> projects = ordered(content.projects());
        Map<String, List<Project>> byCounty = byCounty(projects);
        Map<String, Object> model = projectsModel(projects, "projects-budget", PARTNERSHIPS);
        List<CountyProjects> rows = new ArrayList<>();
        for (County county : content.counties()) {
            List<Project> own = byCounty.getOrDefault(county.code(), List.of());
            ProjectTotal total = ProjectTotals.overall(own);
            rows.add(new CountyProjects(pages.county(county), portal.prefix(county) + PROJECTS,
                    Numbers.integer(total.planned()), Numbers.integer(total.done()),
                    Numbers.integer(own.stream().filter(p -> p.overdueOn(options.buildDate())).count()),
                    wan(total.budgetWan())));
        }
        List<Project> ofNoCounty = projects.stream()
                .filter(p -> p.schoolCode().map(schools::get).isEmpty()).toList();
        model.put("countyRows", rows);
        model.put("overdue", ofNoCounty.stream().filter(p -> p.overdueOn(options.buildDate())).map(this::view).toList());
        model.put("projects", ofNoCounty.stream().map(this::view).toList());
        return pages.page(PROJECTS, "projects.ftlh", pages.label("projects.title"), "projects",
                pages.label("projects.description"), model);
    }

    private Page countyProjectsPage(County county, List<Project> projects) {
        String name = pages.county(county);
        Page page = pages.page(portal.prefix(county) + PROJECTS, "projects.ftlh",
                pages.label("projects.county-title", "county", name), "projects",
                pages.label("projects.description"), () -> {
                    Map<String, Object> model = projectsModel(projects, CountyPaths.chartId(county, "projects-budget"),
                            portal.prefix(county) + PARTNERSHIPS);
                    model.put("up", new Link(pages.label("projects.title"), PROJECTS));
                    return model;
                });
        return page.withInputKey(scopes.key(county.code(), pages.interfaceDigest(), page));
    }

    private Map<String, Object> projectsModel(List<Project> projects, String chartId, String partnershipsUrl) {
        List<Project> overdue = projects.stream().filter(p -> p.overdueOn(options.buildDate())).toList();
        ProjectTotal all = ProjectTotals.overall(projects);
        List<Fact> summary = List.of(
                Fact.text(pages.label("projects.count"), Numbers.integer(all.planned())),
                Fact.text(pages.label("projects.done"), Numbers.integer(all.done())),
                Fact.text(pages.label("projects.in-progress"), Numbers.integer(count(projects, ProjectStatus.IN_PROGRESS))),
                Fact.text(pages.label("projects.planned"), Numbers.integer(count(projects, ProjectStatus.PLANNED))),
                Fact.text(pages.label("projects.overdue-count"), Numbers.integer(overdue.size())),
                Fact.text(pages.label("projects.budget"), wan(all.budgetWan())),
                Fact.text(pages.label("projects.done-budget"), wan(all.doneBudgetWan())));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("partnershipsUrl", partnershipsUrl);
        model.put("summary", summary);
        model.put("buildDate", options.buildDate().toString());
        model.put("byCategory", totals(pages.label("projects.by-category"), pages.label("projects.category"),
                ProjectTotals.byCategory(projects, ProjectTable.CATEGORIES), Optional.of(all), false));
        model.put("byIndicator", totals(pages.label("projects.by-indicator"), pages.label("projects.indicator"),
                ProjectTotals.byIndicator(projects), Optional.empty(), true));
        model.put("budgetChart", budgetChart(chartId, ProjectTotals.byCategory(projects, ProjectTable.CATEGORIES)));
        model.put("overdue", overdue.stream().map(this::view).toList());
        model.put("projects", projects.stream().map(this::view).toList());
        return model;
    }

    private static long count(List<Project> projects, ProjectStatus status) {
        return projects.stream().filter(p -> p.status() == status).count();
    }

    /** County-wide projects first, then by school code, then by id. */
    static List<Project> ordered(List<Project> projects) {
        return projects.stream().sorted(Comparator.comparing((Project p) -> p.schoolCode().orElse(""))
                .thenComparing(Project::id)).toList();
    }

    private TableView totals(String caption, String header, List<ProjectTotal> totals, Optional<ProjectTotal> sum,
                             boolean indicators) {
        List<List<String>> rows = new ArrayList<>();
        for (ProjectTotal total : totals) {
            rows.add(row(indicators ? total.key() + " " + indicatorName(total.key()) : category(total.key()), total));
        }
        sum.ifPresent(total -> rows.add(row(pages.label("projects.total"), total)));
        return new TableView(caption, List.of(header, pages.label("projects.count"), pages.label("projects.done"),
                pages.label("projects.budget"), pages.label("projects.done-budget")), rows);
    }

    private static List<String> row(String label, ProjectTotal total) {
        return List.of(label, Numbers.integer(total.planned()), Numbers.integer(total.done()), wan(total.budgetWan()),
                wan(total.doneBudgetWan()));
    }

    /** 万元 as entered: whole numbers without decimals, otherwise up to two places. */
    static String wan(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? Numbers.integer(plain.longValueExact())
                : Numbers.decimal(plain.doubleValue(), Math.min(plain.scale(), 2));
    }

    private String indicatorName(String code) {
        return pages.label("indicator." + code);
    }

    ProjectView view(Project project) {
        Link school = project.schoolCode().map(schools::get)
                .map(s -> new Link(pages.schoolName(s.name()), SchoolPages.url(s.code()))).orElse(null);
        String dash = pages.english() ? "–" : "—";
        String planned = project.plannedStart().map(d -> d + dash).orElse("") + project.plannedEnd();
        String actual = project.actualStart().map(d -> d + dash).orElse("")
                + project.actualEnd().map(Object::toString).orElse("");
        return new ProjectView(project.id(), projectAnchor(project), pages.chinese(project.title()), school,
                category(project.category()),
                project.indicators().stream().map(code -> new IndicatorTag(code, indicatorName(code))).toList(),
                wan(BigDecimal.valueOf(project.budgetWan())), pages.chinese(project.funding()), planned,
                project.plannedEnd().toString(), actual,
                pages.label("projects.status-" + project.status().name().toLowerCase(java.util.Locale.ROOT)),
                project.progress() + "%", project.progress(),
                project.overdueOn(options.buildDate()), documentLinks(project.evidence()));
    }

    private List<Link> documentLinks(List<String> slugs) {
        return slugs.stream().map(documents::get).filter(d -> d != null)
                .map(d -> new Link(pages.chinese(d.title()), DisclosurePages.url(d))).toList();
    }

    private Map<String, Object> partnershipsModel(List<Partnership> partnerships) {
        List<PartnershipGroup> groups = new ArrayList<>();
        for (PartnershipType type : PartnershipType.values()) {
            List<PartnershipView> views = partnerships.stream().filter(p -> p.type() == type)
                    .map(this::view).toList();
            if (!views.isEmpty()) {
                groups.add(new PartnershipGroup(partnershipType(type), "type-" + type.name().toLowerCase(java.util.Locale.ROOT),
                        views));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("groups", groups);
        model.put("total", Numbers.integer(partnerships.size()));
        return model;
    }

    private PartnershipView view(Partnership partnership) {
        String period = partnership.since().map(Object::toString).orElse("")
                + (partnership.since().isPresent() || partnership.until().isPresent()
                        ? (pages.english() ? "–" : "—") : "")
                + partnership.until().map(Object::toString).orElse("");
        return new PartnershipView(partnership.id(), pages.chinese(partnership.name()),
                partnershipType(partnership.type()),
                schoolLink(partnership.leadCode()),
                partnership.memberCodes().stream().map(this::schoolLink).filter(l -> l != null).toList(),
                period, pages.chinese(partnership.summary()), documentLinks(partnership.agreements()),
                documentLinks(partnership.reports()));
    }

    private Link schoolLink(String code) {
        School school = schools.get(code);
        return school == null ? null : new Link(pages.schoolName(school.name()), SchoolPages.url(code));
    }

    private String partnershipType(PartnershipType type) {
        return pages.label("partnerships.type-" + type.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The projects and partnerships sections of a school's profile. */
    Map<String, Object> profile(School school) {
        Map<String, Object> sections = new LinkedHashMap<>();
        List<ProjectView> projects = projectsBySchool.getOrDefault(school.code(), List.of()).stream()
                .map(this::view).toList();
        if (!projects.isEmpty()) {
            sections.put("projects", projects);
            sections.put("projectsUrl", portal.pageOf(school.code(), PROJECTS));
        }
        List<SchoolPartnership> partnerships = partnershipsBySchool.getOrDefault(school.code(), List.of()).stream()
                .map(p -> new SchoolPartnership(new Link(pages.chinese(p.name()), portal.pageOf(p.leadCode(), PARTNERSHIPS) + "#" + p.id()),
                        partnershipType(p.type()),
                        pages.label(p.leadCode().equals(school.code()) ? "partnerships.lead" : "partnerships.member"),
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(p.leadCode()), p.memberCodes().stream())
                                .filter(code -> !code.equals(school.code())).map(this::schoolLink)
                                .filter(l -> l != null).toList()))
                .toList();
        if (!partnerships.isEmpty()) {
            sections.put("partnerships", partnerships);
        }
        return sections;
    }
}
