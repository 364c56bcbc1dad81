package org.junheng.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junheng.content.Content;
import org.junheng.content.County;
import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;

/** The county overview ({@code /}), the about page and the 404 page. */
final class OverviewPages {

    private static final int LATEST_DOCUMENTS = 6;

    private final PageFactory pages;
    private final Content content;

    OverviewPages(PageFactory pages, Content content) {
        this.pages = pages;
        this.content = content;
    }

    List<Page> pages(Map<String, Object> overviewSections) {
        Map<String, Object> model = new HashMap<>(overviewSections);
        model.put("counties", content.counties().stream().map(this::county).toList());
        model.put("documents", content.documents().stream().limit(LATEST_DOCUMENTS).map(DisclosurePages::card).toList());
        return List.of(
                pages.page("", "index.ftlh", pages.site().title(), "home", pages.label("home.description"), model),
                pages.page("about/", "about.ftlh", pages.label("about.title"), "about",
                        pages.label("about.description"), Map.of("aboutHtml", content.aboutHtml().orElse(""))),
                pages.notFound("404.ftlh", pages.label("notfound.title")));
    }

    private CountyCard county(County county) {
        List<School> schools = content.schools().stream().filter(s -> s.countyCode().equals(county.code())).toList();
        Map<SchoolType, Integer> byType = new EnumMap<>(SchoolType.class);
        schools.forEach(s -> byType.merge(s.type(), 1, Integer::sum));
        List<Fact> types = new ArrayList<>();
        byType.forEach((type, count) -> types.add(Fact.text(type.chinese(), Numbers.integer(count))));

        List<Fact> figures = new ArrayList<>();
        figures.add(Fact.link(pages.label("home.schools"), Numbers.integer(schools.size()), "schools/"));
        String year = "";
        if (!content.years().isEmpty()) {
            int latest = content.years().last();
            year = SchoolYears.label(latest);
            Map<Stage, long[]> totals = new LinkedHashMap<>();
            for (SchoolStatistics figuresOfSchool : content.statisticsFor(latest)) {
                if (schools.stream().noneMatch(s -> s.code().equals(figuresOfSchool.schoolCode()))) {
                    continue;
                }
                figuresOfSchool.stages().forEach((stage, s) -> add(totals, stage, s));
            }
            for (Stage stage : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
                long[] total = totals.getOrDefault(stage, new long[2]);
                figures.add(Fact.text(stage.chinese() + pages.label("home.students"), Numbers.integer(total[0])));
                figures.add(Fact.text(stage.chinese() + pages.label("home.teachers"), Numbers.integer(total[1])));
            }
        }
        return new CountyCard(county.name(), year, figures, types);
    }

    private static void add(Map<Stage, long[]> totals, Stage stage, StageStatistics s) {
        long[] total = totals.computeIfAbsent(stage, k -> new long[2]);
        total[0] += s.students().orElse(0);
        total[1] += s.teachers().orElse(0);
    }
}
