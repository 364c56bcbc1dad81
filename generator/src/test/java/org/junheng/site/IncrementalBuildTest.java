package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junheng.OutputTree;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild renders only the pages whose model changed and rewrites only the files whose bytes
 * changed — and its output is always byte for byte what a build without any cache writes.
 */
class IncrementalBuildTest {

    private static final String DOCUMENT = """
            ---
            title: 测试县优质均衡发展实施方案
            type: 工作方案
            date: 2024-03-18
            issuer: 测试县教育局
            number: 测教发〔2024〕8号
            schools: ["2199020001"]
            ---
            ## 工作目标

            到 2026 年，全县义务教育学校达到优质均衡标准。
            """;

    @TempDir
    Path temp;

    @Test
    void afterEveryKindOfEditTheIncrementalBuildEqualsACleanBuild() throws IOException {
        TestSite incremental = TestSite.in(temp.resolve("incremental"));
        TestSite clean = TestSite.in(temp.resolve("clean"));
        Map<String, Consumer<TestSite>> edits = new java.util.LinkedHashMap<>();
        edits.put("a document added", site -> site.write("content/documents/2024-plan.md", DOCUMENT));
        edits.put("a document edited", site -> site.write("content/documents/2024-plan.md",
                DOCUMENT.replace("到 2026 年", "到 2027 年")));
        edits.put("a statistics row", site -> site.write("content/statistics/2024.csv",
                TestSite.STATISTICS.replace("2024,2199020002,,,,900,", "2024,2199020002,,,,950,")));
        edits.put("a template", site -> site.write("templates/404.ftlh", builtInTemplate("404.ftlh")
                .replace("<h1>${page.title}</h1>", "<h1>${page.title}！</h1>")));
        edits.put("a label", site -> site.write("templates/i18n/zh-CN.yml", "schools.title: 本县学校\n"));
        edits.put("the config", site -> site.write("site-config.yml",
                TestSite.CONFIG.replace("title: 测试县义务教育信息公开", "title: 测试县教育信息公开")));
        edits.put("a school deleted", site -> site
                .write("content/schools.csv", withoutLine(TestSite.SCHOOLS, "2199020003"))
                .write("content/statistics/2024.csv", withoutLine(TestSite.STATISTICS
                        .replace("2024,2199020002,,,,900,", "2024,2199020002,,,,950,"), "2199020003")));
        edits.put("nothing", site -> { });

        incremental.build();
        clean.build();
        for (Map.Entry<String, Consumer<TestSite>> edit : edits.entrySet()) {
            edit.getValue().accept(incremental);
            edit.getValue().accept(clean);
            BuildResult result = incremental.build();
            deleteCache(clean);
            clean.build();

            assertThat(differences(OutputTree.hashes(incremental.out()), OutputTree.hashes(clean.out())))
                    .as("files that differ from a clean build after %s", edit.getKey()).isEmpty();
            if (edit.getKey().equals("a document edited") || edit.getKey().equals("a statistics row")) {
                assertThat(result.rendered()).as("pages rendered again after %s", edit.getKey())
                        .isPositive().isLessThan(result.pages() / 2);
            }
        }
        incremental.assertPage("schools/index.html", "本县学校").assertPage("index.html", "测试县教育信息公开")
                .assertNoPage("schools/2199020003/index.html");
    }

    @Test
    void aRebuildWithNothingChangedRendersAndRewritesNothing() {
        TestSite site = TestSite.in(temp, "-- content/documents/2024-plan.md --\n" + DOCUMENT);
        site.build();
        Map<String, String> published = identities(site.out());

        BuildResult again = site.build();

        assertThat(again.rendered()).isZero();
        assertThat(again.files()).isZero();
        assertThat(again.pages()).isGreaterThan(20);
        assertThat(identities(site.out())).as("every file keeps its inode and modification time").isEqualTo(published);
    }

    @Test
    void aRebuildWithNothingChangedReportsTheWarningsFoundBefore() {
        TestSite site = TestSite.in(temp).write("content/documents/notice.md", """
                ---
                title: 通知
                type: 通知
                date: 2024-05-01
                ---
                正文\u200b内容。
                """);
        BuildResult first = site.build();
        assertThat(first.warnings()).isNotEmpty();

        BuildResult again = site.build();

        assertThat(again.rendered()).isZero();
        assertThat(again.warnings()).isEqualTo(first.warnings());
    }

