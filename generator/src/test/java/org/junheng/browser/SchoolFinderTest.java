package org.junheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The school finder on the demo county's school list, used as a parent would: typing a name or
 * its pinyin initials, choosing a stage, town or ownership, sharing the filtered address, and
 * clearing it all. Without JavaScript the form stays hidden and all 40 schools are the page.
 */
@ExtendWith(BrowserSuite.Resolver.class)
class SchoolFinderTest {

    private static final String SCHOOLS = "schools/";

    @Test
    void pinyinInitialsFindTheSchoolAndTheAddressRemembersTheSearch(BrowserSuite suite) {
        Browser browser = suite.withJavaScript().open(SCHOOLS);
        WebElement box = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("finder-query")));

        box.sendKeys("syxx");

        assertThat(visibleSchools(browser)).as("实验小学, and by their other names 启明双语小学 and 博文实验学校")
                .containsExactlyInAnyOrder("青岚县实验小学", "青岚县启明小学", "青岚县博文学校");
        assertThat(browser.find("#finder-status").getText()).isEqualTo("找到 3 所学校");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/schools/?q=syxx");
        assertThat(visibleTowns(browser)).containsExactlyInAnyOrder("青阳街道", "城关镇");

        Browser.retype(box, "shiyanxiao");
        assertThat(visibleSchools(browser)).containsExactly("青岚县实验小学");
        assertThat(browser.find("#finder-status").getText()).isEqualTo("找到 1 所学校");
    }

    @Test
    void partOfANameAnotherNameOrATownFindsTheSchools(BrowserSuite suite) {
        Browser browser = suite.withJavaScript().open(SCHOOLS);
        WebElement box = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("finder-query")));

        box.sendKeys("第三小学");
        assertThat(visibleSchools(browser)).as("by the name the link shows").containsExactly("青岚县第三小学");

        Browser.retype(box, "岚湖路小学");
        assertThat(visibleSchools(browser)).as("by another name").containsExactly("青岚县第二小学");

        Browser.retype(box, "龙潭乡");
        assertThat(visibleTowns(browser)).as("by the town its section names").containsExactly("龙潭乡");
        assertThat(visibleSchools(browser)).isNotEmpty();
    }

    @Test
    void aVillageFromTheZoneListFindsTheSchoolsItIsZonedTo(BrowserSuite suite) {
        Browser browser = suite.withJavaScript().open(SCHOOLS);
        WebElement box = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("finder-query")));

        box.sendKeys("河口村");

        assertThat(visibleSchools(browser)).contains("青岚县白沙镇河口小学").allMatch(name -> name.contains("白沙"));
    }

    @Test
    void choosingAStageTownAndOwnershipNarrowsTheListAndClearingShowsEverySchoolAgain(BrowserSuite suite) {
        Browser browser = suite.withJavaScript().open(SCHOOLS);
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("finder-query")));

        new Select(browser.find("#finder-stage")).selectByVisibleText("初中");
        new Select(browser.find("#finder-town")).selectByVisibleText("白沙镇");
        assertThat(visibleSchools(browser)).containsExactly("青岚县白沙镇中学");

        new Select(browser.find("#finder-town")).selectByVisibleText("全部");
        new Select(browser.find("#finder-ownership")).selectByVisibleText("民办");
        assertThat(visibleSchools(browser)).containsExactly("青岚县博文学校");

        new Select(browser.find("#finder-stage")).selectByVisibleText("全部");
        assertThat(visibleSchools(browser)).containsExactlyInAnyOrder("青岚县启明小学", "青岚县博文学校");

        browser.find("#finder-reset").click();
        browser.waitUntil(driver -> visibleSchools(browser).size() == 40);
        assertThat(browser.find("#finder-status").getText()).isEmpty();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/schools/");
    }

    @Test
    void aSharedAddressOpensWithItsFiltersChosen(BrowserSuite suite) {
        Browser browser = suite.withJavaScript().open(SCHOOLS + "?stage=junior&town=龙潭乡");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("finder-query")));

        assertThat(new Select(browser.find("#finder-stage")).getFirstSelectedOption().getText()).isEqualTo("初中");
        assertThat(new Select(browser.find("#finder-town")).getFirstSelectedOption().getText()).isEqualTo("龙潭乡");
        assertThat(visibleSchools(browser)).containsExactly("青岚县龙潭学校");
    }

    @Test
    void withoutJavaScriptTheFormStaysHiddenAndEverySchoolIsListedByTownEvenForASharedAddress(BrowserSuite suite) {
        Browser browser = suite.withoutJavaScript().open(SCHOOLS + "?q=syxx");

        assertThat(browser.find("#school-finder").isDisplayed()).isFalse();
        assertThat(visibleSchools(browser)).hasSize(40).contains("青岚县实验小学", "青岚县龙潭学校");
        assertThat(visibleTowns(browser)).hasSize(8);
    }

    private static List<String> visibleSchools(Browser browser) {
        return browser.findAll(".school-list li[data-pinyin]").stream().filter(WebElement::isDisplayed)
                .map(school -> school.findElement(By.tagName("a")).getText()).toList();
    }

    private static List<String> visibleTowns(Browser browser) {
        return browser.findAll(".finder-town").stream().filter(WebElement::isDisplayed)
                .map(town -> town.findElement(By.tagName("h2")).getText().replaceAll("\\s*\\d+\\s*所$", ""))
                .toList();
    }
}
