package org.junheng.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junheng.content.Content;
import org.junheng.content.Document;
import org.junheng.content.School;
import org.junheng.render.EnrollmentViews.Choice;

/**
 * The document list filtered by year, type and school — and on a portal of several counties by
 * county — each as its own server-rendered page ({@code /disclosures/by-year/2024/},
 * {@code /disclosures/by-type/enrollment/}, {@code /disclosures/by-county/{code}/},
 * {@code /disclosures/by-school/{code}/}), so filtering needs no JavaScript.
 */
final class DisclosureFilters {

    /** URL-safe names of the document types. */
    static final Map<String, String> TYPE_SLUGS = Map.of("工作方案", "plan", "自评报告", "self-assessment",
            "整改报告", "rectification", "结对共建", "partnership", "招生公告", "enrollment", "通知", "notice",
            "工作总结", "summary", "其他", "other");
    private static final List<String> TYPE_ORDER = List.of("工作方案", "自评报告", "整改报告", "结对共建", "招生公告",
            "通知", "工作总结", "其他");

    /** A document type as this page's language names it: a known type by its label, any other in Chinese. */
    static String type(PageFactory pages, String type) {
        String slug = TYPE_SLUGS.get(type);
        return slug == null ? pages.chinese(type) : pages.label("doctype." + slug);
    }

    /** One filter value: its label, its page, the documents it selects, and the county of a school's filter (else empty). */
    record Filter(String group, String label, String url, List<Document> documents, String county) {
    }

    /**
     * A filter page lists every school's filter in its navigation only up to this many schools:
     * beyond, each page would repeat a list as long as the site (and the site would grow with the
     * square of its schools), so the navigation names only the page's own school and the full
     * list stays on the disclosures page.
     */
    static final int SCHOOLS_LISTED_ON_EVERY_PAGE = 40;
    private static final String INDEX = "disclosures/";

    private final PageFactory pages;
    private final Content content;
    private final List<Filter> filters;
    private final Map<String, Filter> byUrl;
    /** The filters of each group, in the order of {@link #filters()}: a page's navigation picks from these. */
    private final Map<String, List<Filter>> byGroup;
    private final Map<String, Filter> countyFilters;
    private final Map<String, List<Filter>> schoolFiltersByCounty;
    private final boolean fewSchools;
    /** A portal of several counties: documents are also filtered by county, and a county's page lists its schools. */
    private final boolean portal;

    DisclosureFilters(PageFactory pages, Content content) {
        this.pages = pages;
        this.content = content;
        this.portal = Portal.several(content.counties());
        this.filters = List.copyOf(allFilters());
        this.byUrl = filters.stream().collect(java.util.stream.Collectors.toMap(Filter::url, filter -> filter));
        this.byGroup = new LinkedHashMap<>();
        List.of("year", "type", "county", "school").forEach(group -> byGroup.put(group, new ArrayList<>()));
        filters.forEach(filter -> byGroup.get(filter.group()).add(filter));
        this.countyFilters = byGroup.get("county").stream()
                .collect(java.util.stream.Collectors.toMap(Filter::county, filter -> filter));
        this.schoolFiltersByCounty = byGroup.get("school").stream()
                .collect(java.util.stream.Collectors.groupingBy(Filter::county));
        this.fewSchools = byGroup.get("school").size() <= SCHOOLS_LISTED_ON_EVERY_PAGE;
    }

    /** Every filter with at least one document: by year (newest first), by type, by school. */
    List<Filter> filters() {
        return filters;
    }

    private List<Filter> allFilters() {
        List<Filter> filters = new ArrayList<>();
        Map<Integer, List<Document>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        Map<String, List<Document>> byType = new LinkedHashMap<>();
        TYPE_ORDER.forEach(type -> byType.put(type, new ArrayList<>()));
        Map<String, List<Document>> bySchool = new TreeMap<>();
        for (Document document : content.documents()) {
            byYear.computeIfAbsent(document.date().getYear(), y -> new ArrayList<>()).add(document);
            byType.computeIfAbsent(document.type(), t -> new ArrayList<>()).add(document);
            document.schoolCodes().forEach(code -> bySchool.computeIfAbsent(code, c -> new ArrayList<>()).add(document));
        }
        byYear.forEach((year, documents) -> filters.add(new Filter("year", pages.year(year),
                "disclosures/by-year/" + year + "/", documents, "")));
        byType.forEach((type, documents) -> {
            if (!documents.isEmpty() && TYPE_SLUGS.containsKey(type)) {
                filters.add(new Filter("type", type(pages, type), "disclosures/by-type/" + TYPE_SLUGS.get(type) + "/",
                        documents, ""));
            }
        });
        Map<String, School> schools = content.schoolsByCode();
        if (portal) {
            // a document naming schools of two counties is in both
            Map<String, List<Document>> byCounty = new LinkedHashMap<>();
            content.counties().forEach(county -> byCounty.put(county.code(), new ArrayList<>()));
            for (Document document : content.documents()) {
                document.schoolCodes().stream().map(schools::get).filter(school -> school != null)
                        .map(School::countyCode).distinct().forEach(county -> byCounty.get(county).add(document));
            }
            content.counties().forEach(county -> {
                if (!byCounty.get(county.code()).isEmpty()) {
                    filters.add(new Filter("county", pages.county(county), countyUrl(county.code()),
                            byCounty.get(county.code()), county.code()));
                }
            });
        }
        bySchool.forEach((code, documents) -> {
            School school = schools.get(code);
            if (school != null) {
                filters.add(new Filter("school", pages.schoolName(school.name()), "disclosures/by-school/" + code + "/",
                        documents, school.countyCode()));
            }
        });
        return filters;
    }

