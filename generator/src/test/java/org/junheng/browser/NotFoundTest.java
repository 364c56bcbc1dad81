package org.junheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reader who follows a broken link deep into the site gets the not-found page as the site looks,
 * in both languages: the server answers any missing address with it, at whatever depth.
 */
@ExtendWith(BrowserSuite.Resolver.class)
class NotFoundTest {

    @Test
    void aDeepMissingAddressShowsTheStyledNotFoundPageWithoutLoadingAStylesheet(BrowserSuite suite) {
        Browser browser = suite.withJavaScript();
        browser.requests();
        URI missing = suite.address().resolve("a/b/c");

        browser.open("a/b/c");

        assertThat(browser.find("h1").getText()).isEqualTo("页面不存在");
        assertThat(browser.find("[lang=en] h2").getText()).isEqualTo("Page not found");
        assertThat(browser.find(".site-header").getCssValue("background-color"))
                .as("the header in the site's accent colour: the page is styled").isEqualTo("rgba(11, 83, 148, 1)");
        assertThat(browser.find("main").getCssValue("max-width")).isNotEqualTo("none");
        assertThat(browser.requests()).as("the page needs no stylesheet or script of its own").contains(missing)
                .noneMatch(address -> address.getPath().endsWith(".css") || address.getPath().endsWith(".js"));

        Results results = AccessibilityTest.axe().analyze(browser.driver());
        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        assertThat(results.getViolations()).as(() -> AccessibilityTest.describe(results.getViolations())).isEmpty();
    }
}
