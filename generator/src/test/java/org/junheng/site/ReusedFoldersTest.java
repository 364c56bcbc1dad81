package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junheng.OutputTree;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build writes into the folders of the output it replaced, which are kept beside the output
 * with every file taken out; the folders it does not fill are gone before it is published.
 */
class ReusedFoldersTest {

    private static final String MARK = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n";

    @TempDir
    Path temp;

    @Test
    void theReplacedOutputLeavesItsFoldersWithoutAFileForTheNextBuild() throws IOException {
        TestSite site = TestSite.in(temp);
        site.build();
        String profile = site.file("schools/2199020001/index.html");
        assertThat(keptFolders(site)).as("nothing replaced yet").doesNotExist();
        // what someone put into the published output by hand goes with it too
        Files.writeString(site.out().resolve("extra.txt"), "by hand");
        Files.writeString(site.out().resolve("schools/2199020001/note.txt"), "by hand");
        Files.createSymbolicLink(site.out().resolve("assets/link"), site.out().resolve("extra.txt"));

        site.write("content/statistics/2024.csv",
                TestSite.STATISTICS.replace("2024,2199020001,1200,", "2024,2199020001,1250,"));
        site.build();

        assertThat(keptFolders(site).resolve("schools/2199020001")).isDirectory();
        try (Stream<Path> paths = Files.walk(keptFolders(site))) {
            assertThat(paths.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)))
                    .as("anything but folders").isEmpty();
        }
        assertThat(site.out().resolve("extra.txt")).doesNotExist();
        assertThat(Files.exists(site.out().resolve("assets/link"), LinkOption.NOFOLLOW_LINKS)).isFalse();

        site.write("content/statistics/2024.csv", TestSite.STATISTICS);
        site.build();

        assertThat(regularFiles(keptFolders(site))).isEmpty();
        assertThat(site.file("schools/2199020001/index.html")).isEqualTo(profile);
    }

    @Test
    void foldersNoLongerFilledAreRemovedSoTheOutputIsAsACleanBuild() {
        TestSite site = TestSite.in(temp.resolve("reused"), "-- content/documents/2024-plan.md --\n" + TestSite.PLAN);
        site.build();
        site.write("content/documents/2024-plan.md", TestSite.PLAN.replace("到 2026 年", "到 2027 年"));
        site.build();
        assertThat(keptFolders(site).resolve("disclosures/2024-plan")).isDirectory();

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
        site.build();
        site.write("content/statistics/2024.csv",
                TestSite.STATISTICS.replace("2024,2199020001,1200,", "2024,2199020001,1250,"));
        site.build();
        assertThat(keptFolders(site).resolve("assets/icons/extra")).isDirectory();

        site.delete("assets/icons/extra/mark.svg");
        Files.delete(site.root().resolve("assets/icons/extra"));
        site.write("assets/icons/extra", MARK);
        site.build();

        assertThat(site.file("assets/icons/extra")).isEqualTo(MARK);
    }

    @Test
    void aBuildThatFailsWhileWritingIntoKeptFoldersLeavesThePublishedSiteByteIdentical() {
        TestSite site = TestSite.in(temp, "-- content/documents/2024-plan.md --\n" + TestSite.PLAN);
        site.build();
        site.write("content/documents/2024-plan.md", TestSite.PLAN.replace("到 2026 年", "到 2027 年"));
        site.build();
        Map<String, String> published = OutputTree.hashes(site.out());

        // the build stops at this page, once others are written into the kept folders
        site.write("templates/about.ftlh", "<#import \"layout.ftlh\" as layout>${noSuchVariable}");

        assertThatThrownBy(site::build).hasMessageContaining("about.ftlh");
        assertThat(OutputTree.hashes(site.out())).isEqualTo(published);
    }

    private static Path keptFolders(TestSite site) {
        return site.out().resolveSibling("._site.folders");
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
