package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junheng.OutputTree;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build starts from the output it replaced, kept beside the output with only the files the
 * replacing build published unchanged (see {@link OutputFolder}); the spare files it does not
 * make again, and the folders it does not fill, are gone before it is published, and no build
 * ever writes into a file that is also published.
 */
class SpareOutputTest {

    private static final String CHANGED_STATISTICS = TestSite.STATISTICS.replace("2024,2199020001,1200,",
            "2024,2199020001,1250,");
    private static final String MARK = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n";

    @TempDir
    Path temp;

    @Test
    void theReplacedOutputKeepsOnlyTheFilesTheNewOutputSharesAndNothingByHand() throws IOException {
        TestSite site = TestSite.in(temp.resolve("site"));
        site.build();
        String profile = site.file("schools/2199020001/index.html");
        assertThat(spare(site)).as("nothing replaced yet").doesNotExist();
        // what someone put into the published output by hand goes with it too
        Files.writeString(site.out().resolve("extra.txt"), "by hand");
        Files.writeString(site.out().resolve("schools/2199020001/note.txt"), "by hand");
        Files.createSymbolicLink(site.out().resolve("assets/link"), site.out().resolve("extra.txt"));

        site.write("content/statistics/2024.csv", CHANGED_STATISTICS);
        site.build();

        assertThat(regularFiles(spare(site)).stream().filter(file -> !file.endsWith(".junheng-spare")))
                .isNotEmpty().allSatisfy(file -> assertThat(
                Files.isSameFile(file, site.out().resolve(spare(site).relativize(file)))).as("%s is published", file)
                .isTrue());
        assertThat(spare(site).resolve("schools/2199020001/index.html")).as("the replaced profile").doesNotExist();
        assertThat(spare(site).resolve("extra.txt")).doesNotExist();
        assertThat(spare(site).resolve("schools/2199020001/note.txt")).doesNotExist();
        assertThat(Files.exists(spare(site).resolve("assets/link"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(site.out().resolve("extra.txt")).doesNotExist();
        assertThat(Files.exists(site.out().resolve("assets/link"), LinkOption.NOFOLLOW_LINKS)).isFalse();

        Map<String, String> published = OutputTree.hashes(site.out());
        Path before = linkedCopy(site.out(), temp.resolve("before"));
        site.write("content/statistics/2024.csv", TestSite.STATISTICS);
        site.build();

        assertThat(OutputTree.hashes(before)).as("the replaced output's files, as published").isEqualTo(published);
        assertThat(site.file("schools/2199020001/index.html")).isEqualTo(profile);
        assertThat(site.out().resolve(".junheng-spare")).doesNotExist();
        TestSite clean = TestSite.in(temp.resolve("clean"));
        clean.build();
        // the files' bytes differ only in the release history of the open data
        assertThat(OutputTree.hashes(site.out()).keySet()).isEqualTo(OutputTree.hashes(clean.out()).keySet());
        assertThat(site.file("schools/2199020001/index.html")).isEqualTo(clean.file("schools/2199020001/index.html"));
    }

    @Test
    void spareFilesAreNotTrustedWithoutTheManifestThatRecordedThem() throws IOException {
        TestSite site = TestSite.in(temp.resolve("site"));
        publishTwice(site);
        assertThat(regularFiles(spare(site))).isNotEmpty();
        Map<String, String> published = OutputTree.hashes(site.out());
        Path before = linkedCopy(site.out(), temp.resolve("before"));

        deleteTree(site.root().resolve(".junheng-cache"));
        site.write("content/statistics/2024.csv", TestSite.STATISTICS);
        site.build();

        assertThat(OutputTree.hashes(before)).isEqualTo(published);
        TestSite clean = TestSite.in(temp.resolve("clean"));
        clean.build();
        assertThat(OutputTree.hashes(site.out()).keySet()).isEqualTo(OutputTree.hashes(clean.out()).keySet());
        assertThat(site.file("schools/2199020001/index.html")).isEqualTo(clean.file("schools/2199020001/index.html"));
    }

    @Test
    void foldersNoLongerFilledAreRemovedSoTheOutputIsAsACleanBuild() {
        TestSite site = TestSite.in(temp.resolve("reused"), "-- content/documents/2024-plan.md --\n" + TestSite.PLAN);
        site.build();
        site.write("content/documents/2024-plan.md", TestSite.PLAN.replace("到 2026 年", "到 2027 年"));
        site.build();
        assertThat(spare(site).resolve("disclosures/2024-plan")).isDirectory();

        site.delete("content/documents/2024-plan.md");
        site.build();

        TestSite clean = TestSite.in(temp.resolve("clean"));
        clean.build();
        assertThat(site.out().resolve("disclosures/2024-plan")).doesNotExist();
        assertThat(site.out().resolve("en/disclosures/2024-plan")).doesNotExist();
        assertThat(folders(site.out())).isEqualTo(folders(clean.out()));
        // the files' bytes differ only in the release history of the open data
        assertThat(OutputTree.hashes(site.out()).keySet()).isEqualTo(OutputTree.hashes(clean.out()).keySet());
    }

    @Test
    void aFileWhereTheReplacedOutputHadAFolderTakesItsPlace() throws IOException {
        TestSite site = TestSite.in(temp).write("assets/icons/extra/mark.svg", MARK);
        publishTwice(site);
        assertThat(spare(site).resolve("assets/icons/extra/mark.svg")).isRegularFile();

        site.delete("assets/icons/extra/mark.svg");
        Files.delete(site.root().resolve("assets/icons/extra"));
        site.write("assets/icons/extra", MARK);
        site.build();

        assertThat(site.file("assets/icons/extra")).isEqualTo(MARK);
    }

    @Test
    void aFolderWhereTheReplacedOutputHadAFileTakesItsPlace() throws IOException {
        TestSite site = TestSite.in(temp).write("assets/icons/extra", MARK);
        publishTwice(site);
        assertThat(spare(site).resolve("assets/icons/extra")).isRegularFile();

        site.delete("assets/icons/extra");
        site.write("assets/icons/extra/mark.svg", MARK);
        site.build();

        assertThat(site.file("assets/icons/extra/mark.svg")).isEqualTo(MARK);
    }

    @Test
    void aBuildThatFailsWhileWritingIntoKeptFoldersLeavesThePublishedSiteByteIdentical() {
        TestSite site = TestSite.in(temp, "-- content/documents/2024-plan.md --\n" + TestSite.PLAN);
        site.build();
        site.write("content/documents/2024-plan.md", TestSite.PLAN.replace("到 2026 年", "到 2027 年"));
        site.build();
        Map<String, String> published = OutputTree.hashes(site.out());

        // the build stops at this page, once others are written into the spare folder
        site.write("templates/about.ftlh", "<#import \"layout.ftlh\" as layout>${noSuchVariable}");

        assertThatThrownBy(site::build).hasMessageContaining("about.ftlh");
        assertThat(OutputTree.hashes(site.out())).isEqualTo(published);
    }

    /** Builds the site, then again after one school's statistics changed: the first output is kept as the spare one. */
    private static void publishTwice(TestSite site) {
        site.build();
        site.write("content/statistics/2024.csv", CHANGED_STATISTICS);
        site.build();
    }

    private static Path spare(TestSite site) {
        return site.out().resolveSibling("." + site.out().getFileName() + ".spare");
    }

    /** A copy of {@code folder} whose files are hard links to its own, so that a write into one shows in the copy. */
    private static Path linkedCopy(Path folder, Path copy) throws IOException {
        for (Path file : regularFiles(folder)) {
            Path target = copy.resolve(folder.relativize(file));
            Files.createDirectories(target.getParent());
            Files.createLink(target, file);
        }
        return copy;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static List<Path> regularFiles(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> folders(Path out) {
        try (Stream<Path> paths = Files.walk(out)) {
            return paths.filter(Files::isDirectory).map(path -> out.relativize(path).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
