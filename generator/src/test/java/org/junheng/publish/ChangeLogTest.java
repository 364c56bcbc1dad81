package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junheng.OutputTree;
import org.junheng.TestSite;
import org.junheng.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change log compares each build with the output it replaces and records what changed, and why. */
class ChangeLogTest {

    private static final String STATISTICS_2023 = """
            year,code,primary_students,primary_classes,primary_teachers,junior_students,junior_classes,junior_teachers,teaching_area
            2023,2199020001,1180,26,69,,,,6100
            2023,2199020002,,,,880,18,74,5900.5
            2023,2199020003,410,12,30,190,6,20,3000
            """;

    @TempDir
    Path temp;

    @Test
    void aChangedTableWhoseColumnsChangedIsAMajorReleaseAndOnlyChangedTablesHeadersAreRead() throws IOException {
        Path before = temp.resolve("before");
        Files.createDirectories(before.resolve("2024"));
        Files.writeString(before.resolve("2024/renamed.csv"), "year,code,area\n2024,1,2\n");
        Files.writeString(before.resolve("2024/rows.csv"), "year,code\n2024,1\n");
        LocalDate day = LocalDate.of(2025, 6, 30);
        ChangeLog first = new ChangeLog(List.of(new Release("1.0.0", day, true, List.of("2024/renamed.csv",
                "2024/rows.csv", "2024/same.csv"), List.of(), List.of(), List.of(), List.of())));
        SortedMap<String, String> published = new TreeMap<>(Map.of(
                "2024/renamed.csv", "a1", "2024/rows.csv", "b1", "2024/same.csv", "c1"));
        List<String> read = new ArrayList<>();
        Map<String, String> headers = Map.of("2024/renamed.csv", "year,code,teaching_area",
                "2024/rows.csv", "year,code");

        ChangeLog next = ChangeLog.next(Map.of("2024/renamed.csv", "a2", "2024/rows.csv", "b2",
                "2024/same.csv", "c1"), path -> {
                    read.add(path);
                    return headers.get(path);
                }, List.of(), day, Optional.of(new PublishedBefore(before, published, first)));

        assertThat(next.current().version()).isEqualTo("2.0.0");
        assertThat(next.current().changed()).containsExactly("2024/renamed.csv", "2024/rows.csv");
        assertThat(next.current().columnsChanged()).containsExactly("2024/renamed.csv");
        assertThat(read).as("headers read").containsExactlyInAnyOrder("2024/renamed.csv", "2024/rows.csv");
    }

    @Test
    void aRebuildOfTheSameInputsLeavesTheDataByteForByteAsItWas() {
        TestSite site = TestSite.in(temp);
        site.build();
        var first = OutputTree.hashes(site.out().resolve("data"));

        site.build();

        assertThat(OutputTree.hashes(site.out().resolve("data"))).isEqualTo(first);
        assertThat(releases(site)).extracting(r -> r.path("version").asText()).containsExactly("1.0.0");
    }

    @Test
    void changedRowsArePatchesNewTablesMinorAndRemovedTablesMajorReleases() {
        TestSite site = TestSite.in(temp);
        site.build();
        assertThat(releases(site).get(0).path("first").asBoolean()).isTrue();

        site.write("content/statistics/2024.csv", TestSite.STATISTICS.replace("6100", "6300"));
        site.build();
        JsonNode patch = releases(site).get(0);
        assertThat(patch.path("version").asText()).isEqualTo("1.0.1");
        assertThat(strings(patch.path("changed"))).contains("2024/statistics.csv", "2024/indicators.csv", "2024/cvs.csv")
                .doesNotContain("2024/schools.csv");
        assertThat(strings(patch.path("added"))).isEmpty();

        site.write("content/statistics/2023.csv", STATISTICS_2023);
        site.build();
        JsonNode minor = releases(site).get(0);
        assertThat(minor.path("version").asText()).isEqualTo("1.1.0");
        assertThat(strings(minor.path("added"))).contains("2023/statistics.csv", "2023/cvs.csv");

        site.delete("content/statistics/2023.csv");
        site.build();
        JsonNode major = releases(site).get(0);
        assertThat(major.path("version").asText()).isEqualTo("2.0.0");
        assertThat(strings(major.path("removed"))).contains("2023/statistics.csv");
        assertThat(releases(site)).extracting(r -> r.path("version").asText())
                .containsExactly("2.0.0", "1.1.0", "1.0.1", "1.0.0");

        site.assertPage("data/index.html", "2.0.0", "1.1.0", "1.0.1", "2023/statistics.csv");
    }

