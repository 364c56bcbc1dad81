package org.junheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junheng.TestSite;
import org.junheng.site.PortalOfCountiesSiteTest;
import org.junheng.site.PreviewServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages only a portal of several counties has — the home page's county table, a county's
 * overview, the school index, zones, plans, projects and partnerships by county, a county's school
 * index, zones, plans, projects, partnerships and documents, and a filter's documents cut into pages — are valid HTML and meet WCAG 2.1 AA, as the demo county's pages are (see {@link HtmlValidityTest}, {@link AccessibilityTest}).
 */
class PortalPagesTest {

    @TempDir
    static Path temp;
    private static TestSite portal;
    private static PreviewServer server;
    private static Browser browser;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Chromium.requireInstalled();
        portal = TestSite.in(temp, PortalOfCountiesSiteTest.PORTAL);
        PortalOfCountiesSiteTest.writeManyDocuments(portal);
        portal.build();
        server = new PreviewServer(portal.out(), 0, "/city/");
        server.start();
        browser = new Browser(server.address(), true);
    }

    @AfterAll
    static void stop() {
        try (PreviewServer serving = server; Browser open = browser) {
            browser = null;
        }
    }

    @Test
    void everyPageOfThePortalIsValid() throws Exception {
        List<NuHtmlChecker.Message> errors = NuHtmlChecker.errors(portal.out());

        assertThat(errors).as(() -> errors.stream().limit(30).map(NuHtmlChecker.Message::toString)
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"", "counties/990103/", "schools/", "counties/990103/schools/", "en/",
            "en/counties/990102/", "en/counties/990102/schools/",
            "enrollment/2024/zones/", "counties/990103/enrollment/2024/zones/", "projects/",
            "counties/990103/projects/", "partnerships/", "counties/990103/partnerships/",
            "enrollment/2024/plans/", "counties/990103/enrollment/2024/plans/", "disclosures/",
            "disclosures/by-county/990103/", "disclosures/by-county/990103/page/2/", "en/disclosures/by-year/2024/"})
    void thePortalsOwnPagesMeetWcag21AA(String path) {
        Browser page = browser.open(path);
        assertThat(page.driver().findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href"))
                .as("the page itself, not the not-found page").isEqualTo("https://example.gov.cn/city/" + path);

        Results results = AccessibilityTest.axe().analyze(page.driver());

        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe checked the page").extracting(Rule::getId).contains("html-has-lang");
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> AccessibilityTest.describe(violations)).isEmpty();
    }

    /**
     * The compare page of a portal lists its counties; choosing one loads that county's schools,
     * and schools of two counties are compared side by side. A shared address naming schools of
     * any county shows them, in English with the pinyin each county's list gives.
     */
    @Test
    void thePortalsComparePickerLoadsEachCountysSchoolsWhenChosen() {
        Browser page = browser.open("compare/");
        page.waitUntil(driver -> schoolOptions(page).size() == 2);
        assertThat(schoolOptions(page)).containsExactly("甲县一小", "甲县二小");
        add(page, "甲县二小");

        new Select(page.find("#compare-county")).selectByVisibleText("乙县");
        page.waitUntil(driver -> schoolOptions(page).contains("乙县二小"));
        assertThat(page.findAll("#compare-school optgroup")).extracting(group -> group.getAttribute("label"))
                .containsExactly("城关镇", "河口镇");
        add(page, "乙县二小");
        assertThat(columns(page)).containsExactly("甲县二小", "乙县二小");
        assertThat(page.driver().getCurrentUrl()).endsWith("/compare/?schools=2199020002,2199030002");
        Results results = AccessibilityTest.axe().analyze(page.driver());
        assertThat(results.getViolations()).as(() -> AccessibilityTest.describe(results.getViolations())).isEmpty();

        Browser english = browser.open("en/compare/?schools=2199030002,2199020002,../../x");
        english.waitUntil(driver -> columns(english).size() == 2);
        assertThat(columns(english)).containsExactly("乙县二小 (Yi Xian Erxiao)", "甲县二小 (Jia Xian Erxiao)");
    }

    private static List<String> schoolOptions(Browser page) {
        return page.findAll("#compare-school option").stream().map(WebElement::getText).toList();
    }

    private static List<String> columns(Browser page) {
        return page.findAll("#compare-table thead th a").stream().map(WebElement::getText).toList();
    }

    private static void add(Browser page, String school) {
        int before = columns(page).size();
        new Select(page.find("#compare-school")).selectByVisibleText(school);
        page.find("#compare-submit").click();
        page.waitUntil(driver -> columns(page).size() == before + 1);
    }
}
