package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junheng.render.SiteRenderer;
import org.junheng.site.synthetic.SyntheticSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school year whose open-data inputs are unchanged takes its tables and its schools' rows from the
 * build cache instead of making them again: an edit of the newest year's statistics leaves every
 * older year as it was, an edit of a document only its own year's, an edit of an older year's
 * statistics makes that year and every later one again, and an edit of anything not of one year
 * (the registry) makes every year again. After each edit the output equals a clean build's, each
 * school's {@code data.json} included.
 */
class CarriedYearsRebuildTest {

    private static final int SCHOOLS = 20;

    @TempDir
    Path temp;

    @Test
    void aYearWhoseInputsAreUnchangedIsTakenFromTheCacheAndTheOutputEqualsACleanBuild() {
        Path incremental = temp.resolve("incremental");
        Path clean = temp.resolve("clean");
        new SyntheticSite(SCHOOLS, 3).write(incremental);
        new SyntheticSite(SCHOOLS, 3).write(clean);
        BuildResult first = build(incremental);
        build(clean);
        assertThat(first.yearsCarried()).as("nothing kept yet").isEmpty();
        List<Integer> olderYears = List.of(2022, 2023);

        Map<String, FileEdit> edits = new LinkedHashMap<>();
        edits.put("the newest year's statistics", studentsAdded(2024, 10));
        edits.put("a document of school year 2021", new FileEdit("content/documents/c990101-2022-plan.md",
                text -> text + "\n本文件已修订。\n"));
        edits.put("the oldest year's statistics", studentsAdded(2022, 10));
        edits.put("a school's registry row", new FileEdit("content/schools.csv",
                text -> FileEdit.field(text, "9901010001,", 10, address -> address.replace("路", "街"))));
        Map<String, List<Integer>> carried = new LinkedHashMap<>();
        TwinSites sites = new TwinSites(incremental, clean, CarriedYearsRebuildTest::build);
        edits.forEach((what, edit) -> carried.put(what, sites.rebuiltAfter(what, edit::apply).yearsCarried()));
        assertThat(carried.get("the newest year's statistics")).containsAll(olderYears).doesNotContain(2024);
        assertThat(carried.get("a document of school year 2021")).as("a document reaches its own year's list only")
                .containsAll(List.of(2022, 2023, 2024)).doesNotContain(2021);
        assertThat(carried.get("the oldest year's statistics"))
                .doesNotContainAnyElementsOf(List.of(2022, 2023, 2024));
        assertThat(carried.get("a school's registry row")).isEmpty();
        assertThat(keptYears(incremental)).as("one file per year of the last build")
                .hasSize(publishedYears(incremental));
    }

