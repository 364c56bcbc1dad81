package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junheng.OutputTree;
import org.junheng.render.SiteRenderer;
import org.junheng.site.synthetic.SyntheticSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of one county (a school's profile, the county's assessment and indicator pages) whose
 * county's content and the site-wide inputs are unchanged is carried over without its model being
 * made, and so is a page reading site-wide inputs only (a year's zones) while those are unchanged;
 * an edit to one county's content makes only that county's pages again, and an edit to anything
 * site-wide makes every such page again. After every kind of edit the output equals a
 * clean build's, and every page carried over by its inputs has the very model a clean build makes
 * (the builds here check that, and stop if one does not).
 */
class CountyScopedRebuildTest {

    /** Two counties (990101 and 990102), every school type, documents, projects, partnerships and zones. */
    private static final int SCHOOLS = 90;

    @TempDir
    static Path temp;

    @BeforeAll
    static void writeSites() {
        new SyntheticSite(SCHOOLS, 3).write(temp.resolve("incremental"));
        new SyntheticSite(SCHOOLS, 3).write(temp.resolve("clean"));
    }

    @Test
    void anEditToOneCountyMakesThatCountysProfilesAgainAndAnythingSiteWideEveryProfile() throws Exception {
        Map<String, Edit> edits = new LinkedHashMap<>();
        edits.put("a statistics row", new Edit("content/statistics/2024.csv", text -> field(text, "2024,9901010001,", 2,
                value -> String.valueOf(Integer.parseInt(value) + 10)), Carried.OTHER_COUNTY));
        edits.put("county inputs", new Edit("content/county/990101-2024.yml",
                text -> text.replaceFirst("evidence: \"《", "evidence: \"《修订"), Carried.OTHER_COUNTY));
        edits.put("a document naming the county's schools", new Edit("content/documents/c990101-2022-plan.md",
                text -> text + "\n本文件已修订。\n", Carried.OTHER_COUNTY));
        edits.put("a document a project of the county cites", new Edit("content/documents/c990101-2022-summary.md",
                text -> text + "\n本文件已修订。\n", Carried.OTHER_COUNTY));
        edits.put("a project", new Edit("content/projects/projects.csv", text -> field(text, "990101-2022-001,", 2,
                title -> title + "（调整）"), Carried.OTHER_COUNTY));
        edits.put("a partnership", new Edit("content/partnerships.yml",
                text -> text.replaceFirst("name: ", "name: 新"), Carried.OTHER_COUNTY));
        edits.put("a document moved to another year", new Edit("content/documents/c990101-2022-plan.md",
                text -> text.replace("date: 2022-03-13", "date: 2023-03-13"), Carried.OTHER_COUNTY_BUT_FILTERS));
        edits.put("a school's registry row", new Edit("content/schools.csv", text -> field(text, "9901020001,", 10,
                address -> address.replace("学府路", "育才路")), Carried.NOTHING));
        edits.put("an enrollment zone", new Edit("content/enrollment/2024/zones.csv", text -> field(text,
                "9901010001,", 5, note -> "含新建小区"), Carried.NOTHING));

        Path incremental = temp.resolve("incremental");
        Path clean = temp.resolve("clean");
        build(incremental);
        build(clean);
        // the pages that read site-wide inputs only: each year's zones and plans, listed by county and each county's
        String siteWidePage = "(en/)?(counties/\\d+/)?enrollment/\\d{4}/(zones|plans)/index.html";
        long siteWidePages = OutputTree.hashes(incremental.resolve("_site")).keySet().stream()
                .filter(path -> path.matches(siteWidePage)).count();
        assertThat(siteWidePages).isGreaterThanOrEqualTo(12);
        // and the other county's pages: its schools' profiles, its overview, school index, assessment and
        // indicator pages, the pages of the documents that concern it alone and its and its schools' document
        // filters, in both languages
        long pagesOfSecondCounty = OutputTree.hashes(incremental.resolve("_site")).keySet().stream()
                .filter(path -> path.endsWith("index.html") && !path.matches(siteWidePage))
                .filter(path -> path.matches("(en/)?(schools/990102\\d+|counties/990102|disclosures/c990102[^/]*"
                        + "|disclosures/by-(school/990102\\d+|county/990102))/.*"))
                .count();
        long filtersOfSecondCounty = OutputTree.hashes(incremental.resolve("_site")).keySet().stream()
                .filter(path -> path.matches("(en/)?disclosures/by-(school/990102\\d+|county/990102)/.*index.html"))
                .count();
        assertThat(filtersOfSecondCounty).isPositive();
        assertThat(pagesOfSecondCounty).isGreaterThan(SCHOOLS);
        TwinSites sites = new TwinSites(incremental, clean, CountyScopedRebuildTest::builtOrFailed);
        for (Map.Entry<String, Edit> edit : edits.entrySet()) {
            BuildResult result = sites.rebuiltAfter(edit.getKey(), edit.getValue()::apply);
            long carried = switch (edit.getValue().carried()) {
                case OTHER_COUNTY -> pagesOfSecondCounty + siteWidePages;
                case OTHER_COUNTY_BUT_FILTERS -> pagesOfSecondCounty - filtersOfSecondCounty + siteWidePages;
                case NOTHING -> 0;
            };
            assertThat(result.fromInputs()).as("pages carried over by their inputs after %s", edit.getKey())
                    .isEqualTo(carried);
        }
        BuildResult unchanged = build(incremental);
        assertThat(unchanged.rendered()).isZero();
        assertThat(tableLayouts(incremental)).as("the layouts of the tables in use, and no others")
                .isNotEmpty().isEqualTo(tableLayouts(clean));
    }

    @Test
    void aTablePieceOtherThanTheRowsItWasKeptForStopsAVerifyingBuild() throws Exception {
        Path site = built("pieces");
        // a row of the other county's indicators changed behind the cache's back, its file's stamp restored
        Path indicators = site.resolve("_site/data/2024/indicators.csv");
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(indicators);
        String text = Files.readString(indicators);
        int row = text.indexOf(",9901020001,");
        int digit = text.indexOf("1", row + ",9901020001,".length());
        Files.writeString(indicators, text.substring(0, digit) + "2" + text.substring(digit + 1));
        Files.setLastModifiedTime(indicators, modified);
        new FileEdit("content/statistics/2024.csv", text2 -> field(text2, "2024,9901010001,", 2,
                value -> String.valueOf(Integer.parseInt(value) + 10))).apply(site);

        assertThatThrownBy(() -> build(site)).hasStackTraceContaining("open-data table indicators")
                .hasStackTraceContaining("differ from the bytes kept for them");
    }

    @Test
    void aProfileWhoseModelIsNotTheOneItsInputKeyPromisesStopsAVerifyingBuild() throws Exception {
        Path site = built("verified");
        Path manifest = cacheFile(site, "[0-9a-f]+\\.manifest");
        BuildCache.Manifest recorded = ManifestFiles.manifest(manifest);
        Map<String, String> pages = new HashMap<>(recorded.pages());
        // as if the page's inputs key missed what changed its model
        pages.put("schools/9901020001/index.html", "school.ftlh:stale");
        ManifestFiles.write(new BuildCache.Manifest(recorded.environment(), recorded.inputs(),
                recorded.attachments(), recorded.warnings(), recorded.pageCount(), pages, recorded.files(),
                recorded.inputKeysDigest()), Files.newOutputStream(manifest));
        reviseCountyPlan(site);

        assertThatThrownBy(() -> build(site)).hasMessageContaining("schools/9901020001/index.html")
                .hasMessageContaining("input key");
    }

    @Test
    void inputKeysFromAnotherBuildThanTheManifestsAreNotUsed() throws Exception {
        Path site = built("mismatched");
        Path inputKeys = cacheFile(site, "[0-9a-f]+\\.inputs");
        Files.write(inputKeys, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND); // as if written by another build
        reviseCountyPlan(site);

        BuildResult result = build(site);

        assertThat(result.fromInputs()).as("pages carried over by input keys the manifest does not name").isZero();
        assertThat(result.rendered()).as("the document's pages").isEqualTo(2);
    }

    /** The synthetic site written into {@code folder} and built once. */
    private static Path built(String folder) throws ContentRejected {
        Path site = temp.resolve(folder);
        new SyntheticSite(SCHOOLS, 3).write(site);
        build(site);
        return site;
    }

    /** An edit of county 990101's implementation plan, which names schools of that county only. */
    private static void reviseCountyPlan(Path site) throws IOException {
        Files.writeString(site.resolve("content/documents/c990101-2022-plan.md"), "\n本文件已修订。\n",
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static java.util.List<String> tableLayouts(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve(".junheng-cache/table-layouts"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static Path cacheFile(Path site, String pattern) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve(".junheng-cache/builds"))) {
            return files.filter(file -> file.getFileName().toString().matches(pattern)).findFirst().orElseThrow();
        }
    }

    private static BuildResult builtOrFailed(Path site) {
        try {
            return build(site);
        } catch (ContentRejected e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static BuildResult build(Path site) throws ContentRejected {
        return new SiteBuilder().build(new BuildOptions(site, site.resolve("_site"), Optional.empty(), 2,
                Optional.of(java.time.LocalDate.of(2025, 6, 30)), true), SiteRenderer.ProgressListener.SILENT);
    }

    private static String field(String text, String row, int index, UnaryOperator<String> change) {
        return FileEdit.field(text, row, index, change);
    }

    /** An edit of one file, and whether what it changes belongs to county 990101 alone. */
    /** What a rebuild after an edit carries over by input keys, besides the site-wide pages when it carries any. */
    private enum Carried {
        /** every page of the other county */
        OTHER_COUNTY,
        /** every page of the other county but its document filters, which count every year's documents */
        OTHER_COUNTY_BUT_FILTERS,
        NOTHING
    }

    private record Edit(String file, UnaryOperator<String> change, Carried carried) {

        void apply(Path site) {
            new FileEdit(file, change).apply(site);
        }
    }
}
