package org.junheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junheng.EnglishPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The compare page used as a parent would: choosing schools one by one in the picker, reading
 * the table, sharing its address, removing a school, trying a fifth; in English too. Without
 * JavaScript the picker stays hidden and the indicator pages, which list every school, are linked.
 */
@ExtendWith(BrowserSuite.Resolver.class)
class CompareTest {

    private static final String COMPARE = "compare/";
    private static final String PRIMARY = "2199010001";
    private static final String JUNIOR = "3199010001";

    @Test
    void chosenSchoolsAreComparedSideBySideWithTheirRealFactsAndIndicators(BrowserSuite suite) throws IOException {
        Browser browser = open(suite.withJavaScript(), COMPARE);
        assertThat(browser.find("#compare-status").getText()).isEqualTo("请在上面选择学校加入对比。");

        add(browser, "青岚县实验小学");
        assertThat(browser.find("#compare-status").getText()).isEqualTo("已选 1 所学校");
        add(browser, "青岚县实验中学");

        assertThat(schools(browser)).containsExactly("青岚县实验小学", "青岚县实验中学");
        assertThat(browser.find("#compare-status").getText()).isEqualTo("已选 2 所学校");
        Map<String, List<String>> rows = rows(browser);
        assertThat(rows).containsEntry("学校类型", List.of("小学", "初中"))
                .containsEntry("乡镇街道", List.of("青阳街道", "青阳街道"))
                .containsEntry("城乡类别", List.of("城区", "城区"))
                .containsEntry("办学性质", List.of("公办", "公办"))
                .containsEntry("学校达标情况（小学）", List.of("达标", "—"))
                .containsEntry("学校达标情况（初中）", List.of("—", "达标"));
        assertThat(rows.get("L1 每百名学生拥有高于规定学历教师数（小学）"))
                .containsExactly(indicator(suite, PRIMARY, "primary", "L1") + " 人 · 达标", "—");
        assertThat(rows.get("L1 每百名学生拥有高于规定学历教师数（初中）"))
                .containsExactly("—", indicator(suite, JUNIOR, "junior", "L1") + " 人 · 达标");
        assertThat(rows).containsKeys("L7 每百名学生拥有网络多媒体教室数（小学）", "2024—2025学年 在校生", "2022—2023学年 专任教师");
        assertThat(rows.get("2024—2025学年 在校生")).doesNotContain("—").allMatch(n -> n.matches("\\d+"));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/compare/?schools=" + PRIMARY + "," + JUNIOR);
        assertThat(browser.find("#compare-link").getAttribute("href")).endsWith("/compare/?schools=" + PRIMARY + "," + JUNIOR);
        Results results = AccessibilityTest.axe().analyze(browser.driver());
        assertThat(results.getViolations()).as(() -> AccessibilityTest.describe(results.getViolations())).isEmpty();

        try {
            open(browser.viewport(360, 740), COMPARE + "?schools=" + PRIMARY + "," + JUNIOR);
            browser.waitUntil(driver -> schools(browser).size() == 2);
            assertThat(schools(browser)).containsExactly("青岚县实验小学", "青岚县实验中学");
            assertThat(rows(browser)).as("the shared address shows the same comparison").isEqualTo(rows);
            browser.screenshot(ScreenshotTest.SCREENSHOTS.resolve("compare-two-schools-360x740.png"));
            assertThat(browser.pageWidth()).as(() -> "the table scrolls in its own box on a phone; wider: "
                    + browser.driver().executeScript("return Array.prototype.filter.call(document.querySelectorAll('body *'),"
                    + " function (e) { return e.getBoundingClientRect().right > 360; }).slice(0, 5)"
                    + ".map(function (e) { return e.tagName + '.' + e.className + '#' + e.id; }).join(', ');"))
                    .isLessThanOrEqualTo(360);
        } finally {
            browser.defaultViewport();
        }
    }

    @Test
    void aSchoolIsRemovedWithItsOwnButtonAndAFifthIsRefused(BrowserSuite suite) {
        Browser browser = open(suite.withJavaScript(), COMPARE + "?schools=" + PRIMARY + "," + JUNIOR);
        browser.waitUntil(driver -> schools(browser).size() == 2);

        WebElement remove = browser.findAll(".compare-remove").get(0);
        assertThat(remove.getAttribute("textContent")).as("its name for a screen reader").isEqualTo("移出对比 青岚县实验小学");
        remove.click();
        browser.waitUntil(driver -> schools(browser).size() == 1);
        assertThat(schools(browser)).containsExactly("青岚县实验中学");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/compare/?schools=" + JUNIOR);

        add(browser, "青岚县第二小学");
        add(browser, "青岚县城北学校");
        add(browser, "青岚县启明小学");
        assertThat(schools(browser)).containsExactly("青岚县实验中学", "青岚县第二小学", "青岚县城北学校", "青岚县启明小学");

        new Select(browser.find("#compare-school")).selectByVisibleText("青岚县实验小学");
        browser.find("#compare-submit").click();
        browser.waitUntil(ExpectedConditions.textToBe(By.id("compare-status"), "最多对比四所学校，请先移出一所。"));
        assertThat(schools(browser)).hasSize(4).doesNotContain("青岚县实验小学");
        assertThat(browser.driver().getCurrentUrl()).endsWith("?schools=" + JUNIOR + ",2199010002,3199010008,2199010005");
    }

