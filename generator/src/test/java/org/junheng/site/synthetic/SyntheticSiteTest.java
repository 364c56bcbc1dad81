package org.junheng.site.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junheng.OutputTree;
import org.junheng.TestSite;
import org.junheng.render.SiteRenderer;
import org.junheng.site.BuildOptions;
import org.junheng.content.Content;
import org.junheng.content.Problem;
import org.junheng.content.School;
import org.junheng.content.SchoolType;
import org.junheng.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticSiteTest {

    private static final int SCHOOLS = 150;

    @TempDir
    static Path temp;

    private static SyntheticSite.Summary summary;
    private static SiteBuilder.Inspection inspection;

    @BeforeAll
    static void writeAndInspect() throws Exception {
        summary = new SyntheticSite(SCHOOLS, 7).write(temp.resolve("a"));
        inspection = new SiteBuilder().inspect(temp.resolve("a"));
    }

    @Test
    void passesEveryCheckWithoutFindings() {
        List<Problem> problems = inspection.problems();
        assertThat(problems).as(TestSite.describe(problems)).isEmpty();
    }

    @Test
    void holdsTheSchoolsAskedForInSeveralCountiesWithEveryType() {
        Content content = inspection.content();
        assertThat(content.schools()).hasSize(SCHOOLS);
        assertThat(summary.counties()).isGreaterThan(1);
        assertThat(content.counties()).hasSize(summary.counties());
        assertThat(content.schools()).extracting(School::countyCode).containsOnly(
                content.counties().stream().map(c -> c.code()).toArray(String[]::new));
        for (var county : content.counties()) {
            assertThat(content.schools().stream().filter(s -> s.countyCode().equals(county.code())).map(School::type))
                    .as("school types of %s", county.name()).containsAll(List.of(SchoolType.values()));
        }
    }

    @Test
    void hasSeveralYearsDocumentsZonesProjectsAndPartnerships() {
        Content content = inspection.content();
        assertThat(content.statistics()).extracting(row -> row.year()).containsOnly(2022, 2023, 2024);
        assertThat(content.statistics()).hasSize(SCHOOLS * SyntheticSite.YEARS);
        assertThat(content.documents()).hasSize(summary.documents()).hasSizeGreaterThan(summary.counties() * 4);
        assertThat(content.enrollment()).hasSize(2).allSatisfy(year -> assertThat(year.zones()).isNotEmpty());
        assertThat(content.enrollment().get(1).zones()).isNotEqualTo(content.enrollment().get(0).zones());
        assertThat(content.enrollment().get(1).plans()).isNotEmpty();
        assertThat(content.projects()).hasSizeGreaterThan(SCHOOLS / 10);
        assertThat(content.partnerships()).hasSizeGreaterThan(summary.counties());
    }

    @Test
    void theSameSizeAndSeedWriteTheSameFilesAndAnotherSeedOtherFigures() throws IOException {
        new SyntheticSite(SCHOOLS, 7).write(temp.resolve("b"));
        new SyntheticSite(SCHOOLS, 8).write(temp.resolve("c"));

        Map<String, String> first = files(temp.resolve("a"));
        assertThat(files(temp.resolve("b"))).isEqualTo(first);
        Map<String, String> other = files(temp.resolve("c"));
        assertThat(other.keySet()).isEqualTo(first.keySet());
        assertThat(other.get("content/statistics/2024.csv")).isNotEqualTo(first.get("content/statistics/2024.csv"));
    }

    @Test
    void aSiteOfSeveralCountiesBuildsByteIdenticallyOnOneThreadOrMany() throws Exception {
        Path site = temp.resolve("small");
        new SyntheticSite(90, 3).write(site);

        build(site, temp.resolve("one-thread"), 1);
        build(site, temp.resolve("three-threads"), 3);

        Map<String, String> first = OutputTree.hashes(temp.resolve("one-thread"));
        assertThat(first).containsKeys("counties/990101/assessment/index.html", "schools/9901020001/index.html",
                "schools/9901020001/data.json", "enrollment/2024/zones/index.html");
        assertThat(OutputTree.hashes(temp.resolve("three-threads"))).isEqualTo(first);
    }

    private static void build(Path site, Path out, int threads) throws Exception {
        new SiteBuilder().build(new BuildOptions(site, out, Optional.empty(), threads), SiteRenderer.ProgressListener.SILENT);
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
