package org.junheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The 大字模式 switch (large text, high contrast) pressed as a reader would: the page changes at
 * once, the switch says it is on, the next page opens in the mode, pressing it again turns it
 * off — and in the mode the pages still meet WCAG 2.1 AA, contrast included.
 */
@ExtendWith(BrowserSuite.Resolver.class)
class LargeTextTest {

    private static final String KEY = "junheng-large-text";

    private Browser browser;

    @Test
    void theSwitchEnlargesTheTextAndTheNextPagesOpenInTheModeUntilItIsPressedAgain(BrowserSuite suite) {
        browser = suite.withJavaScript().open("");
        WebElement toggle = toggle();
        assertThat(toggle.getText()).isEqualTo("大字模式");
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");
        double before = fontSize("main p");

        toggle.click();

        assertThat(largeText()).as("html.large-text").isTrue();
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(stored()).isEqualTo("on");
        assertThat(fontSize("main p")).isGreaterThanOrEqualTo(before * 1.2);

        browser.find("nav a[href$='schools/']").click();
        browser.waitUntil(ExpectedConditions.urlContains("/schools/"));
        assertThat(largeText()).as("the next page opens in the mode").isTrue();
        assertThat(toggle().getAttribute("aria-pressed")).isEqualTo("true");

        toggle().click();

        assertThat(largeText()).isFalse();
        assertThat(toggle().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(stored()).isEqualTo("off");
        browser.open("");
        assertThat(largeText()).as("the next page opens in the ordinary mode").isFalse();
    }

    @Test
    void inTheModeTheHomePageAndASchoolsPageMeetWcag21AA(BrowserSuite suite) {
        browser = suite.withJavaScript().open("");
        toggle().click();
        assertThat(largeText()).isTrue();

        for (String page : new String[] {"", "schools/3199010012/", "en/schools/3199010012/", "assessment/"}) {
            browser.open(page);
            assertThat(largeText()).as(page).isTrue();
            assertThat(toggle().getAttribute("aria-pressed")).isEqualTo("true");

            Results results = AccessibilityTest.axe().analyze(browser.driver());

            assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
            assertThat(results.getViolations()).as(() -> page + "\n" + AccessibilityTest.describe(results.getViolations()))
                    .isEmpty();
        }
    }

    @AfterEach
    void backToTheOrdinaryMode() {
        if (browser != null) {
            browser.driver().executeScript("localStorage.removeItem(arguments[0]);"
                    + " document.documentElement.classList.remove('large-text');", KEY);
        }
    }

    private WebElement toggle() {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("text-toggle")));
    }

    private boolean largeText() {
        return (Boolean) browser.driver().executeScript(
                "return document.documentElement.classList.contains('large-text');");
    }

    private String stored() {
        return (String) browser.driver().executeScript("return localStorage.getItem(arguments[0]);", KEY);
    }

    private double fontSize(String selector) {
        return Double.parseDouble(browser.find(selector).getCssValue("font-size").replace("px", ""));
    }
}