    private static String countyUrl(String countyCode) {
        return "disclosures/by-county/" + countyCode + "/";
    }

    /**
     * The filter navigation: per group, each value with its count; {@code currentUrl} marks the one
     * shown. On a portal of several counties every county is listed on the disclosures page only,
     * and elsewhere the county of the page's county or school; a county's schools are listed on
     * their county's page. Listing every county or school on every filter page would make the site
     * grow with the square of its size.
     */
    List<Map<String, Object>> navigation(String currentUrl) {
        Optional<Filter> currentFilter = Optional.ofNullable(byUrl.get(currentUrl));
        String currentCounty = currentFilter.map(Filter::county).orElse("");
        boolean index = currentUrl.equals(INDEX);
        Map<String, List<Filter>> shown = new LinkedHashMap<>();
        shown.put("year", byGroup.get("year"));
        shown.put("type", byGroup.get("type"));
        shown.put("county", index ? byGroup.get("county")
                : Optional.ofNullable(countyFilters.get(currentCounty)).map(List::of).orElse(List.of()));
        List<Filter> schools;
        if (!portal && (fewSchools || index)) {
            schools = byGroup.get("school");
        } else if (portal && currentFilter.map(filter -> filter.group().equals("county")).orElse(false)) {
            schools = schoolFiltersByCounty.getOrDefault(currentCounty, List.of());
        } else {
            schools = currentFilter.filter(filter -> filter.group().equals("school")).map(List::of).orElse(List.of());
        }
        shown.put("school", schools);
        List<Map<String, Object>> navigation = new ArrayList<>();
        shown.forEach((group, filters) -> {
            if (!filters.isEmpty()) {
                navigation.add(Map.of("label", pages.label("filters." + group), "choices", choices(filters, currentUrl)));
            }
        });
        return navigation;
    }

    private List<Choice> choices(List<Filter> filters, String currentUrl) {
        return filters.stream().map(filter -> new Choice(filter.label()
                + pages.bracketed(String.valueOf(filter.documents().size())), filter.url(),
                filter.url().equals(currentUrl))).toList();
    }

    /**
     * Each filter's pages: one, or one per {@link Pagination#SIZE} documents. On a portal of several
     * counties, the pages of a county's filter and of its schools' filters are keyed by their inputs
     * too: they list documents naming that county's schools, each of which is that county's content
     * or site-wide (see {@link ContentShares#countyOf}), and count the documents of each year and type
     * in their navigation, which is digested once for all of them.
     */
    List<Page> pages(CountyScopes scopes) {
        byte[] yearsAndTypes = portal ? ModelDigest.bytesOfValue(List.of(
                choices(byGroup.get("year"), ""), choices(byGroup.get("type"), ""))) : new byte[0];
        List<Page> result = new ArrayList<>();
        for (Filter filter : filters()) {
            String title = pages.label("disclosures.title") + pages.punctuation("colon") + filter.label();
            List<Pagination> numbered = Pagination.of(filter.url(), filter.documents().size());
            boolean ofACounty = portal && !filter.county().isEmpty();
            for (Pagination page : numbered) {
                String pageTitle = numbered.size() == 1 ? title
                        : title + pages.bracketed(pages.label("pagination.page", "n", page.number()));
                Page made = pages.page(page.url(), "disclosures-filter.ftlh", pageTitle, "disclosures",
                        pages.label("disclosures.description"), () -> model(filter, page));
                result.add(ofACounty
                        ? made.withInputKey(scopes.key(filter.county(), pages.interfaceDigest(), made, yearsAndTypes))
                        : made);
            }
        }
        return result;
    }

    /** What the filters are headed with: on a portal they include the counties. */
    String title() {
        return pages.label(portal ? "filters.title-portal" : "filters.title");
    }

    private Map<String, Object> model(Filter filter, Pagination page) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("documents", page.slice(filter.documents()).stream().map(d -> DisclosurePages.card(pages, d)).toList());
        if (page.count() > 1) {
            model.put("pagination", page.view(pages));
        }
        model.put("filters", navigation(filter.url()));
        model.put("filtersTitle", title());
        model.put("filterLabel", filter.label());
        model.put("total", Numbers.integer(filter.documents().size()));
        return model;
    }
}