    @Test
    void aKeptYearThatCannotBeReadIsMadeAgain() throws IOException {
        Path site = temp.resolve("damaged");
        new SyntheticSite(SCHOOLS, 3).write(site);
        build(site);
        List<Path> kept = keptYears(site);
        Files.write(kept.get(0), new byte[] {1, 2, 3});
        for (Path cutShort : kept.subList(1, kept.size())) { // the rows of the year's schools cut short
            byte[] bytes = Files.readAllBytes(cutShort);
            Files.write(cutShort, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        }
        studentsAdded(2024, 1).apply(site);

        BuildResult result = build(site);

        assertThat(result.yearsCarried()).as("no year kept whole").isEmpty();
        assertThat(keptYears(site)).hasSameSizeAs(kept)
                .allSatisfy(year -> assertThat(Files.size(year)).isGreaterThan(3));
    }

    @Test
    void aKeptYearOtherThanItsKeyPromisesStopsAVerifyingBuild() throws IOException {
        Path site = temp.resolve("verified");
        new SyntheticSite(SCHOOLS, 3).write(site);
        build(site);
        Path oldest = keptYears(site).stream().filter(year -> year.getFileName().toString().startsWith("2022-"))
                .findFirst().orElseThrow();
        // as if the year's key missed something its tables read: one table's digest, of the same length
        String kept = new String(Files.readAllBytes(oldest), StandardCharsets.ISO_8859_1);
        int digest = kept.indexOf("\"sha256\":\"") + "\"sha256\":\"".length();
        char first = kept.charAt(digest);
        Files.write(oldest, (kept.substring(0, digest) + (first == '0' ? '1' : '0') + kept.substring(digest + 1))
                .getBytes(StandardCharsets.ISO_8859_1));
        studentsAdded(2024, 1).apply(site);

        assertThatThrownBy(() -> new SiteBuilder().build(new BuildOptions(site, site.resolve("_site"), Optional.empty(),
                2, Optional.of(java.time.LocalDate.of(2025, 6, 30)), true), SiteRenderer.ProgressListener.SILENT))
                .hasMessageContaining("school year 2022").hasMessageContaining("input key");
    }

    @Test
    void aYearMadeAgainTakesTheIndicatorRowsOfTheCountiesWhoseContentIsUnchanged() throws IOException {
        Path site = temp.resolve("counties");
        new SyntheticSite(100, 3).write(site); // two counties
        build(site);
        // the last county's rows as kept, their year altered: found published, they were taken, not made
        Path kept = site.resolve(".junheng-cache/county-rows/indicators-2024.rows");
        byte[] bytes = Files.readAllBytes(kept);
        java.nio.ByteBuffer file = java.nio.ByteBuffer.wrap(bytes);
        java.io.DataInputStream index = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes,
                (int) file.getLong(bytes.length - 12), bytes.length));
        long lastStart = -1;
        int lastLength = 0;
        int counties = index.readInt();
        assertThat(counties).isEqualTo(2);
        for (int count = counties; count > 0; count--) {
            index.readUTF();
            long start = index.readLong();
            int length = index.readInt();
            if (start > lastStart) {
                lastStart = start;
                lastLength = length;
            }
        }
        byte[] year = {0, 0, 0, 4, '2', '0', '2', '4'};
        int at = indexOf(bytes, year, (int) lastStart, (int) lastStart + lastLength);
        assertThat(at).as("the year in the last county's rows").isNotNegative();
        bytes[at + year.length - 1] = '5';
        Files.write(kept, bytes);
        studentsAdded(2024, 1).apply(site);

        BuildResult rebuilt = build(site);

        assertThat(rebuilt.yearsCarried()).doesNotContain(2024);
        assertThat(Files.readAllLines(site.resolve("_site/data/2024/indicators.csv")))
                .anyMatch(line -> line.startsWith("2025,")).anyMatch(line -> line.startsWith("2024,9901"));
        Files.write(kept, bytes);
        studentsAdded(2024, 1).apply(site);
        assertThatThrownBy(() -> new SiteBuilder().build(new BuildOptions(site, site.resolve("_site"), Optional.empty(),
                2, Optional.of(java.time.LocalDate.of(2025, 6, 30)), true), SiteRenderer.ProgressListener.SILENT))
                .hasMessageContaining("indicators rows of county").hasMessageContaining("the key misses something");
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from, int to) {
        for (int i = from; i + wanted.length <= to; i++) {
            if (java.util.Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code added} more primary students at school 9901010001 in the statistics of {@code year}. */
    private static FileEdit studentsAdded(int year, int added) {
        return new FileEdit("content/statistics/" + year + ".csv", text -> FileEdit.field(text,
                year + ",9901010001,", 2, students -> String.valueOf(Integer.parseInt(students) + added)));
    }

    private static int publishedYears(Path site) {
        try (Stream<Path> folders = Files.list(site.resolve("_site/data"))) {
            return (int) folders.filter(folder -> folder.getFileName().toString().matches("\\d{4}")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> keptYears(Path site) {
        try (Stream<Path> files = Files.list(site.resolve(".junheng-cache/open-data"))) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BuildResult build(Path site) {
        try {
            return new SiteBuilder().build(new BuildOptions(site, site.resolve("_site"), Optional.empty(), 2,
                    Optional.of(java.time.LocalDate.of(2025, 6, 30)), false), SiteRenderer.ProgressListener.SILENT);
        } catch (ContentRejected e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
