package org.junheng.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junheng.content.Content;
import org.junheng.content.County;
import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;

/**
 * The school index ({@code /schools/}) and one profile per school ({@code /schools/{code}/}). On a
 * portal of several counties the index lists the counties, and each county's schools have their
 * own index at {@code counties/{code}/schools/}: towns of the same name in two counties are two
 * places, and a parent looks for a school in their own county.
 */
final class SchoolPages {

    private final PageFactory pages;
    private final Content content;
    private final Map<String, School> schools;
    private final Map<String, SchoolStatistics> latest;
    private final Map<String, County> counties;
    private final Portal portal;
    private final ProfileSections sections;
    /** Built once, so that no profile looks through every school, statistics row or document. */
    private final Map<String, List<SchoolStatistics>> statisticsBySchool;
    private final Map<String, List<School>> teachingPoints;
    private final Map<String, List<DocumentCard>> documentsBySchool = new java.util.HashMap<>();
    private final SchoolFinder finder;
    private final CountyScopes scopes;

    /**
     * @param scopes what each county's profiles read, to key them by their inputs (see {@link CountyScopes})
     * @param index  the registry, statistics and teaching points by school
     */
    SchoolPages(PageFactory pages, Content content, ProfileSections sections, SchoolFinder finder,
                CountyScopes scopes, SchoolIndex index) {
        this.pages = pages;
        this.content = content;
        this.schools = index.schools();
        this.latest = index.latest();
        this.counties = content.counties().stream().collect(Collectors.toMap(County::code, Function.identity()));
        this.portal = new Portal(content.counties(), schools);
        this.sections = sections;
        this.statisticsBySchool = index.statistics();
        this.teachingPoints = index.teachingPoints();
        for (var document : content.documents()) {
            DocumentCard card = DisclosurePages.card(pages, document);
            document.schoolCodes().stream().distinct()
                    .forEach(code -> documentsBySchool.computeIfAbsent(code, c -> new ArrayList<>()).add(card));
        }
        this.finder = finder;
        this.scopes = scopes;
    }

    static String url(String code) {
        return "schools/" + code + "/";
    }

    /** The indexes, and every school's profile planned: made when it is written. */
    List<PlannedPage> pages() {
        List<PlannedPage> result = new ArrayList<>();
        if (portal.several()) {
            Map<String, List<School>> byCounty = content.schools().stream()
                    .collect(Collectors.groupingBy(School::countyCode));
            result.add(countiesIndex(byCounty));
            content.counties().forEach(county ->
                    result.add(() -> countyIndex(county, byCounty.getOrDefault(county.code(), List.of()))));
        } else {
            result.add(index());
        }
        for (School school : content.schools()) {
            result.add(() -> profile(school));
        }
        return result;
    }

    /** Where a county's schools are listed: the school index, or on a portal the county's own. */
    static String index(County county, List<County> counties) {
        return CountyPaths.prefix(county, counties) + "schools/";
    }

    private Page index() {
        return pages.page("schools/", "schools.ftlh", pages.label("schools.title"), "schools",
                pages.label("schools.description"), () -> indexModel(content.schools())); // every school's card, made on the build's threads
    }

    /** A portal's school index: each county with its number of schools, leading to their index. */
    private Page countiesIndex(Map<String, List<School>> byCounty) {
        List<Fact> list = content.counties().stream().map(county -> Fact.link(pages.county(county),
                pages.label("schools.county-count", "n", Numbers.integer(byCounty.getOrDefault(county.code(),
                        List.of()).size())), index(county, content.counties()))).toList();
        return pages.page("schools/", "county-list.ftlh", pages.label("schools.title"), "schools",
                pages.label("schools.counties-description", "n", Numbers.integer(content.schools().size())),
                Map.of("counties", list));
    }

    private Page countyIndex(County county, List<School> schoolsOfCounty) {
        String name = pages.county(county);
        Page page = pages.page(index(county, content.counties()), "schools.ftlh",
                pages.label("schools.county-title", "county", name), "schools",
                pages.label("schools.county-description", "county", name), () -> {
                    Map<String, Object> model = indexModel(schoolsOfCounty);
                    model.put("up", new Link(pages.label("schools.title"), "schools/"));
                    return model;
                });
        return page.withInputKey(scopes.key(county.code(), pages.interfaceDigest(), page));
    }

