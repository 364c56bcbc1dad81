package org.junheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page of the demo county opened in Chromium: the browser's own network log shows that
 * nothing is asked of any host but the one serving the site, and no page writes an error or a
 * warning to the console.
 */
@ExtendWith(BrowserSuite.Resolver.class)
class NetworkTest {

    @Test
    void everyPageLoadsOnlyFromTheSiteItselfWithoutConsoleErrors(BrowserSuite suite) throws Exception {
        Browser browser = suite.withJavaScript();
        browser.requests();
        browser.consoleProblems();
        List<String> problems = new ArrayList<>();
        List<URI> requests = new ArrayList<>();

        List<String> pages = pages(suite.output());
        for (String page : pages) {
            browser.open(page);
            requests.addAll(browser.requests());
            browser.consoleProblems().forEach(problem -> problems.add(page + ": " + problem));
        }

        assertThat(pages).hasSizeGreaterThan(100);
        assertThat(requests).as("the pages and what they load").hasSizeGreaterThan(pages.size())
                .anyMatch(address -> address.getPath().endsWith("/assets/css/site.css"))
                .anyMatch(address -> address.getPath().endsWith("/assets/js/zone-lookup.js"))
                .allSatisfy(address -> assertThat(address.getScheme() + "://" + address.getAuthority())
                        .as(address.toString()).isEqualTo("http://127.0.0.1:" + suite.address().getPort()));
        assertThat(problems).isEmpty();
    }

    /** Every HTML page of the built site, as paths relative to its root. */
    private static List<String> pages(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".html")).map(site::relativize)
                    .map(path -> path.toString().replace('\\', '/')).sorted()
                    .map(path -> path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path)
                    .toList();
        }
    }
}
