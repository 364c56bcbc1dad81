package org.junheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junheng.publish.DemoBuild;
import org.junit.jupiter.api.Test;

/** The English interface over the whole demo county: every page has its twin, and English pages are English. */
class DemoEnglishTest {

    private final Path site = DemoBuild.output();

    @Test
    void everyChinesePageHasAnEnglishTwinAndEveryEnglishPageAChineseOne() {
        List<String> chinese = EnglishPages.chinesePages(site);
        List<String> english = EnglishPages.englishPages(site);
        assertThat(chinese).hasSizeGreaterThan(50);
        assertThat(english).containsExactlyElementsOf(chinese);
    }

    @Test
    void theVisibleTextOfEveryEnglishPageHasNoChineseOutsideElementsMarkedAsChinese() {
        Map<String, List<String>> byPage = EnglishPages.unmarkedChineseByPage(site);
        Map<String, Long> byText = byPage.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
        assertThat(byText).as("Chinese text outside lang=\"zh-CN\" on %d English pages, e.g. %s",
                byPage.size(), byPage.keySet().stream().limit(5).toList()).isEmpty();
    }

    @Test
    void theReasonsASchoolFailsAndWhatTheCountyReportedAreInEnglish() {
        Document chinese = EnglishPages.parse(site.resolve("assessment/2023/index.html"));
        Document english = EnglishPages.parse(site.resolve("en/assessment/2023/index.html"));

        assertThat(chinese.select("li").eachText()).anyMatch(r -> r.contains("7 项指标中只有 5 项达标，少于 6 项"));
        assertThat(english.select("li").eachText()).anyMatch(r -> r.contains("only 5 of 7 indicators met, fewer than 6"))
                .noneMatch(r -> r.contains("项指标中只有"));
        assertThat(chinese.selectFirst("table.items tr:has(th:matches(^Q9 )) td:eq(2)").ownText()).isEqualTo("2 项");
        assertThat(english.selectFirst("table.items tr:has(th:matches(^Q9 )) td:eq(2)").ownText()).isEqualTo("2 entries");
        assertThat(english.selectFirst("table.items tr:has(th:matches(^V1 )) td:eq(2)").ownText()).isEqualTo("No");
    }

    @Test
    void everyPageSwitchesToItsTwinAndBack() {
        List<String> problems = new ArrayList<>();
        for (String path : EnglishPages.chinesePages(site)) {
            Path chinese = site.resolve(path);
            Path english = site.resolve("en").resolve(path);
            Document zh = EnglishPages.parse(chinese);
            Document en = EnglishPages.parse(english);
            check(path, zh, "zh-CN", "en", english, problems);
            check("en/" + path, en, "en", "zh-CN", chinese, problems);
        }
        assertThat(problems).isEmpty();
    }

    private static void check(String path, Document page, String language, String other, Path twin,
                              List<String> problems) {
        if (!page.selectFirst("html").attr("lang").equals(language)) {
            problems.add(path + ": html lang is not " + language);
        }
        Element link = page.selectFirst("a.language-switch");
        if (link == null || !link.attr("hreflang").equals(other) || !link.attr("lang").equals(other)) {
            problems.add(path + ": no switch to " + other);
            return;
        }
        Path target = resolve(page, link.attr("href"));
        if (!target.normalize().equals(twin.normalize())) {
            problems.add(path + ": the switch leads to " + target + ", not " + twin);
        }
        if (page.select("head link[rel=alternate][hreflang=" + other + "]").isEmpty()
                || page.select("head link[rel=alternate][hreflang=" + language + "]").isEmpty()) {
            problems.add(path + ": no alternate links to both languages in the head");
        }
    }

    private static Path resolve(Document page, String href) {
        Path folder = Path.of(java.net.URI.create(page.location())).getParent();
        Path target = folder.resolve(href.isEmpty() ? "." : href).normalize();
        return Files.isDirectory(target) ? target.resolve("index.html") : target;
    }
}
