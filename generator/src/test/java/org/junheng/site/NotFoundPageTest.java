package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junheng.TestSite;
import org.junheng.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The not-found page is served by static hosts at any missing address, however deep: it must look
 * like the site without loading anything by a relative address, and its links start from the base path.
 */
class NotFoundPageTest {

    @TempDir
    Path temp;

    @Test
    void itCarriesTheSitesStylesInsideItselfAndLinksFromTheBasePath() {
        TestSite site = TestSite.in(temp);
        site.build();

        Document page = site.html("404.html");

        assertThat(page.select("link[rel=stylesheet], script[src], img[src]")).isEmpty();
        assertThat(page.selectFirst("head style").data()).isEqualTo(site.file("assets/css/site.css"))
                .contains(".site-header", "html.large-text");
        assertThat(page.selectFirst("link[rel=icon]").attr("href")).isEqualTo("/test/assets/icons/favicon.svg");
        assertThat(page.select("a[href]").eachAttr("href")).filteredOn(href -> !href.startsWith("https://")
                        && !href.startsWith("#"))
                .isNotEmpty().allMatch(href -> href.startsWith("/test/"));
        assertThat(page.select("a[href]").eachAttr("href")).contains("/test/", "/test/en/", "/test/schools/");
    }

    @Test
    void itsLinksStartFromTheBasePathTheBuildIsGiven() throws Exception {
        TestSite site = TestSite.in(temp);
        new SiteBuilder().build(new BuildOptions(site.root(), site.out(),
                Optional.of("https://portal.example.org/zl/junheng"), 1), SiteRenderer.ProgressListener.SILENT);

        Document page = site.html("404.html");

        assertThat(page.select("nav a").eachAttr("href")).first().isEqualTo("/zl/junheng/");
        assertThat(page.select("nav a").eachAttr("href")).allMatch(href -> href.startsWith("/zl/junheng/"));
    }

    @Test
    void aSitesStylesheetCannotEndTheStyleElementEarly() {
        TestSite site = TestSite.in(temp, """
                -- assets/css/local.css --
                .note::after { content: "</style><p>x</p>"; }
                """);
        site.build();

        Document page = site.html("404.html");

        assertThat(page.select("head style")).hasSize(1);
        assertThat(page.selectFirst("head style").data()).contains(".note::after { content: \"<\\/style><p>x<\\/p>\"; }");
        assertThat(page.select("p")).noneMatch(p -> p.text().equals("x"));
    }
}
