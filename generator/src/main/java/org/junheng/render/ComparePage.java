package org.junheng.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junheng.content.Content;
import org.junheng.content.County;
import org.junheng.content.Locality;
import org.junheng.content.Ownership;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.content.School;
import org.junheng.indicators.CountyAssessment;
import org.junheng.indicators.IndicatorDefinition;
import org.junheng.indicators.Outcome;

/**
 * {@code /compare/}: up to four schools side by side, chosen in the address
 * ({@code ?schools=code1,code2}) so the comparison can be shared. The page's script reads each
 * school's published {@code data.json}; the page gives it the interface text it needs. Without
 * JavaScript the page explains itself and links to the indicator pages, which list every school.
 */
final class ComparePage {

    static final String URL = "compare/";
    private static final String PICKER = "compare.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageFactory pages;
    private final SiteData data;
    private final Map<String, List<School>> schoolsByCounty;

    ComparePage(PageFactory pages, SiteData data) {
        this.pages = pages;
        this.data = data;
        this.schoolsByCounty = data.content().schools().stream()
                .collect(java.util.stream.Collectors.groupingBy(School::countyCode));
    }

    Page page() {
        Content content = data.content();
        boolean portal = Portal.several(content.counties());
        Map<String, Object> model = new LinkedHashMap<>();
        if (portal) {
            // a portal's picker lists its counties; the script loads a county's schools when it is chosen
            model.put("counties", content.counties().stream()
                    .map(county -> new FilterOption(county.code(), optionText(county))).toList());
            model.put("towns", List.of());
        } else {
            model.put("towns", content.counties().stream().flatMap(county -> towns(county).stream()).toList());
        }
        List<Link> indicators = new ArrayList<>();
        if (portal) {
            // each county's overview links its indicator pages: seven links a county would make a national list
            content.counties().forEach(county -> indicators.add(new Link(pages.county(county),
                    CountyPaths.prefix(county, content.counties()))));
        } else {
            for (CountyAssessment county : data.assessments()) {
                String prefix = CountyPaths.prefix(county.county(), content.counties());
                for (IndicatorDefinition indicator : county.standards().indicators()) {
                    indicators.add(new Link(indicator.code() + " " + pages.text(indicator.name()),
                            CountyPaths.indicator(prefix, indicator.code())));
                }
            }
        }
        model.put("byIndicator", pages.label(portal ? "compare.by-indicator-portal" : "compare.by-indicator"));
        model.put("noScript", pages.label(portal ? "compare.no-script-portal" : "compare.no-script"));
        model.put("indicators", indicators);
        model.put("labels", labels());
        return pages.page(URL, "compare.ftlh", pages.label("compare.title"), "schools",
                pages.label("compare.description"), model);
    }

    /** A county's schools by town, in the order of the picker's option groups. */
    private List<TownSchools> towns(County county) {
        Map<String, List<FilterOption>> byTown = new TreeMap<>(new ChineseOrder());
        for (School school : schoolsByCounty.getOrDefault(county.code(), List.of())) {
            byTown.computeIfAbsent(school.town(), town -> new ArrayList<>())
                    .add(new FilterOption(school.code(), pages.romanised(school.name())));
        }
        List<TownSchools> towns = new ArrayList<>();
        byTown.forEach((town, schools) -> towns.add(new TownSchools(pages.romanised(town), schools)));
        return towns;
    }

    /**
     * On a portal of several counties, each county's picker options as JSON, by output path
     * ({@code counties/{code}/compare.json} under the language's root): the towns and schools the
     * compare page's script offers once the county is chosen. A national picker listing every
     * school would weigh tens of megabytes; a county's weighs a few kilobytes. Empty on a site of
     * one county, whose page lists its schools itself.
     */
    Map<String, byte[]> pickers() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!Portal.several(data.content().counties())) {
            return files;
        }
        for (County county : data.content().counties()) {
            List<PickerGroup> groups = new ArrayList<>();
            for (TownSchools town : towns(county)) {
                groups.add(new PickerGroup(town.town(), town.schools().stream()
                        .map(school -> List.of(school.value(), school.label())).toList()));
            }
            try {
                files.put(pages.language().prefix() + CountyPaths.prefix(county, data.content().counties()) + PICKER,
                        JSON.writeValueAsBytes(new Picker(groups)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return files;
    }

    /** A county's name where no language can be marked (an option group's label): its pinyin if it has no English name. */
    private String optionText(County county) {
        if (!pages.english()) {
            return county.name();
        }
        return county.nameEn().equals(county.name()) ? pages.romanised(county.name()) : county.nameEn();
    }

    /**
     * The words the script writes into the table, as JSON inside the page, all in the page's
     * language. A school's data.json holds its facts as the registry gives them, in Chinese:
     * {@code values} turns its type, locality and ownership into the page's words; what stays
     * Chinese (school and town names) the script marks as Chinese on English pages ({@code lang}).
     */
    private String labels() {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("lang", pages.language().code());
        for (String key : List.of("fact.type", "fact.town", "fact.locality", "fact.ownership", "compare.facts",
                "compare.indicators", "compare.verdict", "compare.students", "compare.teachers", "compare.history", "compare.history-row",
                "compare.item", "compare.remove", "compare.caption", "compare.failed", "compare.full",
                "compare.chosen", "compare.chosen-one", "compare.empty", "p.open", "p.close")) {
            labels.put(key, pages.label(key));
        }
        Map<String, String> stages = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            stages.put(stage.key(), pages.stage(stage));
        }
        labels.put("stages", stages);
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome.name().toLowerCase(java.util.Locale.ROOT), pages.outcome(outcome));
        }
        labels.put("outcomes", outcomes);
        Map<String, String> indicators = new TreeMap<>();
        Map<String, String> units = new TreeMap<>();
        for (IndicatorDefinition indicator : data.standards().indicators()) {
            indicators.put(indicator.code(), pages.text(indicator.name().zh(), indicator.name().en()));
            units.put(indicator.code(), pages.text(indicator.unit().zh(), indicator.unit().en()));
        }
        labels.put("indicators", indicators);
        labels.put("units", units);
        Map<String, String> values = new TreeMap<>();
        for (SchoolType type : SchoolType.values()) {
            values.put(type.chinese(), pages.type(type));
        }
        for (Locality locality : Locality.values()) {
            values.put(locality.chinese(), pages.locality(locality));
        }
        for (Ownership ownership : Ownership.values()) {
            values.put(ownership.chinese(), pages.ownership(ownership));
        }
        labels.put("values", values);
        Map<String, String> years = new TreeMap<>();
        new TreeSet<>(data.content().statistics().stream().map(s -> s.year()).toList())
                .forEach(year -> years.put(String.valueOf(year), pages.schoolYear(year)));
        labels.put("years", years);
        try {
            // the labels sit inside a <script> element: no "</" may end it early
            return JSON.writeValueAsString(labels).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A county's picker file; records, whose fields Jackson writes in their order, keep its bytes the same. */
    private record Picker(List<PickerGroup> groups) {
    }

    /** One option group of a county's picker file: a town and its schools, each as [code, name]. */
    private record PickerGroup(String label, List<List<String>> schools) {
    }

    /** The schools of one town, for the picker's option group. */
    public record TownSchools(String town, List<FilterOption> schools) {
    }
}
