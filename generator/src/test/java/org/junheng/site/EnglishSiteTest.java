package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junheng.EnglishPages;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The English twin of every page, on a small site written inline. */
class EnglishSiteTest {

    @TempDir
    Path temp;

    private TestSite site() {
        TestSite site = TestSite.in(temp, """
                -- content/documents/2024-plan.md --
                ---
                title: 测试县优质均衡发展实施方案
                type: 工作方案
                date: 2024-03-18
                number: 测教发〔2024〕8号
                schools: ["2199020001"]
                attachments:
                  - { file: attachments/plan.pdf, title: 实施方案全文 }
                ---
                ## 工作目标

                到 2026 年，全县义务教育学校达到优质均衡标准。
                """).writeBytes("content/documents/attachments/plan.pdf", org.junheng.TestPdf.of("Plan"));
        site.build();
        return site;
    }

    @Test
    void everyPageHasItsEnglishTwinUnderEnAndNothingElseIsCopied() {
        TestSite site = site();

        assertThat(EnglishPages.englishPages(site.out()))
                .containsExactlyElementsOf(EnglishPages.chinesePages(site.out()))
                .contains("index.html", "schools/2199020001/index.html", "disclosures/2024-plan/index.html",
                        "methodology/index.html", "data/index.html", "data/dictionary/index.html", "about/index.html");
        assertThat(site.out().resolve("en/assets")).doesNotExist();
        assertThat(site.out().resolve("en/disclosures/2024-plan/plan.pdf")).doesNotExist();
        assertThat(site.out().resolve("en/schools/2199020001/data.json")).doesNotExist();
        assertThat(site.out().resolve("en/404.html")).doesNotExist();
    }

