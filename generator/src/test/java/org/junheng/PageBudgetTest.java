package org.junheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junheng.publish.DemoBuild;
import org.junheng.render.SiteRenderer;
import org.junheng.site.BuildOptions;
import org.junheng.site.SiteBuilder;
import org.junheng.site.synthetic.SyntheticSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page budgets stated in the README, held over the demo county: per page type, the bytes a
 * reader's phone fetches for a page — its HTML with inline SVG and scripts, and every stylesheet
 * and script it links — and, for every page, its JavaScript.
 */
class PageBudgetTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([^|]+) \\| ([^|]+) \\| (\\d+) KiB \\|$");
    private static final Pattern SCRIPT_BUDGET = Pattern.compile("at most (\\d+) KiB of JavaScript");

    @Test
    void everyPageTypeStaysWithinTheBudgetTheReadmeStatesInBothLanguages() throws IOException {
        List<Budget> budgets = budgets();
        assertThat(budgets).hasSizeGreaterThan(10);

        assertThat(overBudget(DemoBuild.output(), budgets)).as("pages over their budget").isEmpty();
    }

    /**
     * A county of the synthetic average size, 70 schools zoning about 170 villages and communities a
     * year, for which the budgets are set: the pages listing its schools and zones grow with it
     * (its zone lookup had gone over its budget while every area's row named its schools in full).
     */
    @Test
    void aCountyOfSeventySchoolsKeepsEveryPageWithinBudgetInBothLanguages(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        new SyntheticSite(70, 1).write(site);
        Path out = temp.resolve("_site");
        new SiteBuilder().build(new BuildOptions(site, out, Optional.empty(), 2), SiteRenderer.ProgressListener.SILENT);

        assertThat(overBudget(out, budgets())).as("pages over their budget").isEmpty();
    }

    /**
     * The pages of {@code out} over the budget of their type, Chinese and English alike (an English
     * page has its Chinese twin's type); every type must have pages in both languages.
     */
    private static List<String> overBudget(Path out, List<Budget> budgets) throws IOException {
        List<Path> pages = htmlPages(out).stream().map(out::relativize).toList();
        List<String> over = new ArrayList<>();
        for (Budget budget : budgets) {
            List<Path> matching = pages.stream().filter(page -> budget.matches(chineseTwin(page))).toList();
            assertThat(matching).as("Chinese pages of type %s (%s)", budget.type(), budget.patterns())
                    .anyMatch(page -> page.equals(chineseTwin(page)));
            if (!budget.type().equals("not found")) { // one not-found page speaks both languages
                assertThat(matching).as("English pages of type %s", budget.type())
                        .anyMatch(page -> !page.equals(chineseTwin(page)));
            }
            for (Path page : matching) {
                long bytes = weight(out, out.resolve(page)).total();
                if (bytes > budget.kib() * 1024L) {
                    over.add(page + ": " + bytes / 1024 + " KiB, budget " + budget.kib() + " KiB (" + budget.type() + ")");
                }
            }
        }
        return over;
    }

    /** The address of an English page's Chinese twin, which the budget table names; a Chinese page's own. */
    private static Path chineseTwin(Path page) {
        return page.getNameCount() > 1 && page.getName(0).toString().equals("en") ? page.subpath(1, page.getNameCount())
                : page;
    }

    @Test
    void everyPageCarriesLittleJavaScript() throws IOException {
        Path out = DemoBuild.output();
        Matcher stated = SCRIPT_BUDGET.matcher(budgetSection());
        assertThat(stated.find()).as("the README states the JavaScript budget").isTrue();
        long limit = Long.parseLong(stated.group(1)) * 1024L;

        for (Path page : htmlPages(out)) {
            assertThat(weight(out, page).script()).as("JavaScript of %s", out.relativize(page)).isLessThanOrEqualTo(limit);
        }
    }

    /** What a page costs: the HTML file plus what it links, and of that the JavaScript. */
    record Weight(long total, long script) {
    }

    static Weight weight(Path out, Path page) throws IOException {
        Document html = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        long total = Files.size(page);
        long script = 0;
        for (Element link : html.select("link[rel=stylesheet]")) {
            total += Files.size(linked(out, page, link.attr("href")));
        }
        for (Element element : html.select("script[src]")) {
            long size = Files.size(linked(out, page, element.attr("src")));
            total += size;
            script += size;
        }
        for (Element element : html.select("script:not([src]):not([type=application/json]):not([type=application/ld+json])")) {
            script += element.data().getBytes(StandardCharsets.UTF_8).length;
        }
        return new Weight(total, script);
    }

    /** A linked file: relative to the page, or (the not-found page) from the site's base path. */
    private static Path linked(Path out, Path page, String url) {
        if (url.startsWith("/")) {
            return out.resolve(url.substring(url.indexOf("/assets/") + 1));
        }
        return page.getParent().resolve(url).normalize();
    }

    private static List<Path> htmlPages(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
    }

    record Budget(String type, List<String> patterns, int kib) {
        boolean matches(Path page) {
            return patterns.stream().map(pattern -> FileSystems.getDefault().getPathMatcher("glob:" + pattern))
                    .anyMatch((PathMatcher matcher) -> matcher.matches(page));
        }
    }

    /** The README's budget table: | page type | `pattern`, `pattern` | N KiB |. */
    static List<Budget> budgets() throws IOException {
        List<Budget> budgets = new ArrayList<>();
        for (String line : budgetSection().split("\n")) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                List<String> patterns = new ArrayList<>();
                Matcher code = Pattern.compile("`([^`]+)`").matcher(row.group(2));
                while (code.find()) {
                    patterns.add(code.group(1));
                }
                budgets.add(new Budget(row.group(1).strip(), patterns, Integer.parseInt(row.group(3))));
            }
        }
        return budgets;
    }

    private static String budgetSection() throws IOException {
        String readme = Files.readString(DemoBuild.DEMO.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Page budgets");
        assertThat(start).as("README has a Page budgets section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 3);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
