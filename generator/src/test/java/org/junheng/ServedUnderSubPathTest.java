package org.junheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junheng.render.SiteRenderer;
import org.junheng.site.BuildOptions;
import org.junheng.site.PreviewServer;
import org.junheng.site.SiteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo county published in a section of a county portal, {@code /zl/junheng/}, and read
 * over real HTTP: every link and load of every page answers, and nothing is requested from
 * outside the section.
 */
class ServedUnderSubPathTest {

    private static final String SECTION = "/zl/junheng/";

    @TempDir
    static Path temp;

    private static Path out;
    private static PreviewServer server;
    private static SiteCrawler crawler;

    @BeforeAll
    static void publishTheDemoCountyInASection() throws Exception {
        out = temp.resolve("www");
        server = new PreviewServer(out, 0, SECTION);
        server.start();
        // Published at the server's own address, so canonical addresses are followed too.
        new SiteBuilder().build(new BuildOptions(DemoSiteTest.DEMO, out, Optional.of(server.address().toString()), 4),
                SiteRenderer.ProgressListener.SILENT);
        crawler = new SiteCrawler(server.address());
    }

    @AfterAll
    static void stopServing() {
        server.close();
    }

    @Test
    void everyInternalLinkFromEveryPageAnswersAndStaysInsideTheSection() throws Exception {
        List<URI> pages = new ArrayList<>();
        pages.add(server.address());
        for (String page : OutputTree.hashes(out).keySet()) {
            if (page.endsWith(".html")) {
                pages.add(server.address().resolve(page.endsWith("index.html")
                        ? page.substring(0, page.length() - "index.html".length()) : page));
            }
        }

        SiteCrawler.Crawl crawl = crawler.crawl(pages);

        assertThat(crawl.outsidePrefix()).as("same-host addresses outside %s", SECTION).isEmpty();
        assertThat(crawl.failures()).as("addresses that did not answer 200").isEmpty();
        assertThat(crawl.visits()).extracting(v -> v.address().getPath()).allMatch(path -> path.startsWith(SECTION));
        assertThat(crawl.visits()).filteredOn(v -> v.contentType().startsWith("text/html"))
                .hasSizeGreaterThanOrEqualTo(pages.size() - 1);
        assertThat(crawl.visits()).extracting(v -> v.address().getPath()).contains(
                SECTION + "assets/css/site.css", SECTION + "assets/icons/favicon.svg", SECTION + "schools/2199010001/");
        assertThat(crawl.visits()).filteredOn(v -> v.address().getPath().endsWith(".pdf")).isNotEmpty();
    }

    @Test
    void aMissingPageAnswersWithTheSites404PageWhoseLinksWorkFromTheSection() throws Exception {
        URI missing = server.address().resolve("schools/0000000000/");

        HttpResponse<byte[]> response = crawler.get(missing);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(Files.readAllBytes(out.resolve("404.html")));
        List<URI> links = SiteCrawler.links(missing, response.headers().firstValue("Content-Type").orElse(""),
                response.body());
        assertThat(links).extracting(URI::getPath).contains(SECTION, SECTION + "schools/", SECTION + "en/");
        SiteCrawler.Crawl followed = crawler.crawl(links.stream().filter(l -> l.getHost().equals("127.0.0.1")).toList());
        assertThat(followed.outsidePrefix()).isEmpty();
        assertThat(followed.failures()).isEmpty();
    }
}