    @Test
    void oneSchoolsStatisticsRewriteItsPagesItsCountysAggregatesAndTheListsOfSchoolsOnly() {
        TestSite site = TestSite.in(temp, "-- content/documents/2024-plan.md --\n" + DOCUMENT);
        site.build();
        Map<String, String> published = identities(site.out());

        BuildResult result = site.build(); // warm: nothing changes
        site.write("content/statistics/2024.csv",
                TestSite.STATISTICS.replace("2024,2199020001,1200,", "2024,2199020001,1250,"));
        result = site.build();

        Set<String> written = changed(published, identities(site.out()));
        Set<String> pages = new TreeSet<>(written.stream().filter(path -> path.endsWith(".html")).toList());
        assertThat(pages).as("pages rewritten").containsExactlyInAnyOrder(
                "schools/2199020001/index.html", // the school
                "index.html", "assessment/index.html", "assessment/2024/index.html", // the county's aggregates
                "indicators/L4/index.html", // the one indicator that reads primary students
                "schools/index.html", // the list of schools, with its student count
                "data/index.html", // the open-data page, with the new release and checksums
                // and the English twin of each
                "en/schools/2199020001/index.html", "en/index.html", "en/assessment/index.html",
                "en/assessment/2024/index.html", "en/indicators/L4/index.html", "en/schools/index.html",
                "en/data/index.html");
        assertThat(result.rendered()).as("pages rendered").isEqualTo(pages.size());
        assertThat(written.stream().filter(path -> !path.endsWith(".html") && !path.startsWith("data/")))
                .as("other files rewritten: the school's data.json; the others keep the release they last changed in")
                .containsExactly("schools/2199020001/data.json");
        assertThat(site.file("schools/2199020002/data.json")).contains("\"data_version\": \"1.0.0\"");
        assertThat(site.file("schools/2199020001/data.json")).contains("\"data_version\": \"1.0.1\"");
        assertThat(written).as("the document, the other schools' pages, the assets")
                .doesNotContain("disclosures/2024-plan/index.html", "schools/2199020002/index.html",
                        "schools/2199020003/index.html", "indicators/L1/index.html", "assets/css/junheng.css");
        assertThat(written.stream().filter(path -> path.startsWith("data/charts/")))
                .as("chart tables rewritten").allMatch(path -> path.contains("-cv") || path.contains("-L4-")
                        || path.contains("2199020001"));
        assertThat(result.files()).isEqualTo(written.size());
    }

    @Test
    void aManifestCutShortOrUnreadableIsNoCacheAndTheBuildRendersEverythingAgain() throws IOException {
        TestSite site = TestSite.in(temp);
        BuildResult first = site.build();
        Path manifest;
        try (Stream<Path> files = Files.list(site.root().resolve(".junheng-cache/builds"))) {
            manifest = files.filter(file -> file.getFileName().toString().endsWith(".manifest")).findFirst()
                    .orElseThrow();
        }
        byte[] whole = Files.readAllBytes(manifest);
        String published = site.file("schools/index.html");

        // its start (the inputs) still reads, the rest does not: read on a thread of its own, it fails there
        Files.write(manifest, java.util.Arrays.copyOf(whole, whole.length / 2));
        BuildResult cutShort = site.build();
        assertThat(cutShort.rendered()).isEqualTo(first.rendered());
        assertThat(site.file("schools/index.html")).isEqualTo(published);

        Files.writeString(manifest, "not a manifest");
        assertThat(site.build().rendered()).isEqualTo(first.rendered());
        assertThat(site.build().rendered()).as("the manifest written again is read again").isZero();
    }

    @Test
    void aPublishedPageEditedByHandIsRenderedAgain() throws IOException {
        TestSite site = TestSite.in(temp);
        site.build();
        String original = site.file("schools/index.html");
        Files.writeString(site.out().resolve("schools/index.html"), "edited on the server");

        BuildResult result = site.build();

        assertThat(site.file("schools/index.html")).isEqualTo(original);
        assertThat(result.rendered()).isEqualTo(1);
    }

