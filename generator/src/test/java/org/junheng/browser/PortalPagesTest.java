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
}
