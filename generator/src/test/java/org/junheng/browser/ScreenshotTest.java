package org.junheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every kind of page on a phone and on a desktop: nothing is wider than the screen, down to
 * 320 px, and a screenshot at 360×740 and 1280×800 is kept in target/screenshots/ for people to
 * look at.
 */
@ExtendWith(BrowserSuite.Resolver.class)
class ScreenshotTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser browser;

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.junheng.browser.PageType#ALL")
    void everyKindOfPageFitsAPhoneAndIsPhotographedOnAPhoneAndADesktop(PageType type, BrowserSuite suite) {
        browser = suite.withJavaScript();

        browser.viewport(320, 640).open(type.path());
        assertThat(browser.pageWidth()).as("the page scrolls sideways at 320 px").isLessThanOrEqualTo(320);

        browser.viewport(360, 740).open(type.path());
        assertThat(browser.pageWidth()).as("the page scrolls sideways at 360 px").isLessThanOrEqualTo(360);
        browser.screenshot(SCREENSHOTS.resolve(type.name() + "-360x740.png"));

        browser.viewport(1280, 800).open(type.path());
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(1280);
        browser.screenshot(SCREENSHOTS.resolve(type.name() + "-1280x800.png"));
    }

    @AfterEach
    void backToTheBrowsersOwnSize() {
        if (browser != null) {
            browser.defaultViewport();
        }
    }
}