    @Test
    void aPublishedTableEditedByHandIsWrittenAgainWithItsTwinInLatest() throws IOException {
        TestSite site = TestSite.in(temp);
        site.build();
        String original = site.file("data/2024/statistics.json");
        assertThat(site.file("data/latest/statistics.json")).isEqualTo(original);
        Files.writeString(site.out().resolve("data/2024/statistics.json"), "[]\n");
        Files.writeString(site.out().resolve("data/latest/statistics.csv"), "edited on the server\n");

        site.build();

        assertThat(site.file("data/2024/statistics.json")).isEqualTo(original);
        assertThat(site.file("data/latest/statistics.json")).isEqualTo(original);
        assertThat(site.file("data/latest/statistics.csv")).isEqualTo(site.file("data/2024/statistics.csv"))
                .startsWith("year,code");
    }

    @Test
    void aSchoolsDataFileEditedByHandIsWrittenAgain() throws IOException {
        TestSite site = TestSite.in(temp);
        site.build();
        String original = site.file("schools/2199020002/data.json");
        Files.writeString(site.out().resolve("schools/2199020002/data.json"), "{}\n");

        site.build();

        assertThat(site.file("schools/2199020002/data.json")).isEqualTo(original);
    }

    @Test
    void aSha256SumsEditedByHandIsWrittenAgainFromTheFilesThemselves() throws IOException {
        TestSite site = TestSite.in(temp);
        site.build();
        String original = site.file("data/SHA256SUMS");
        // an Excel copy's line: the change log reads the canonical tables' lines, and would start a new release
        String excel = original.lines().filter(line -> line.endsWith(".excel.csv")).findFirst().orElseThrow();
        Files.writeString(site.out().resolve("data/SHA256SUMS"), original.replace(excel, "0".repeat(64) + excel.substring(64)));

        site.build();

        assertThat(site.file("data/SHA256SUMS")).isEqualTo(original);
    }

    @Test
    void aLinkFromAPageNotRenderedAgainToAPageThatIsGoneIsStillCaught() {
        TestSite site = TestSite.in(temp, "-- content/documents/2024-plan.md --\n" + DOCUMENT
                + "-- content/about.md --\n本站的[实施方案](../disclosures/2024-plan/)。\n");
        site.build();

        site.delete("content/documents/2024-plan.md");

        assertThat(site.buildRejected()).anySatisfy(problem -> {
            assertThat(problem.rule()).isEqualTo("output.broken-link");
            assertThat(problem.location().toString()).contains("about/index.html");
        });
    }

    @Test
    void aLinkFromAPageNotRenderedAgainToAnAnchorThatIsGoneIsStillCaught() {
        TestSite site = TestSite.in(temp, "-- content/documents/2024-plan.md --\n" + DOCUMENT.replace("## 工作目标", "## Goals")
                + "-- content/about.md --\n本站的[实施目标](../disclosures/2024-plan/#goals)。\n");
        site.build();

        site.write("content/documents/2024-plan.md", DOCUMENT.replace("## 工作目标", "## Aims"));

        assertThat(site.buildRejected()).anySatisfy(problem -> {
            assertThat(problem.rule()).isEqualTo("output.broken-anchor");
            assertThat(problem.location().toString()).contains("about/index.html");
        });
    }

    private static String builtInTemplate(String name) {
        try {
            return Files.readString(Path.of("..", "templates", name).toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutLine(String text, String containing) {
        return String.join("\n", text.lines().filter(line -> !line.contains(containing)).toList()) + "\n";
    }

    private static void deleteCache(TestSite site) {
        OutputFolder.delete(site.root().resolve(".junheng-cache"));
    }

    private static Set<String> differences(Map<String, String> one, Map<String, String> other) {
        Set<String> differences = new TreeSet<>(changed(one, other));
        differences.addAll(changed(other, one));
        return differences;
    }

    private static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((path, identity) -> {
            if (!identity.equals(before.get(path))) {
                changed.add(path);
            }
        });
        return changed;
    }

    /** Every file of the output with its file identity and modification time: what changes when a file is written. */
    private static Map<String, String> identities(Path out) {
        Map<String, String> identities = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                identities.put(out.relativize(file).toString().replace('\\', '/'),
                        attributes.fileKey() + "@" + attributes.lastModifiedTime().toInstant());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return identities;
    }
}
