package org.junheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The zone lookup on the demo county's 2024 zones page, used as a parent would: typing part of a
 * village's name, or its pinyin initials, into the search box. Without JavaScript the box stays
 * hidden and the whole list of 60 communities and villages is the page.
 */
@ExtendWith(BrowserSuite.Resolver.class)
class ZoneLookupTest {

    private static final String ZONES = "enrollment/2024/zones/";

    @Test
    void typingAVillageOrItsPinyinInitialsLeavesOnlyTheMatchingAreas(BrowserSuite suite) {
        Browser browser = suite.withJavaScript().open(ZONES);
        WebElement box = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.id("zone-query")));

        box.sendKeys("河口");
        assertThat(visibleAreas(browser)).containsExactly("河口村");
        assertThat(visibleTowns(browser)).containsExactly("白沙镇");
        assertThat(browser.find("#zone-status").getText()).isEqualTo("找到 1 个片区");

        Browser.retype(box, "wc");
        assertThat(visibleAreas(browser)).containsExactly("文昌社区");
        assertThat(visibleTowns(browser)).containsExactly("青阳街道");

        Browser.retype(box, "龙潭");
        assertThat(visibleAreas(browser)).as("every area of the township whose name was typed")
                .containsExactlyInAnyOrder("坳头村", "枧下村", "石坑村", "长岭村", "龙潭村", "井头村");
        assertThat(browser.find("#zone-status").getText()).isEqualTo("找到 6 个片区");

        Browser.retype(box, "zzz");
        assertThat(visibleAreas(browser)).isEmpty();
        assertThat(browser.find("#zone-status").getText()).startsWith("没有找到").contains("招生咨询电话");

        Browser.retype(box, "");
        assertThat(visibleAreas(browser)).hasSize(60);
        assertThat(browser.find("#zone-status").getText()).isEmpty();
    }

    @Test
    void pressingEnterSearchesWithoutLeavingThePage(BrowserSuite suite) {
        Browser browser = suite.withJavaScript().open(ZONES);
        WebElement box = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.id("zone-query")));

        box.sendKeys("hekou", Keys.ENTER);

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(suite.address().resolve(ZONES).toString());
        assertThat(visibleAreas(browser)).containsExactly("河口村");
    }

    @Test
    void withoutJavaScriptTheSearchBoxStaysHiddenAndEveryAreaIsListedWithItsSchools(BrowserSuite suite) {
        Browser browser = suite.withoutJavaScript().open(ZONES);

        assertThat(browser.find("#zone-search").isDisplayed()).isFalse();
        assertThat(visibleAreas(browser)).hasSize(60).contains("河口村", "文昌社区", "龙潭村");
        assertThat(visibleTowns(browser)).hasSize(8);
        assertThat(browser.findAll(".zone-list li")).allSatisfy(area ->
                assertThat(area.findElements(By.cssSelector(".zone-stage a"))).isNotEmpty());
    }

    private static List<String> visibleAreas(Browser browser) {
        return browser.findAll(".zone-list li").stream().filter(WebElement::isDisplayed)
                .map(area -> area.findElement(By.cssSelector(".zone-area")).getText()).toList();
    }

    private static List<String> visibleTowns(Browser browser) {
        return browser.findAll(".zone-town").stream().filter(WebElement::isDisplayed)
                .map(town -> town.findElement(By.tagName("h3")).getText()).toList();
    }
}
