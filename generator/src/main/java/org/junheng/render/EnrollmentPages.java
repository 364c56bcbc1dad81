package org.junheng.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junheng.content.Content;
import org.junheng.content.ContactChannel;
import org.junheng.content.County;
import org.junheng.content.Document;
import org.junheng.content.EnrollmentPlan;
import org.junheng.content.EnrollmentPolicy;
import org.junheng.content.EnrollmentYear;
import org.junheng.content.Ownership;
import org.junheng.content.ResultList;
import org.junheng.content.School;
import org.junheng.content.Stage;
import org.junheng.content.TimetableEvent;
import org.junheng.content.Zone;
import org.junheng.indicators.Suppression;
import org.junheng.indicators.ZoneChange;
import org.junheng.indicators.ZoneChanges;
import org.junheng.render.EnrollmentViews.AreaItem;
import org.junheng.render.EnrollmentViews.ChannelView;
import org.junheng.render.EnrollmentViews.Choice;
import org.junheng.render.EnrollmentViews.SchoolAreas;
import org.junheng.render.EnrollmentViews.SchoolEnrollment;
import org.junheng.render.EnrollmentViews.SchoolZoneChange;
import org.junheng.render.EnrollmentViews.StageAreas;
import org.junheng.render.EnrollmentViews.StageTables;
import org.junheng.render.EnrollmentViews.StageZones;
import org.junheng.render.EnrollmentViews.TimelineItem;
import org.junheng.render.EnrollmentViews.TownZones;
import org.junheng.render.EnrollmentViews.YearView;
import org.junheng.render.EnrollmentViews.ZoneChangeView;

/**
 * The enrollment pages: {@code /enrollment/} (the newest year in the data), and per year the
 * policy and timetable, the zone lookup, plans and results, and any result list inside its
 * notice period. Also the enrollment section of each school's profile.
 */