    @Test
    void aDeclaredCorrectionIsListedWithTheReleaseThatFirstCarriesIt() {
        TestSite site = TestSite.in(temp);
        site.build();

        site.write("content/statistics/2024.csv", TestSite.STATISTICS.replace("2024,2199020003,400,12,30", "2024,2199020003,400,12,32"));
        site.write("content/corrections.yml", """
                - date: 2024-11-05
                  table: statistics
                  year: 2024
                  school: "2199020003"
                  what: 河口镇九年一贯制学校小学专任教师数由 30 人更正为 32 人
                  why: 原表漏计 2 名新入职教师
                """);
        site.build();

        JsonNode release = releases(site).get(0);
        assertThat(release.path("version").asText()).isEqualTo("1.0.1");
        assertThat(release.path("corrections").get(0).path("what").asText()).contains("由 30 人更正为 32 人");
        site.assertPage("data/index.html", "河口镇九年一贯制学校小学专任教师数由 30 人更正为 32 人", "原表漏计 2 名新入职教师",
                "2024—2025学年，2199020003");

        site.build();
        assertThat(releases(site)).as("listed once, not again on the next build").hasSize(2);
    }

    @Test
    void aCorrectionMustNameAPublishedTableAndARegisteredSchool() {
        TestSite site = TestSite.in(temp, """
                -- content/corrections.yml --
                - date: 2024-11-05
                  table: statistic
                  school: "2199029999"
                  what: 改了
                  why: 错了
                """);

        List<Problem> problems = site.buildRejected();

        assertThat(problems).extracting(Problem::rule)
                .containsExactlyInAnyOrder("corrections.unknown-table", "corrections.unknown-school");
        Problem table = problems.stream().filter(p -> p.rule().equals("corrections.unknown-table")).findFirst().orElseThrow();
        assertThat(table.location().file()).isEqualTo("content/corrections.yml");
        assertThat(table.location().line()).isEqualTo(1);
        assertThat(table.location().field()).isEqualTo("table");
        assertThat(table.fix()).contains("statistics", "indicators", "cvs");
    }

    @Test
    void aCorrectionNeedsARealDateAndSaysWhy() {
        TestSite site = TestSite.in(temp, """
                -- content/corrections.yml --
                - date: 2024-13-01
                  table: statistics
                  what: 改了
                  because: 错了
                """);

        assertThat(site.buildRejected()).extracting(p -> p.rule() + " " + p.location().line())
                .containsExactlyInAnyOrder("corrections.date 1", "corrections.required 1", "corrections.unknown-field 4");
    }

    @Test
    void versionsCountLikeSemanticVersions() {
        assertThat(ChangeLog.bump("1.4.2", 2)).isEqualTo("1.4.3");
        assertThat(ChangeLog.bump("1.4.2", 1)).isEqualTo("1.5.0");
        assertThat(ChangeLog.bump("1.4.2", 0)).isEqualTo("2.0.0");
    }

    private static List<JsonNode> releases(TestSite site) {
        try {
            JsonNode root = new ObjectMapper().readTree(site.out().resolve("data/changelog.json").toFile());
            List<JsonNode> releases = new ArrayList<>();
            root.path("releases").forEach(releases::add);
            return releases;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
