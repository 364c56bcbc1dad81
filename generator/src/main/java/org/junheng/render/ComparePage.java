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
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageFactory pages;
    private final SiteData data;

    ComparePage(PageFactory pages, SiteData data) {
        this.pages = pages;
        this.data = data;
    }

    Page page() {
        Content content = data.content();
        List<TownSchools> towns = new ArrayList<>();
        Map<String, List<School>> byCounty = content.schools().stream()
                .collect(java.util.stream.Collectors.groupingBy(School::countyCode));
        // on a portal the towns of each county in turn, named with their county: two counties may each have a 城关镇
        for (County county : content.counties()) {
            Map<String, List<FilterOption>> byTown = new TreeMap<>(new ChineseOrder());
            for (School school : byCounty.getOrDefault(county.code(), List.of())) {
                byTown.computeIfAbsent(school.town(), town -> new ArrayList<>())
                        .add(new FilterOption(school.code(), pages.romanised(school.name())));
            }
            String countyName = Portal.several(content.counties()) ? optionText(county) + " " : "";
            byTown.forEach((town, schools) -> towns.add(new TownSchools(countyName + pages.romanised(town), schools)));
        }
        List<Link> indicators = new ArrayList<>();
        boolean several = data.assessments().size() > 1;
        for (CountyAssessment county : data.assessments()) {
            String prefix = CountyPaths.prefix(county.county(), content.counties());
            for (IndicatorDefinition indicator : county.standards().indicators()) {
                indicators.add(new Link((several ? pages.county(county.county()) + " " : "") + indicator.code() + " "
                        + pages.text(indicator.name()), CountyPaths.indicator(prefix, indicator.code())));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("towns", towns);
        model.put("indicators", indicators);
        model.put("labels", labels());
        return pages.page(URL, "compare.ftlh", pages.label("compare.title"), "schools",
                pages.label("compare.description"), model);
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

    /** The schools of one town, for the picker's option group. */
    public record TownSchools(String town, List<FilterOption> schools) {
    }
}