    private Map<String, Object> indexModel(List<School> listed) {
        Map<String, List<School>> byTown = listed.stream()
                .collect(Collectors.groupingBy(School::town, () -> new TreeMap<>(new ChineseOrder()), Collectors.toList()));
        List<SchoolGroup> towns = new ArrayList<>();
        int number = 0;
        for (Map.Entry<String, List<School>> town : byTown.entrySet()) {
            number++;
            Map<SchoolType, List<SchoolListing>> byType = new TreeMap<>();
            for (School school : town.getValue()) {
                byType.computeIfAbsent(school.type(), type -> new ArrayList<>())
                        .add(new SchoolListing(card(school), finder.keys(school)));
            }
            List<SchoolGroup> types = new ArrayList<>();
            int typeNumber = 0;
            for (Map.Entry<SchoolType, List<SchoolListing>> type : byType.entrySet()) {
                typeNumber++;
                types.add(new SchoolGroup(type.getKey().name(), pages.type(type.getKey()),
                        "town-" + number + "-" + typeNumber, type.getValue(), List.of()));
            }
            towns.add(new SchoolGroup(town.getKey(), pages.chinese(town.getKey()), "town-" + number, List.of(), types));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("towns", towns);
        model.put("total", Numbers.integer(listed.size()));
        model.put("filters", Map.of("stages", finder.stages(listed), "towns", finder.towns(listed),
                "localities", finder.localities(listed), "ownerships", finder.ownerships(listed)));
        return model;
    }

    SchoolCard card(School school) {
        SchoolStatistics figures = latest.get(school.code());
        String students = figures == null ? Numbers.NOT_REPORTED : Numbers.integer(figures.totalStudents());
        return new SchoolCard(school.code(), pages.schoolName(school.name()), url(school.code()),
                pages.type(school.type()), pages.chinese(school.town()), pages.locality(school.locality()),
                pages.ownership(school.ownership()), students, pages.chinese(String.join("、", school.aliases())));
    }

    private Page profile(School school) {
        Page page = pages.page(url(school.code()), "school.ftlh", "schools", () -> new PageFactory.Head(
                pages.schoolName(school.name()), pages.label("school.summary", "name", pages.schoolName(school.name()),
                        "type", pages.type(school.type()), "town", pages.chinese(school.town()))
                        + pages.label("school.description")), () -> profileModel(school));
        return page.withInputKey(scopes.key(school.countyCode(), pages.interfaceDigest(), page));
    }

    private Map<String, Object> profileModel(School school) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("school", card(school));
        portal.countyOf(school.code()).ifPresent(county ->
                model.put("countyIndex", new Link(pages.county(county), index(county, content.counties()))));
        model.put("facts", facts(school));
        Optional<SchoolStatistics> figures = Optional.ofNullable(latest.get(school.code()));
        model.put("year", figures.map(f -> pages.schoolYear(f.year())).orElse(""));
        figures.ifPresent(f -> {
            model.put("stageTable", stageTable(f));
            model.put("facilities", facilities(f));
        });
        model.put("trend", trend(school));
        model.put("documents", documents(school));
        model.putAll(sections.forSchool(school));
        qrCode(url(school.code())).ifPresent(code -> model.put("qrCode", code));
        return model;
    }