    @Test
    void theEnglishComparisonIsInEnglishWithChineseNamesMarkedAsChinese(BrowserSuite suite) throws IOException {
        Browser browser = open(suite.withJavaScript(), "en/" + COMPARE);

        add(browser, "Qinglan Xian Shiyan Xiaoxue");
        add(browser, "Qinglan Xian Shiyan Zhongxue");

        assertThat(browser.find("#compare-status").getText()).isEqualTo("2 schools chosen");
        assertThat(schools(browser)).containsExactly("青岚县实验小学 (Qinglan Xian Shiyan Xiaoxue)",
                "青岚县实验中学 (Qinglan Xian Shiyan Zhongxue)");
        Map<String, List<String>> rows = rows(browser);
        assertThat(rows).containsEntry("Type of school", List.of("Primary school", "Junior secondary school"))
                .containsEntry("Urban or rural", List.of("Urban", "Urban"))
                .containsEntry("Ownership", List.of("Public", "Public"))
                .containsEntry("Town or subdistrict", List.of("青阳街道", "青阳街道"))
                .containsEntry("Standards met by the school (Primary)", List.of("met", "—"));
        assertThat(rows.get("L1 Teachers above the required degree per 100 students (Primary)"))
                .containsExactly(indicator(suite, PRIMARY, "primary", "L1") + " teachers · met", "—");
        assertThat(rows).containsKeys("Students, 2024–2025 school year");
        assertThat(browser.find("#compare-table caption").getText()).isEqualTo("Schools compared");
        assertThat(browser.find("#compare-table thead th").getText()).isEqualTo("Item");

        String table = browser.find("#compare-table").getAttribute("outerHTML");
        assertThat(EnglishPages.unmarkedChinese(Jsoup.parse(table))).as("Chinese outside lang=\"zh-CN\"").isEmpty();
        assertThat(Jsoup.parse(table).select("[lang=zh-CN]").eachText()).contains("青岚县实验小学", "青阳街道");
        Results results = AccessibilityTest.axe().analyze(browser.driver());
        assertThat(results.getViolations()).as(() -> AccessibilityTest.describe(results.getViolations())).isEmpty();
    }

    @Test
    void withoutJavaScriptThePickerStaysHiddenAndTheIndicatorPagesAreLinked(BrowserSuite suite) {
        Browser browser = suite.withoutJavaScript().open(COMPARE + "?schools=" + PRIMARY + "," + JUNIOR);

        assertThat(browser.find("#compare-app").isDisplayed()).isFalse();
        assertThat(browser.findAll("#compare-table")).isEmpty();
        List<WebElement> links = browser.findAll("section[aria-labelledby=by-indicator] li a");
        assertThat(links).extracting(WebElement::getText).hasSize(7).first().isEqualTo("L1 每百名学生拥有高于规定学历教师数");
        assertThat(links).extracting(link -> link.getAttribute("href"))
                .allMatch(href -> href.matches(".*/indicators/L[1-7]/"));

        links.get(0).click();
        assertThat(browser.find("h1").getText()).contains("每百名学生拥有高于规定学历教师数");
        assertThat(browser.driver().getPageSource()).contains("青岚县实验小学", "青岚县实验中学");
    }

    private static Browser open(Browser browser, String path) {
        browser.open(path);
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("compare-school")));
        return browser;
    }

    /** Picks a school by the name the picker shows and presses the button; waits for its column. */
    private static void add(Browser browser, String name) {
        int before = schools(browser).size();
        new Select(browser.find("#compare-school")).selectByVisibleText(name);
        browser.find("#compare-submit").click();
        browser.waitUntil(driver -> schools(browser).size() == before + 1);
    }

    /** The schools heading the table's columns, as the reader sees their names. */
    private static List<String> schools(Browser browser) {
        return browser.findAll("#compare-table thead th a").stream().map(WebElement::getText).toList();
    }

    /** Each row of the table by its heading, with the text of its cells; section headings are left out. */
    private static Map<String, List<String>> rows(Browser browser) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (WebElement row : browser.findAll("#compare-table tbody tr")) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (!cells.isEmpty()) {
                rows.put(row.findElement(By.cssSelector("th[scope=row]")).getText(),
                        cells.stream().map(WebElement::getText).toList());
            }
        }
        return rows;
    }

    /** A school's indicator value in the newest year of its published data.json, as the page rounds it. */
    private static String indicator(BrowserSuite suite, String code, String stage, String indicator)
            throws IOException {
        JsonNode data = new ObjectMapper().readTree(suite.output().resolve("schools/" + code + "/data.json").toFile());
        JsonNode newest = null;
        for (JsonNode row : data.path("indicators")) {
            if (row.path("stage").asText().equals(stage) && row.path("indicator").asText().equals(indicator)
                    && (newest == null || row.path("year").asInt() > newest.path("year").asInt())) {
                newest = row;
            }
        }
        assertThat(newest).as("%s has %s for %s", code, indicator, stage).isNotNull();
        return newest.path("value").decimalValue().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
