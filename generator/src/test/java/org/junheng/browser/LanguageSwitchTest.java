package org.junheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The language switch in every page's header, followed as a reader would — found by what it
 * says, in the language it names: it leads to the same page in the other language and back, with
 * or without JavaScript. On the school finder it keeps the search, which means the same in both
 * languages; without JavaScript there is no search to keep and it is a plain link.
 */
@ExtendWith(BrowserSuite.Resolver.class)
class LanguageSwitchTest {

    private static final String SCHOOL = "schools/3199010012/";

    @Test
    void aSchoolsPageSwitchesToItsEnglishTwinAndBack(BrowserSuite suite) {
        switchesToTheTwinAndBack(suite.withJavaScript());
    }

    @Test
    void withoutJavaScriptTheSwitchIsAPlainLinkThatWorksTheSameWay(BrowserSuite suite) {
        switchesToTheTwinAndBack(suite.withoutJavaScript());
    }

    private static void switchesToTheTwinAndBack(Browser browser) {
        browser.open(SCHOOL);
        String name = browser.find("h1").getText();
        assertThat(language(browser)).isEqualTo("zh-CN");

        follow(browser, "English", "en");

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.site().resolve("en/" + SCHOOL).toString());
        assertThat(language(browser)).isEqualTo("en");
        WebElement heading = browser.find("h1");
        assertThat(heading.getText()).startsWith(name + " (").endsWith(")");
        assertThat(heading.findElement(By.cssSelector("[lang=zh-CN]")).getText()).isEqualTo(name);
        assertThat(browser.find("nav[aria-label] a[aria-current=page]").getText()).isEqualTo("Schools");

        follow(browser, "中文", "zh-CN");

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.site().resolve(SCHOOL).toString());
        assertThat(language(browser)).isEqualTo("zh-CN");
        assertThat(browser.find("h1").getText()).isEqualTo(name);
    }

    @Test
    void onTheSchoolFinderTheSwitchKeepsTheSearchAndItsResults(BrowserSuite suite) {
        Browser browser = suite.withJavaScript().open("schools/");
        WebElement box = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("finder-query")));
        box.sendKeys("syxx");
        browser.waitUntil(ExpectedConditions.urlContains("?q=syxx"));
        List<String> chinese = visibleSchools(browser);
        assertThat(chinese).containsExactlyInAnyOrder("青岚县实验小学", "青岚县启明小学", "青岚县博文学校");

        follow(browser, "English", "en");

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.site().resolve("en/schools/?q=syxx").toString());
        assertThat(language(browser)).isEqualTo("en");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("finder-query")));
        assertThat(browser.find("#finder-query").getAttribute("value")).isEqualTo("syxx");
        assertThat(browser.find("#finder-status").getText()).isEqualTo("3 schools found");
        assertThat(visibleSchools(browser)).hasSize(3)
                .allSatisfy(school -> assertThat(chinese).anyMatch(zh -> school.startsWith(zh + " (")));

        new org.openqa.selenium.support.ui.Select(browser.find("#finder-ownership")).selectByVisibleText("Private");
        browser.waitUntil(ExpectedConditions.urlContains("ownership=private"));
        assertThat(browser.find("#finder-status").getText()).isEqualTo("2 schools found");
        Browser.retype(browser.find("#finder-query"), "syxx");
        new org.openqa.selenium.support.ui.Select(browser.find("#finder-stage")).selectByVisibleText("Junior secondary");
        assertThat(browser.find("#finder-status").getText()).isEqualTo("1 school found");
        new org.openqa.selenium.support.ui.Select(browser.find("#finder-stage")).selectByIndex(0);
        follow(browser, "中文", "zh-CN");

        assertThat(browser.driver().getCurrentUrl()).endsWith("/schools/?q=syxx&ownership=private");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("finder-query")));
        assertThat(visibleSchools(browser)).containsExactlyInAnyOrder("青岚县启明小学", "青岚县博文学校");
    }

    @Test
    void onTheComparePageTheSwitchKeepsTheSchoolsCompared(BrowserSuite suite) {
        Browser browser = suite.withJavaScript().open("compare/?schools=2199010001,3199010001");
        browser.waitUntil(driver -> browser.findAll("#compare-table thead th a").size() == 2);

        follow(browser, "English", "en");

        assertThat(browser.driver().getCurrentUrl())
                .isEqualTo(browser.site().resolve("en/compare/?schools=2199010001,3199010001").toString());
        browser.waitUntil(driver -> browser.findAll("#compare-table thead th a").size() == 2);
        assertThat(browser.find("#compare-table caption").getText()).isEqualTo("Schools compared");
        assertThat(browser.findAll("#compare-table thead th a")).extracting(WebElement::getText)
                .containsExactly("青岚县实验小学 (Qinglan Xian Shiyan Xiaoxue)", "青岚县实验中学 (Qinglan Xian Shiyan Zhongxue)");
    }

    @Test
    void withoutJavaScriptTheFinderSwitchLeadsToTheWholeEnglishList(BrowserSuite suite) {
        Browser browser = suite.withoutJavaScript().open("schools/?q=syxx");

        follow(browser, "English", "en");

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.site().resolve("en/schools/").toString());
        assertThat(browser.find("#school-finder").isDisplayed()).isFalse();
        assertThat(visibleSchools(browser)).hasSize(40);
    }

    /** Clicks the header's link that says {@code text} in {@code language}, as a reader would, and waits for the page. */
    private static void follow(Browser browser, String text, String language) {
        WebElement link = browser.find("header").findElement(By.linkText(text));
        assertThat(link.getAttribute("lang")).isEqualTo(language);
        assertThat(link.getAttribute("hreflang")).isEqualTo(language);
        WebElement html = browser.find("html");
        link.click();
        browser.waitUntil(ExpectedConditions.stalenessOf(html));
    }

    private static String language(Browser browser) {
        return browser.find("html").getAttribute("lang");
    }

    private static List<String> visibleSchools(Browser browser) {
        return browser.findAll(".school-list li[data-pinyin]").stream().filter(WebElement::isDisplayed)
                .map(school -> school.findElement(By.tagName("a")).getText()).toList();
    }
}