    /** The page's absolute address as a QR code for its printed summary; a site without one prints none. */
    private Optional<QrCodeView> qrCode(String url) {
        String baseUrl = pages.site().baseUrl();
        if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
            return Optional.empty();
        }
        String address = baseUrl + pages.language().prefix() + url;
        return Optional.of(new QrCodeView(address, pages.label("print.qr") + pages.punctuation("colon") + address));
    }

    private List<Fact> facts(School school) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.text(pages.label("fact.code"), school.code()));
        facts.add(Fact.text(pages.label("fact.type"), pages.type(school.type())));
        if (!school.aliases().isEmpty()) {
            facts.add(Fact.text(pages.label("fact.aliases"), pages.chinese(String.join("、", school.aliases()))));
        }
        Optional.ofNullable(counties.get(school.countyCode()))
                .ifPresent(county -> facts.add(Fact.text(pages.label("fact.county"), pages.county(county))));
        facts.add(Fact.text(pages.label("fact.town"), pages.chinese(school.town())));
        facts.add(Fact.text(pages.label("fact.locality"), pages.locality(school.locality())));
        facts.add(Fact.text(pages.label("fact.ownership"), pages.ownership(school.ownership())));
        facts.add(Fact.text(pages.label("fact.boarding"), pages.label(school.boarding() ? "yes" : "no")));
        school.parentCode().map(schools::get).ifPresent(parent ->
                facts.add(Fact.link(pages.label("fact.parent"), pages.schoolName(parent.name()), url(parent.code()))));
        teachingPoints.getOrDefault(school.code(), List.of())
                .forEach(point -> facts.add(Fact.link(pages.label("fact.teaching-point"), pages.schoolName(point.name()),
                        url(point.code()))));
        school.founded().ifPresent(year -> facts.add(Fact.text(pages.label("fact.founded"), pages.year(year))));
        school.address().ifPresent(address -> facts.add(Fact.text(pages.label("fact.address"), pages.chinese(address))));
        school.phone().ifPresent(phone -> facts.add(Fact.text(pages.label("fact.phone"), phone)));
        school.website().filter(site -> site.startsWith("http://") || site.startsWith("https://"))
                .ifPresent(site -> facts.add(Fact.externalLink(pages.label("fact.website"), site, site)));
        return facts;
    }

    private TableView stageTable(SchoolStatistics figures) {
        List<Stage> stages = figures.stages().keySet().stream().toList();
        List<String> columns = new ArrayList<>();
        columns.add(pages.label("stat.item"));
        stages.forEach(stage -> columns.add(pages.stage(stage)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("stat.students", stages, figures, StageStatistics::students));
        rows.add(row("stat.classes", stages, figures, StageStatistics::classes));
        List<String> average = new ArrayList<>(List.of(pages.label("stat.average-class")));
        for (Stage stage : stages) {
            StageStatistics s = figures.stages().get(stage);
            average.add(s.students().isPresent() && s.classes().isPresent() && s.classes().getAsInt() > 0
                    ? Numbers.decimal((double) s.students().getAsInt() / s.classes().getAsInt(), 1)
                    : Numbers.NOT_REPORTED);
        }
        rows.add(average);
        rows.add(row("stat.largest-class", stages, figures, StageStatistics::largestClass));
        rows.add(row("stat.teachers", stages, figures, StageStatistics::teachers));
        rows.add(row("stat.teachers-above-degree", stages, figures, StageStatistics::teachersAboveDegree));
        rows.add(row("stat.backbone-teachers", stages, figures, StageStatistics::backboneTeachers));
        rows.add(row("stat.pe-teachers", stages, figures, StageStatistics::peTeachers));
        rows.add(row("stat.music-teachers", stages, figures, StageStatistics::musicTeachers));
        rows.add(row("stat.art-teachers", stages, figures, StageStatistics::artTeachers));
        rows.add(row("stat.mid-senior-title-teachers", stages, figures, StageStatistics::midSeniorTitleTeachers));
        return new TableView(pages.label("school.stage-table") + pages.bracketed(pages.schoolYear(figures.year())),
                columns, rows);
    }

    private List<String> row(String label, List<Stage> stages, SchoolStatistics figures,
                             Function<StageStatistics, OptionalInt> value) {
        List<String> row = new ArrayList<>();
        row.add(pages.label(label));
        stages.forEach(stage -> row.add(Numbers.integer(value.apply(figures.stages().get(stage)))));
        return row;
    }

    private TableView facilities(SchoolStatistics f) {
        List<List<String>> rows = List.of(
                List.of(pages.label("stat.teaching-area"), Numbers.measure(f.teachingArea()), pages.label("unit.m2")),
                List.of(pages.label("stat.sports-ground-area"), Numbers.measure(f.sportsGroundArea()), pages.label("unit.m2")),
                List.of(pages.label("stat.sports-hall-area"), Numbers.measure(f.sportsHallArea()), pages.label("unit.m2")),
                List.of(pages.label("stat.equipment-value"), Numbers.measure(f.equipmentValueWan()), pages.label("unit.wan-yuan")),
                List.of(pages.label("stat.multimedia-classrooms"), Numbers.integer(f.multimediaClassrooms()), pages.label("unit.rooms")),
                List.of(pages.label("stat.computers"), Numbers.integer(f.computers()), pages.label("unit.units")),
                List.of(pages.label("stat.books"), Numbers.integer(f.books()), pages.label("unit.volumes")),
                List.of(pages.label("stat.music-rooms"), Numbers.integer(f.musicRooms()), pages.label("unit.rooms")),
                List.of(pages.label("stat.music-room-min-area"), Numbers.measure(f.musicRoomMinArea()), pages.label("unit.m2")),
                List.of(pages.label("stat.art-rooms"), Numbers.integer(f.artRooms()), pages.label("unit.rooms")),
                List.of(pages.label("stat.art-room-min-area"), Numbers.measure(f.artRoomMinArea()), pages.label("unit.m2")));
        return new TableView(pages.label("school.facilities") + pages.bracketed(pages.schoolYear(f.year())),
                List.of(pages.label("stat.item"), pages.label("stat.value"), pages.label("stat.unit")), rows);
    }

    private TableView trend(School school) {
        List<SchoolStatistics> years = statisticsBySchool.getOrDefault(school.code(), List.of());
        List<Stage> stages = years.stream().flatMap(s -> s.stages().keySet().stream()).distinct().sorted().toList();
        List<String> columns = new ArrayList<>();
        columns.add(pages.label("stat.year"));
        stages.forEach(stage -> columns.add(pages.label("stat.stage-students", "stage", pages.stage(stage))));
        columns.add(pages.label("stat.teachers-total"));
        List<List<String>> rows = new ArrayList<>();
        for (SchoolStatistics year : years) {
            List<String> row = new ArrayList<>();
            row.add(pages.schoolYear(year.year()));
            stages.forEach(stage -> row.add(year.stage(stage).map(s -> Numbers.integer(s.students()))
                    .orElse(Numbers.NOT_REPORTED)));
            row.add(teachers(year));
            rows.add(row);
        }
        return new TableView(pages.label("school.trend"), columns, rows);
    }

    private static String teachers(SchoolStatistics year) {
        int total = 0;
        for (StageStatistics stage : year.stages().values()) {
            if (stage.teachers().isEmpty()) {
                return Numbers.NOT_REPORTED;
            }
            total += stage.teachers().getAsInt();
        }
        return Numbers.integer(total);
    }

    private List<DocumentCard> documents(School school) {
        return documentsBySchool.getOrDefault(school.code(), List.of());
    }
}
