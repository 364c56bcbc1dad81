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
 * village's name, or its pinyin initials, into the search box leaves the schools that admit from
 * it, with it. Without JavaScript the box stays hidden and the whole list of 60 communities and
 * villages, school by school, is the page.
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
        assertThat(visibleAnswers(browser)).as("the village's school for each stage")
                .containsExactly("小学 青岚县白沙镇河口小学：河口村", "初中 青岚县白沙镇中学：河口村");
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
        assertThat(visibleAnswers(browser)).isEmpty();
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
        assertThat(browser.findAll(".zone-school")).allSatisfy(school -> {
            assertThat(school.findElements(By.cssSelector("p a"))).hasSize(1);
            assertThat(school.findElements(By.cssSelector(".zone-list li"))).isNotEmpty();
        });
    }

    /** The names of the areas shown, each town's once however many schools list it, without their notes. */
    private static List<String> visibleAreas(Browser browser) {
        return browser.findAll(".zone-town").stream().filter(WebElement::isDisplayed)
                .flatMap(town -> town.findElements(By.cssSelector(".zone-list li")).stream()
                        .filter(WebElement::isDisplayed).map(ZoneLookupTest::name).distinct())
                .toList();
    }

    private static String name(WebElement area) {
        String text = area.getText();
        for (WebElement note : area.findElements(By.cssSelector(".meta"))) {
            text = text.substring(0, text.length() - note.getText().length()).strip();
        }
        return text;
    }

    /** Each school shown, as "stage school：area、area" with the areas shown under it. */
    private static List<String> visibleAnswers(Browser browser) {
        return browser.findAll(".zone-school").stream().filter(WebElement::isDisplayed).map(school -> {
            WebElement stage = school.findElement(By.xpath("ancestor::div[@class='zone-stage']/h4"));
            List<String> areas = school.findElements(By.cssSelector(".zone-list li")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
            return stage.getText() + " " + school.findElement(By.cssSelector("p")).getText() + "："
                    + String.join("、", areas);
        }).toList();
    }

    private static List<String> visibleTowns(Browser browser) {
        return browser.findAll(".zone-town").stream().filter(WebElement::isDisplayed)
                .map(town -> town.findElement(By.tagName("h3")).getText()).toList();
    }
}
