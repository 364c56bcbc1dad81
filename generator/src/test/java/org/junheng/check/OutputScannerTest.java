package org.junheng.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junheng.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last gate before publishing: the built output itself, as a theme or template override may have made it. */
class OutputScannerTest {

    @TempDir
    Path out;

    private void page(String path, String body) throws IOException {
        Path file = out.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!doctype html><html lang=\"zh-CN\"><head><title>t</title></head><body>" + body
                + "</body></html>", StandardCharsets.UTF_8);
    }

    private List<Problem> scan() {
        return new OutputScanner().scan(out);
    }

    @Test
    void loadsFromAnotherHostAreFoundWhereverTheyHide() throws IOException {
        page("index.html", """
                <img src="a.png" srcset="a.png 1x, https://cdn.example/a@2x.png 2x">
                <picture><source srcset="//cdn.example/b.webp"></picture>
                <div style="background: url('https://cdn.example/bg.png')">x</div>
                <style>@import "https://fonts.example/css"; .x { background: url(https://cdn.example/y.png) }</style>
                <svg><image href="https://maps.example/tile.png"/></svg>
                <a href="https://www.gov.cn/">a link a reader follows is fine</a>
                <div style="background: url(local.png)">local is fine</div>
                """);

        assertThat(scan()).extracting(Problem::rule, p -> p.location().file(), Problem::value).containsExactly(
                tuple("output.remote-load", "index.html", "https://maps.example/tile.png"),
                tuple("output.remote-load", "index.html", "https://cdn.example/a@2x.png"),
                tuple("output.remote-load", "index.html", "//cdn.example/b.webp"),
                tuple("output.remote-load", "index.html", "https://cdn.example/bg.png"),
                tuple("output.remote-load", "index.html", "https://fonts.example/css"),
                tuple("output.remote-load", "index.html", "https://cdn.example/y.png"));
    }

    @Test
    void stylesheetsAndSvgFilesAreScannedToo() throws IOException {
        page("index.html", "<p>ok</p>");
        Files.createDirectories(out.resolve("assets/css"));
        Files.writeString(out.resolve("assets/css/site.css"), """
                @import url("https://fonts.googleapis.com/css?family=Noto+Sans+SC");
                body { background: url(../icons/bg.svg); }
                """);
        Files.writeString(out.resolve("assets/css/chart.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <image xlink:href="https://tiles.example/1.png"/>
                  <script>fetch('https://collect.example/')</script>
                </svg>
                """);

        assertThat(scan()).extracting(Problem::rule, p -> p.location().file(), Problem::value).containsExactly(
                tuple("output.remote-load", "assets/css/site.css", "https://fonts.googleapis.com/css?family=Noto+Sans+SC"),
                tuple("output.remote-load", "assets/css/chart.svg", "https://tiles.example/1.png"),
                tuple("output.unsafe-element", "assets/css/chart.svg", "<script>"));
    }

    @Test
    void elementsThatRedirectRebaseOrSendDataAwayAreUnsafe() throws IOException {
        page("index.html", """
                <base href="https://elsewhere.example/">
                <meta http-equiv="Refresh" content="0; url=https://elsewhere.example/">
                <form action="https://elsewhere.example/collect"><input name="q"></form>
                <form action="search/"><input name="q"></form>
                """);

        assertThat(scan()).extracting(Problem::rule).containsExactly("output.unsafe-element", "output.unsafe-element",
                "output.unsafe-element");
        assertThat(scan()).extracting(Problem::value).allSatisfy(value -> assertThat(value).containsAnyOf("<base",
                "<meta", "<form action=\"https://elsewhere.example/collect\""));
    }

    @Test
    void theNotFoundPageMayLinkFromTheBasePathButMayNotLoadFromElsewhere() throws IOException {
        page("404.html", "<a href=\"/test/\">home</a><img src=\"https://cdn.example/404.png\">");

        assertThat(scan()).extracting(Problem::rule, Problem::value)
                .containsExactly(tuple("output.remote-load", "https://cdn.example/404.png"));
    }

    @Test
    void anAnchorOnAFolderLinkIsLookedUpInTheFoldersIndexPage() throws IOException {
        page("index.html", "<a href=\"data/dictionary/#table-schools\">x</a><a href=\"data/dictionary#table-schools\">y</a>");
        page("data/dictionary/index.html", "<h2 id=\"table-schools\">学校名录</h2>");

        assertThat(scan()).isEmpty();
    }

    @Test
    void aMissingAnchorOnAFolderLinkIsStillReported() throws IOException {
        page("index.html", "<a href=\"data/dictionary/#table-nothing\">x</a>");
        page("data/dictionary/index.html", "<h2 id=\"table-schools\">学校名录</h2>");

        assertThat(scan()).extracting(Problem::rule).containsExactly("output.broken-anchor");
    }

    @Test
    void anAnchorIsOneWholeIdOfTheTargetPageNotPartOfOneOrOfTwo() throws IOException {
        page("index.html", "<a href=\"data/#table-school\">x</a><a href=\"data/#schools\">y</a>"
                + "<a href=\"data/#table-schools\">z</a><a href=\"data/#svg-cv\">w</a>");
        page("data/index.html", "<h2 id=\"table-schools\">学校名录</h2><h2 id=\"table\">表</h2><p id=\"schools\">学校</p>"
                + "<svg id=\"svg-cv\" viewBox=\"0 0 4 4\"><path d=\"M0 0h4\"/></svg>");
        page("data/other.html", "<p id=\"table-school\">elsewhere</p>");

        assertThat(scan()).extracting(Problem::rule, Problem::value)
                .containsExactly(tuple("output.broken-anchor", "data/#table-school"));
    }

    @Test
    void anchorsInsideAnInlineDrawingAreFoundWhetherItIsParsedOrNot() throws IOException {
        page("index.html", "<a href=\"chart/#svg-cv\">x</a><a href=\"chart/#svg-cv-title\">y</a><a href=\"#bar-1\">z</a>"
                + "<svg id=\"svg-own\"><rect id=\"bar-1\" width=\"1\" height=\"1\"/></svg>");
        page("chart/index.html", "<svg id=\"svg-cv\" viewBox=\"0 0 4 4\"><title id=\"svg-cv-title\">差异系数</title>"
                + "<g clip-path=\"url(#c)\"><path d=\"M0 0h4\"/></g></svg>"
                + "<svg id=\"svg-map\"><image href=\"https://tiles.example/1.png\"/></svg>");

        assertThat(scan()).extracting(Problem::rule, p -> p.location().file(), Problem::value)
                .containsExactly(tuple("output.remote-load", "chart/index.html", "https://tiles.example/1.png"));
    }

    /**
     * The resolution the scan did with java.net.URI, before it resolved addresses segment by segment;
     * but a final ".." that climbs above the root, which URI leaves as "/.." and the scan then took for
     * the folder above the site, is out of the site too.
     */
    private static String resolvedByUri(String page, String target) {
        try {
            java.net.URI resolved = new java.net.URI("file:///" + page).resolve(new java.net.URI(null, null,
                    java.net.URLDecoder.decode(target, StandardCharsets.UTF_8), null));
            String path = resolved.getPath();
            return path == null || !path.startsWith("/") || path.contains("/../") || path.endsWith("/..") ? null
                    : path.substring(1);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    @Test
    void relativeAddressesResolveAsJavasUriResolvesThem() {
        List<String> pages = List.of("index.html", "schools/2199010001/index.html", "en/counties/990102/index.html",
                "data/2024/index.html");
        List<String> targets = List.of(".", "..", "./", "../", "../..", "../../", "../../../../..", "a", "a/", "a/b",
                "a/../b", "a/./b", "a/..", "a/.", "./a", "../a/../../b/", "a//b", "a//", "../a//b/", "../../schools/2199010002/",
                "%E6%96%87%E4%BB%B6.pdf", "a%2Fb", "%2E%2E/x", "%zz", "x.html", "../../../data/2024/cvs.csv", "a+b",
                "../a+%2B/", "...", "a/.../b", ".a/..b");
        for (String page : pages) {
            for (String target : targets) {
                assertThat(OutputScanner.resolve(page, target)).as(page + " → " + target)
                        .isEqualTo(resolvedByUri(page, target));
            }
        }
        assertThat(OutputScanner.resolve("schools/2199010001/index.html", "../../counties/990102/"))
                .isEqualTo("counties/990102/");
        assertThat(OutputScanner.resolve("index.html", "..")).isNull();
        assertThat(OutputScanner.resolve("schools/index.html", "../..")).isNull();
    }

    @Test
    void aRebuildScansWhatItDidNotCarryOverAsPublishedAndResolvesLinksFromTheListing() throws IOException {
        page("index.html", "<a href=\"schools/\">schools</a> <a href=\"en/\">English</a> <a href=\"gone/\">gone</a>");
        page("schools/1/index.html", "<a href=\"../../missing.html\">carried over, scanned when published</a>");
        page("en/index.html", "<a href=\"../schools\">up</a> <a href=\"../schools/1/\">one</a>");
        Files.writeString(out.resolve("site.css"), "body { background: url(https://cdn.example/bg.png) }");
        Files.writeString(out.resolve("old.css"), "body { background: url(https://cdn.example/old.png) }");
        java.util.NavigableSet<String> files = new java.util.TreeSet<>(List.of("en/index.html", "index.html",
                "old.css", "schools/1/index.html", "site.css"));
        List<String> notAsPublished = List.of("en/index.html", "index.html", "site.css");

        assertThat(new OutputScanner(2).scan(out, files, notAsPublished, out, true))
                .extracting(Problem::rule, p -> p.location().file(), Problem::value).containsExactly(
                        tuple("output.broken-link", "index.html", "gone/"),
                        tuple("output.remote-load", "site.css", "https://cdn.example/bg.png"));
        // a published file is missing from the build: what was carried over is scanned again too
        assertThat(new OutputScanner(2).scan(out, files, notAsPublished, out, false))
                .extracting(Problem::rule, p -> p.location().file(), Problem::value).containsExactly(
                        tuple("output.broken-link", "index.html", "gone/"),
                        tuple("output.broken-link", "schools/1/index.html", "../../missing.html"),
                        tuple("output.remote-load", "old.css", "https://cdn.example/old.png"),
                        tuple("output.remote-load", "site.css", "https://cdn.example/bg.png"));
        // nothing carried over: everything is scanned
        assertThat(new OutputScanner(2).scan(out, files, List.copyOf(files), out, true)).hasSize(4);
    }
}