final class EnrollmentPages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Stage> STAGES = List.of(Stage.PRIMARY, Stage.JUNIOR);

    private final PageFactory pages;
    private final Content content;
    private final RenderOptions options;
    private final CountyScopes scopes;
    private final Map<String, School> schools;
    private final Portal portal;
    /** On a portal, each year's zones, plans and admission rows by county, grouped when a county's page first asks. */
    private final Map<Integer, Map<String, List<Zone>>> zonesByCounty = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, Map<String, List<EnrollmentPlan>>> plansByCounty =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, Map<String, List<School>>> admittedByCounty = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<School>> privateSchoolsByCounty;
    private final PinyinIndex pinyin;
    private final Map<Integer, AdmissionTables> admissions;
    /** For the current year, computed once: each school's zones and plans. */
    private final Map<String, List<Zone>> currentZones;
    private final Map<String, List<EnrollmentPlan>> currentPlans;
    /** Zone changes by year and county (see {@link #zoneChanges}). */
    private final Map<String, List<ZoneChange>> zoneChanges = new ConcurrentHashMap<>();

    /**
     * @param scopes what the pages read, to key the zones pages by their inputs (see {@link CountyScopes})
     * @param index  the registry and the newest year's zones and plans, by school
     */
    EnrollmentPages(PageFactory pages, Content content, RenderOptions options, CountyScopes scopes, SchoolIndex index) {
        this.pages = pages;
        this.content = content;
        this.options = options;
        this.scopes = scopes;
        this.schools = index.schools();
        this.portal = new Portal(content.counties(), schools);
        this.privateSchoolsByCounty = content.schools().stream().filter(s -> s.ownership() == Ownership.PRIVATE)
                .collect(Collectors.groupingBy(School::countyCode));
        this.pinyin = new PinyinIndex(options.pinyinOverrides());
        this.admissions = index.admissions();
        currentZones = index.currentZones();
        currentPlans = index.currentPlans();
    }

    /**
     * What changed in {@code county}'s zones (the site's, on a one-county site) from its previous
     * year with zones to {@code year}, computed once for the county's zones page and its schools'
     * profiles. On a portal an area belongs to one county: two counties' towns may share a name
     * (城关镇 is in hundreds), and a county's previous year is its own.
     */
    private List<ZoneChange> zoneChanges(EnrollmentYear year, Optional<County> county) {
        return zoneChanges.computeIfAbsent(year.year() + "/" + county.map(County::code).orElse(""),
                key -> previous(year, county).map(previous -> ZoneChanges.between(zonesOf(previous, county),
                        zonesOf(year, county))).orElse(List.of()));
    }

    /**
     * The changes among the zones of a school's county on a portal, of the site otherwise, from the
     * year before {@code year}. Worked out only for the counties whose schools' profiles are made: in
     * a rebuild, one.
     */
    private List<ZoneChange> zoneChanges(EnrollmentYear year, School school) {
        if (!portal.several()) {
            return zoneChanges(year, Optional.empty());
        }
        return portal.countyOf(school.code()).map(county -> zoneChanges(year, Optional.of(county))).orElse(List.of());
    }

    static String yearUrl(int year) {
        return "enrollment/" + year + "/";
    }

    static String zonesUrl(int year) {
        return yearUrl(year) + "zones/";
    }

    /**
     * A county's zones ({@code kind} "zones") or plans and results ("plans") of {@code year}: on a
     * portal of several counties, under the county's prefix.
     */
    private String yearUrl(int year, Optional<County> county, String kind) {
        return county.map(portal::prefix).orElse("") + yearUrl(year) + kind + "/";
    }

    /**
     * Of {@code items}, those of {@code county}'s schools — or all of them on a one-county site —
     * grouped by county once per list ({@code cache}, by year), so that no county's page looks
     * through the whole portal's: with thousands of counties that would be billions of steps.
     */
    private <T> List<T> ofCounty(Map<Integer, Map<String, List<T>>> cache, int year, List<T> items,
                                 java.util.function.Function<T, String> schoolCode, Optional<County> county) {
        if (county.isEmpty()) {
            return items;
        }
        return cache.computeIfAbsent(year, y -> items.stream().collect(Collectors.groupingBy(
                        item -> portal.countyOf(schoolCode.apply(item)).map(County::code).orElse(""))))
                .getOrDefault(county.get().code(), List.of());
    }

    private List<Zone> zonesOf(EnrollmentYear year, Optional<County> county) {
        return ofCounty(zonesByCounty, year.year(), year.zones(), Zone::schoolCode, county);
    }

    static String plansUrl(int year) {
        return yearUrl(year) + "plans/";
    }

    static String calendarUrl(int year) {
        return yearUrl(year) + "calendar.ics";
    }

    static String resultListUrl(ResultList list) {
        return yearUrl(list.year()) + "results/" + list.slug() + "/";
    }

    /** The year {@code /enrollment/} shows: the newest year in the data. */
    Optional<EnrollmentYear> current() {
        return current(content);
    }

    static Optional<EnrollmentYear> current(Content content) {
        return content.enrollment().isEmpty() ? Optional.empty()
                : Optional.of(content.enrollment().get(content.enrollment().size() - 1));
    }

    /** Every year's enrollment pages; on a portal, each county's zones and plans planned: made when written. */
    List<PlannedPage> pages() {
        List<PlannedPage> result = new ArrayList<>();
        Optional<EnrollmentYear> current = current();
        if (current.isEmpty()) {
            result.add(pages.page("enrollment/", "enrollment.ftlh", pages.label("enrollment.title"), "enrollment",
                    pages.label("enrollment.description"), Map.of("years", List.of())));
            return result;
        }
        EnrollmentYear latest = current.get();
        result.add(pages.pageWithCanonical("enrollment/", yearUrl(latest.year()), "enrollment.ftlh",
                title(latest), "enrollment", pages.label("enrollment.description"), yearModel(latest)));
        for (EnrollmentYear year : content.enrollment()) {
            result.add(pages.page(yearUrl(year.year()), "enrollment.ftlh", title(year), "enrollment",
                    pages.label("enrollment.description"), yearModel(year)));
            if (portal.several()) {
                result.add(zonesByCounty(year));
                content.counties().forEach(county ->
                        result.add(() -> yearPage(year, Optional.of(county), "zones", this::zonesModel)));
                result.add(plansByCounty(year));
                content.counties().forEach(county ->
                        result.add(() -> yearPage(year, Optional.of(county), "plans", this::plansModel)));
            } else {
                result.add(yearPage(year, Optional.empty(), "zones", this::zonesModel));
                result.add(yearPage(year, Optional.empty(), "plans", this::plansModel));
            }
            year.resultLists().stream().filter(list -> list.publishableOn(options.buildDate()))
                    .forEach(list -> result.add(resultListPage(list)));
        }
        return result;
    }

    private String title(EnrollmentYear year) {
        return year.policy().map(EnrollmentPolicy::title).map(pages::chinese)
                .orElse(year.year() + pages.label("enrollment.year-title"));
    }

    private List<Choice> years(int shown) {
        return content.enrollment().stream().map(y -> new Choice(pages.year(y.year()), yearUrl(y.year()),
                y.year() == shown)).toList();
    }

    private Map<String, Object> yearModel(EnrollmentYear year) {
        Map<String, Document> documents = content.documents().stream()
                .collect(Collectors.toMap(Document::slug, d -> d));
        Optional<EnrollmentPolicy> policy = year.policy();
        YearView view = new YearView(year.year(), title(year),
                policy.map(p -> p.date().toString()).orElse(""),
                policy.map(EnrollmentPolicy::bodyHtml).orElse(""),
                policy.isPresent() && pages.english() ? pages.label("enrollment.in-chinese") : "",
                year.timetable().stream().map(event -> timeline(event, year.year())).toList(),
                year.timetable().isEmpty() ? "" : calendarUrl(year.year()),
                policy.map(p -> p.materials().stream().map(pages::chinese).toList()).orElse(List.of()),
                policy.map(p -> p.channels().stream().map(this::channel).toList()).orElse(List.of()),
                policy.map(p -> p.documentSlugs().stream().map(documents::get).filter(d -> d != null)
                        .map(d -> DisclosurePages.card(pages, d)).toList()).orElse(List.of()),
                year.resultLists().stream().filter(list -> list.publishableOn(options.buildDate()))
                        .map(list -> new Link(pages.chinese(list.title()), resultListUrl(list))).toList(),
                year.zones().isEmpty() ? "" : zonesUrl(year.year()),
                plansUrl(year.year()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("enrollment", view);
        model.put("years", years(year.year()));
        return model;
    }

    private TimelineItem timeline(TimetableEvent event, int year) {
        String when = event.start().equals(event.end()) ? day(event.start(), year)
                : day(event.start(), year) + (pages.english() ? "–" : "—") + day(event.end(), year);
        return new TimelineItem(when, event.start().toString(), event.end().toString(), pages.chinese(event.event()),
                event.stage().map(pages::stage).orElse(""), pages.chinese(event.detail().orElse("")));
    }

    private String day(LocalDate date, int year) {
        if (pages.english()) {
            String day = date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH);
            return date.getYear() == year ? day : day + " " + date.getYear();
        }
        String day = date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        return date.getYear() == year ? day : date.getYear() + "年" + day;
    }

    private ChannelView channel(ContactChannel channel) {
        return new ChannelView(pages.chinese(channel.purpose()), pages.chinese(channel.name()), channel.phone(),
                "tel:" + channel.phone().replaceAll("[^0-9]", ""), pages.chinese(channel.hours().orElse("")));
    }

    /**
     * A year's zones ({@code kind} "zones") or plans and results ("plans") — on a portal, of one
     * county. The page makes its model when it is written, on any of the build's threads, and not
     * at all if the enrollment, the registry and the options are as they were: it reads nothing else.
     */
    private Page yearPage(EnrollmentYear year, Optional<County> county, String kind,
                          java.util.function.BiFunction<EnrollmentYear, Optional<County>, Map<String, Object>> model) {
        String title = year.year() + county.map(c -> pages.label(kind + ".county-title", "county", pages.county(c)))
                .orElse(pages.label(kind + ".title"));
        Page page = pages.page(yearUrl(year.year(), county, kind), kind + ".ftlh", title, "enrollment",
                pages.label(kind + ".description"), () -> model.apply(year, county));
        return page.withInputKey(scopes.siteWideKey(pages.interfaceDigest(), page));
    }

    /**
     * On a portal of several counties, a year's zones are listed county by county: each county's
     * towns, lookup and changes on a page of its own, so that no parent downloads a whole
     * province's zones (megabytes at national size) and no two towns of the same name are merged.
     */
    private Page zonesByCounty(EnrollmentYear year) {
        Map<String, Long> areas = year.zones().stream().collect(Collectors.groupingBy(
                zone -> portal.countyOf(zone.schoolCode()).map(County::code).orElse(""), Collectors.counting()));
        return byCounty(year, "zones", areas);
    }

    /**
     * A year's zones ({@code kind} "zones") or plans ("plans") on a portal: each county with how
     * many it has of that year, leading to the county's own page; it reads the enrollment and the
     * registry only, so it is keyed by the site-wide inputs.
     */
    private Page byCounty(EnrollmentYear year, String kind, Map<String, Long> counts) {
        List<Fact> list = content.counties().stream().map(county -> {
            long count = counts.getOrDefault(county.code(), 0L);
            return count == 0 ? Fact.text(pages.county(county), pages.label(kind + ".county-none"))
                    : Fact.link(pages.county(county), pages.label(kind + ".county-count", "n",
                    Numbers.integer(count)), yearUrl(year.year(), Optional.of(county), kind));
        }).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("counties", list);
        model.put("up", new Link(pages.label("nav.enrollment"), yearUrl(year.year())));
        Page page = pages.page(yearUrl(year.year(), Optional.empty(), kind), "county-list.ftlh",
                year.year() + pages.label(kind + ".title"), "enrollment", pages.label(kind + ".counties-description"),
                model);
        return page.withInputKey(scopes.siteWideKey(pages.interfaceDigest(), page));
    }

    private Map<String, Object> zonesModel(EnrollmentYear year, Optional<County> county) {
        List<Zone> zones = zonesOf(year, county);
        Map<String, Object> model = new LinkedHashMap<>();
        List<TownZones> towns = towns(zones);
        model.put("towns", towns);
        model.put("index", index(towns));
        model.put("years", content.enrollment().stream().filter(y -> !zonesOf(y, county).isEmpty())
                .map(y -> new Choice(pages.year(y.year()), yearUrl(y.year(), county, "zones"), y.year() == year.year()))
                .toList());
        model.put("yearUrl", yearUrl(year.year()));
        model.put("yearLabel", pages.year(year.year()));
        List<School> privateSchools = county.map(c -> privateSchoolsByCounty.getOrDefault(c.code(), List.of()))
                .orElseGet(() -> content.schools().stream().filter(s -> s.ownership() == Ownership.PRIVATE).toList());
        model.put("privateSchools", privateSchools.stream()
                .map(this::link).toList());
        previous(year, county).ifPresent(previous -> {
            model.put("previousYear", pages.year(previous.year()));
            model.put("changes", zoneChanges(year, county).stream().map(this::change).toList());
        });
        return model;
    }

    /** The newest year before {@code year} with zones — of {@code county}'s schools on a portal. */
    private Optional<EnrollmentYear> previous(EnrollmentYear year, Optional<County> county) {
        return content.enrollment().stream().filter(y -> y.year() < year.year() && !zonesOf(y, county).isEmpty())
                .reduce((a, b) -> b);
    }

    /**
     * The zones as bureaus publish them, school by school: each town's schools of each stage with the
     * areas they admit from. A school is named once per town and stage, not once per area: a county
     * zones hundreds of villages and communities, and each adds its name only to the page.
     */
    private List<TownZones> towns(List<Zone> zonesListed) {
        // towns are sorted as the school list sorts them; schools and areas keep the order the bureau wrote them in
        Map<String, List<Zone>> byTown = zonesListed.stream().filter(zone -> schools.containsKey(zone.schoolCode()))
                .collect(Collectors.groupingBy(Zone::town, () -> new TreeMap<>(new ChineseOrder()), Collectors.toList()));
        List<TownZones> towns = new ArrayList<>();
        AtomicInteger areasNumbered = new AtomicInteger();
        for (Map.Entry<String, List<Zone>> town : byTown.entrySet()) {
            List<StageZones> stages = new ArrayList<>();
            for (Stage stage : STAGES) {
                List<SchoolAreas> admitting = schoolsAdmitting(town.getValue(), stage, areasNumbered);
                if (!admitting.isEmpty()) {
                    stages.add(new StageZones(pages.stage(stage), admitting));
                }
            }
            towns.add(new TownZones(town.getKey(), pages.chinese(town.getKey()), "town-" + (towns.size() + 1), stages));
        }
        return towns;
    }

    /**
     * The schools that one town's {@code zones} name for {@code stage}, each with its areas, numbered
     * on from {@code areasNumbered} so that every area of the page has an id of its own.
     */
    private List<SchoolAreas> schoolsAdmitting(List<Zone> zones, Stage stage, AtomicInteger areasNumbered) {
        Map<String, Map<String, List<Zone>>> bySchool = new LinkedHashMap<>();
        zones.stream().filter(zone -> zone.stage() == stage).forEach(zone -> bySchool
                .computeIfAbsent(zone.schoolCode(), code -> new LinkedHashMap<>())
                .computeIfAbsent(zone.label(), label -> new ArrayList<>()).add(zone));
        List<SchoolAreas> admitting = new ArrayList<>();
        bySchool.forEach((code, areas) -> admitting.add(new SchoolAreas(link(schools.get(code)),
                areas.entrySet().stream().map(area -> new AreaItem("area-" + areasNumbered.incrementAndGet(),
                        area.getKey(), pages.chinese(area.getKey()), note(area.getValue()))).toList())));
        return admitting;
    }

    /** The notes of an area's lines, each once. */
    private String note(List<Zone> lines) {
        return pages.chinese(lines.stream().flatMap(zone -> zone.note().stream()).distinct()
                .collect(Collectors.joining("；")));
    }

    /**
     * The lookup's search index: per area its id and the pinyin of its name. The name and town the
     * script reads from the page, which shows them anyway: in the index they were about 70 bytes an
     * area, 10 KB on the zones page of a county of 70 schools.
     */
    private String index(List<TownZones> towns) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (TownZones town : towns) {
            for (AreaItem area : town.areas()) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("id", area.id());
                entry.put("i", pinyin.initials(area.name()));
                entry.put("p", pinyin.full(area.name()));
                entries.add(entry);
            }
        }
        try {
            // the index sits inside a <script> element: no "</" may end it early
            return JSON.writeValueAsString(entries).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ZoneChangeView change(ZoneChange change) {
        String kind = pages.label("zones.change." + change.kind().name().toLowerCase(java.util.Locale.ROOT));
        return new ZoneChangeView(kind, pages.stage(change.area().stage()), pages.chinese(change.area().town()),
                pages.chinese(change.label()),
                links(change.before()), links(change.after()));
    }

    private List<Link> links(SortedSet<String> codes) {
        return codes.stream().map(schools::get).filter(s -> s != null).map(this::link).toList();
    }

    private Link link(School school) {
        return new Link(pages.schoolName(school.name()), SchoolPages.url(school.code()));
    }

    /** On a portal of several counties, a year's plans and results are listed county by county, as its zones are. */
    private Page plansByCounty(EnrollmentYear year) {
        Map<String, java.util.Set<String>> schoolsByCounty = new HashMap<>();
        java.util.stream.Stream.concat(year.plans().stream().map(EnrollmentPlan::schoolCode),
                year.admissions().stream().map(org.junheng.content.Admission::schoolCode))
                .forEach(code -> portal.countyOf(code).ifPresent(county ->
                        schoolsByCounty.computeIfAbsent(county.code(), c -> new java.util.HashSet<>()).add(code)));
        Map<String, Long> counts = new HashMap<>();
        schoolsByCounty.forEach((county, codes) -> counts.put(county, (long) codes.size()));
        return byCounty(year, "plans", counts);
    }

    private Map<String, Object> plansModel(EnrollmentYear year, Optional<County> county) {
        AdmissionTables tables = admissions.get(year.year());
        List<EnrollmentPlan> plansListed = ofCounty(plansByCounty, year.year(), year.plans(), EnrollmentPlan::schoolCode,
                county);
        List<School> admitting = ofCounty(admittedByCounty, year.year(), tables.schools(), School::code, county);
        List<StageTables> stages = new ArrayList<>();
        for (Stage stage : STAGES) {
            List<EnrollmentPlan> plans = plansListed.stream().filter(p -> p.stage() == stage)
                    .filter(p -> schools.containsKey(p.schoolCode()))
                    .sorted(java.util.Comparator.comparing(EnrollmentPlan::schoolCode)).toList();
            Optional<AdmissionTables.StageResults> stageResults = tables.stage(stage);
            // a county's rows of the portal's table, found by code rather than by reading every row
            List<Integer> rows = stageResults.map(r -> county.isEmpty()
                    ? java.util.stream.IntStream.range(0, r.schools().size()).boxed().toList()
                    : admitting.stream().map(school -> r.rowOf(school.code())).flatMap(Optional::stream).sorted()
                    .toList()).orElse(List.of());
            Optional<AdmissionTables.StageResults> results = stageResults.filter(r -> !rows.isEmpty());
            if (plans.isEmpty() && results.isEmpty()) {
                continue;
            }
            TableView planTable = plans.isEmpty() ? null : planTable(stage, plans);
            TableView applicants = results.map(r -> AdmissionTables.view(pages,
                    pages.label("plans.stage-caption", "stage", pages.stage(stage), "table",
                            pages.label("plans.applicants-by-category")), r, r.applicants(), rows, county.isEmpty()))
                    .orElse(null);
            TableView admitted = results.map(r -> AdmissionTables.view(pages,
                    pages.label("plans.stage-caption", "stage", pages.stage(stage), "table",
                            pages.label("plans.admitted-by-category")), r, r.admitted(), rows, county.isEmpty()))
                    .orElse(null);
            stages.add(new StageTables(pages.stage(stage), stage.key(), planTable, applicants, admitted));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("stages", stages);
        model.put("yearUrl", yearUrl(year.year()));
        model.put("suppressionNote", suppressionNote());
        model.put("years", content.enrollment().stream()
                .map(y -> new Choice(pages.year(y.year()), yearUrl(y.year(), county, "plans"), y.year() == year.year()))
                .toList());
        return model;
    }

    private String suppressionNote() {
        return pages.label("plans.suppression").replace("{code}", Suppression.CODE)
                .replace("{threshold}", Integer.toString(options.suppressionThreshold()));
    }

    private TableView planTable(Stage stage, List<EnrollmentPlan> plans) {
        List<List<String>> rows = new ArrayList<>();
        int classes = 0;
        int places = 0;
        boolean allClasses = true;
        for (EnrollmentPlan plan : plans) {
            rows.add(List.of(pages.schoolName(schools.get(plan.schoolCode()).name()), Numbers.integer(plan.classes()),
                    Numbers.integer(plan.places())));
            allClasses &= plan.classes().isPresent();
            classes += plan.classes().orElse(0);
            places += plan.places();
        }
        rows.add(List.of(pages.label("plans.county-total"), allClasses ? Numbers.integer(classes) : Numbers.NOT_REPORTED,
                Numbers.integer(places)));
        return new TableView(pages.label("plans.stage-caption", "stage", pages.stage(stage), "table",
                pages.label("plans.plan-caption")),
                List.of(pages.label("plans.school"), pages.label("plans.classes"), pages.label("plans.places")), rows);
    }

    private Page resultListPage(ResultList list) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("list", new TableView(pages.chinese(list.title()),
                list.columns().stream().map(pages::chinese).toList(),
                list.rows().stream().map(row -> row.stream().map(pages::chinese).toList()).toList()));
        model.put("noticeStart", list.noticeStart().toString());
        model.put("noticeEnd", list.noticeEnd().toString());
        model.put("published", list.published().toString());
        model.put("yearUrl", yearUrl(list.year()));
        list.schoolCode().map(schools::get).ifPresent(s -> model.put("school", link(s)));
        return pages.page(resultListUrl(list), "result-list.ftlh", pages.chinese(list.title()), "enrollment",
                pages.label("results.description"), model);
    }

    /** The enrollment section of a school's profile, for the current year, if the school takes part in it. */
    Map<String, Object> profile(School school) {
        Optional<EnrollmentYear> current = current();
        if (current.isEmpty()) {
            return Map.of();
        }
        EnrollmentYear year = current.get();
        List<StageAreas> zones = new ArrayList<>();
        for (Stage stage : STAGES) {
            Map<String, List<String>> byTown = new LinkedHashMap<>();
            currentZones.getOrDefault(school.code(), List.of()).stream().filter(z -> z.stage() == stage)
                    .forEach(z -> byTown.computeIfAbsent(z.town(), t -> new ArrayList<>()).add(z.label()));
            List<String> areas = byTown.entrySet().stream()
                    .map(e -> pages.chinese(e.getKey() + "：" + String.join("、", e.getValue()))).toList();
            if (!areas.isEmpty()) {
                zones.add(new StageAreas(pages.stage(stage), areas));
            }
        }
        Optional<EnrollmentYear> previous = previous(year, portal.countyOf(school.code()));
        List<SchoolZoneChange> changes = ZoneChanges.forSchool(zoneChanges(year, school), school.code())
                .stream()
                .map(c -> schoolChange(c, school.code())).toList();
        TableView plan = schoolPlan(year, school);
        TableView admitted = schoolAdmitted(year, school);
        if (zones.isEmpty() && changes.isEmpty() && plan == null && admitted == null) {
            return Map.of();
        }
        return Map.of("enrollment", new SchoolEnrollment(pages.year(year.year()), yearUrl(year.year()),
                year.zones().isEmpty() ? "" : yearUrl(year.year(), portal.countyOf(school.code()), "zones"), zones,
                previous.map(p -> pages.year(p.year())).orElse(""), changes, plan, admitted, suppressionNote()));
    }

    private SchoolZoneChange schoolChange(ZoneChange change, String code) {
        boolean gained = change.after().contains(code);
        String key = switch (change.kind()) {
            case ADDED -> "zones.school.added";
            case REMOVED -> "zones.school.removed";
            case MOVED -> gained ? "zones.school.moved-in" : "zones.school.moved-out";
        };
        SortedSet<String> others = new java.util.TreeSet<>(gained ? change.before() : change.after());
        others.remove(code);
        return new SchoolZoneChange(pages.chinese(change.area().town() + " " + change.label()),
                pages.stage(change.area().stage()),
                pages.label(key), links(others));
    }

    private TableView schoolPlan(EnrollmentYear year, School school) {
        AdmissionTables tables = admissions.get(year.year());
        List<List<String>> rows = new ArrayList<>();
        for (Stage stage : STAGES) {
            Optional<EnrollmentPlan> plan = currentPlans.getOrDefault(school.code(), List.of()).stream()
                    .filter(p -> p.stage() == stage).findFirst();
            Optional<AdmissionTables.StageResults> results = tables.stage(stage);
            Optional<Integer> row = results.flatMap(r -> r.rowOf(school.code()));
            if (plan.isEmpty() && row.isEmpty()) {
                continue;
            }
            rows.add(List.of(pages.stage(stage),
                    plan.map(p -> Numbers.integer(p.classes())).orElse(Numbers.NOT_REPORTED),
                    plan.map(p -> Numbers.integer(p.places())).orElse(Numbers.NOT_REPORTED),
                    row.map(r -> AdmissionTables.cell(results.get().applicants(), r, results.get().categories().size()))
                            .orElse(Numbers.NOT_REPORTED),
                    row.map(r -> AdmissionTables.cell(results.get().admitted(), r, results.get().categories().size()))
                            .orElse(Numbers.NOT_REPORTED)));
        }
        return rows.isEmpty() ? null : new TableView(year.year() + pages.label("school.enrollment-plan"),
                List.of(pages.label("plans.stage"), pages.label("plans.classes"), pages.label("plans.places"),
                        pages.label("plans.applicants"), pages.label("plans.admitted")), rows);
    }

    private TableView schoolAdmitted(EnrollmentYear year, School school) {
        AdmissionTables tables = admissions.get(year.year());
        List<String> categories = new ArrayList<>();
        for (Stage stage : STAGES) {
            tables.stage(stage).ifPresent(r -> r.categories().stream().filter(c -> !categories.contains(c))
                    .forEach(categories::add));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Stage stage : STAGES) {
            Optional<AdmissionTables.StageResults> results = tables.stage(stage);
            Optional<Integer> row = results.flatMap(r -> r.rowOf(school.code()));
            if (row.isEmpty()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            cells.add(pages.stage(stage));
            for (String category : categories) {
                int column = results.get().categories().indexOf(category);
                cells.add(column < 0 ? Numbers.NOT_REPORTED : AdmissionTables.cell(results.get().admitted(), row.get(), column));
            }
            cells.add(AdmissionTables.cell(results.get().admitted(), row.get(), results.get().categories().size()));
            rows.add(cells);
        }
        if (rows.isEmpty()) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        columns.add(pages.label("plans.stage"));
        categories.forEach(category -> columns.add(pages.chinese(category)));
        columns.add(pages.label("plans.total"));
        return new TableView(year.year() + pages.label("school.enrollment-admitted"), columns, rows);
    }
}