    @Test
    void englishPagesLinkTheSharedFilesAtTheRootAndPagesInEnglish() {
        Document school = site().html("en/schools/2199020001/index.html");

        assertThat(school.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(school.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("../../../assets/css/site.css");
        assertThat(school.select("a[href=../../../schools/2199020001/data.json]")).hasSize(1);
        assertThat(school.select("nav a").eachAttr("href")).contains("../../", "../../schools/", "../../data/");
        assertThat(school.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.gov.cn/test/en/schools/2199020001/");
    }

    @Test
    void theSwitchLeadsToTheTwinAndBackWithHreflangAndTheLanguageOfItsText() {
        TestSite site = site();
        Element toEnglish = site.html("schools/2199020001/index.html").selectFirst("a.language-switch");
        Element toChinese = site.html("en/schools/2199020001/index.html").selectFirst("a.language-switch");

        assertThat(toEnglish.attr("href")).isEqualTo("../../en/schools/2199020001/");
        assertThat(toEnglish.attr("hreflang")).isEqualTo("en");
        assertThat(toEnglish.attr("lang")).isEqualTo("en");
        assertThat(toEnglish.text()).isEqualTo("English");
        assertThat(toChinese.attr("href")).isEqualTo("../../../schools/2199020001/");
        assertThat(toChinese.attr("hreflang")).isEqualTo("zh-CN");
        assertThat(toChinese.text()).isEqualTo("中文");
        assertThat(site.html("index.html").select("head link[rel=alternate][hreflang]").eachAttr("href"))
                .containsExactly("https://example.gov.cn/test/", "https://example.gov.cn/test/en/");
    }

    @Test
    void schoolNamesStayChineseMarkedAsChineseAndFollowedByPinyin() {
        Document school = site().html("en/schools/2199020001/index.html");

        Element heading = school.selectFirst("h1");
        assertThat(heading.text()).isEqualTo("测试县实验小学 (Ceshi Xian Shiyan Xiaoxue)");
        assertThat(heading.selectFirst("span[lang=zh-CN]").text()).isEqualTo("测试县实验小学");
        assertThat(school.selectFirst("title").text()).startsWith("测试县实验小学 (Ceshi Xian Shiyan Xiaoxue) - ");
        assertThat(school.text()).contains("Basic facts", "Type of school Primary school", "Urban", "Public");
        assertThat(EnglishPages.unmarkedChinese(school)).isEmpty();
    }

    @Test
    void aDocumentKeepsItsChineseTextUnderLangZhWithANoteInEnglish() {
        Document page = site().html("en/disclosures/2024-plan/index.html");

        assertThat(page.selectFirst("div.prose").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.selectFirst("div.prose").text()).contains("到 2026 年");
        assertThat(page.selectFirst("p.note").text()).contains("published in Chinese");
        assertThat(page.selectFirst("p.breadcrumb").text()).contains("Work plan");
        assertThat(page.select("a[download]").attr("href")).isEqualTo("../../../disclosures/2024-plan/plan.pdf");
        assertThat(EnglishPages.unmarkedChinese(page)).isEmpty();
    }

    @Test
    void noPageCarriesTheMarksOfChineseRuns() {
        TestSite site = site();
        for (String path : EnglishPages.pages(site.out())) {
            assertThat(site.file(path)).as(path).doesNotContain("\uE000", "\uE001");
        }
        assertThat(site.file("schools/2199020001/index.html")).contains("<h1>测试县实验小学</h1>");
    }

    @Test
    void theCompareScriptIsGivenTheWordsOfThePagesLanguageForEverythingItWrites() throws Exception {
        TestSite site = site();
        JsonNode english = compareLabels(site, "en/compare/index.html");
        JsonNode chinese = compareLabels(site, "compare/index.html");

        assertThat(english.path("lang").asText()).isEqualTo("en");
        assertThat(english.path("indicators").path("L1").asText())
                .isEqualTo("Teachers above the required degree per 100 students");
        assertThat(english.path("units").path("L1").asText()).isEqualTo("teachers");
        assertThat(english.path("years").path("2024").asText()).isEqualTo("2024–2025 school year");
        assertThat(english.path("values").path("小学").asText()).isEqualTo("Primary school");
        assertThat(english.path("values").path("九年一贯制").asText()).isEqualTo("Nine-year school");
        assertThat(english.path("values").path("城区").asText()).isEqualTo("Urban");
        assertThat(english.path("values").path("公办").asText()).isEqualTo("Public");
        assertThat(english.path("p.open").asText()).isEqualTo(" (");
        assertThat(english.path("compare.chosen-one").asText()).isEqualTo("1 school chosen");
        List<String> englishTexts = new ArrayList<>();
        english.forEach(node -> collectTexts(node, englishTexts));
        assertThat(englishTexts).as("every word the script writes on an English page")
                .noneMatch(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));

        assertThat(chinese.path("lang").asText()).isEqualTo("zh-CN");
        assertThat(chinese.path("indicators").path("L1").asText()).isEqualTo("每百名学生拥有高于规定学历教师数");
        assertThat(chinese.path("units").path("L1").asText()).isEqualTo("人");
        assertThat(chinese.path("years").path("2024").asText()).isEqualTo("2024—2025学年");
        assertThat(chinese.path("values").path("小学").asText()).isEqualTo("小学");
    }

    private static JsonNode compareLabels(TestSite site, String page) throws Exception {
        return new ObjectMapper().readTree(site.html(page).selectFirst("script#compare-labels").data());
    }

    /** The texts of a JSON tree's values (keys are the Chinese words being translated, not texts shown). */
    private static void collectTexts(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> collectTexts(child, texts));
    }

    @Test
    void whatTheCountyReportedReadsInThePagesLanguageAndItsOwnWordsStayMarkedAsChinese() {
        TestSite site = TestSite.in(temp, """
                -- content/county/2024.yml --
                county: "990102"
                year: 2024
                quality:
                  Q6: { rating: 良好 }
                  Q9:
                    subjects:
                      - { subject: 数学, grade: 四年级, level: 3, difference_rate: 0.11 }
                      - { subject: 语文, grade: 八年级, level: 3, difference_rate: 0.12 }
                  Q4: { value: 5.6 }
                veto:
                  V1: { occurred: false }
                """);
        site.build();
        Document chinese = site.html("assessment/index.html");
        Document english = site.html("en/assessment/index.html");

        assertThat(actual(chinese, "Q9")).isEqualTo("2 项");
        assertThat(actual(chinese, "V1")).isEqualTo("否");
        assertThat(actual(chinese, "Q6")).isEqualTo("良好");
        assertThat(actual(english, "Q9")).isEqualTo("2 entries");
        assertThat(actual(english, "V1")).isEqualTo("No");
        assertThat(actual(english, "Q4")).isEqualTo("5.6");
        assertThat(actual(english, "Q6")).isEqualTo("良好");
        assertThat(english.selectFirst("tr:has(th:matches(^Q6 )) td:eq(2) span[lang=zh-CN]").text()).isEqualTo("良好");
        assertThat(EnglishPages.unmarkedChinese(english)).isEmpty();
    }

    /** The "actual" cell of a county item's row, without the findings listed under it. */
    private static String actual(Document page, String code) {
        Element cell = page.selectFirst("table.items tr:has(th:matches(^" + code + " )) td:eq(2)").clone();
        cell.select("ul.findings").remove();
        return cell.text();
    }

    @Test
    void theNotFoundPageSpeaksBothLanguages() {
        Document page = site().html("404.html");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        Element english = page.selectFirst("div[lang=en]");
        assertThat(english.text()).contains("Page not found");
        assertThat(english.selectFirst("a").attr("href")).isEqualTo("/test/en/");
    }
}
