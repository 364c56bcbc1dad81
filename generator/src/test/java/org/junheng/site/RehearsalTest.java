package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junheng.OutputTree;
import org.junheng.TestSite;
import org.junheng.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview's rehearsed builds go all the way through a build and leave nothing but the
 * spare folder a build leaves, holding only published files.
 */
class RehearsalTest {

    @TempDir
    Path temp;

    @Test
    void aRehearsalOfAnEditedSiteChangesNeitherTheOutputNorTheCache() throws Exception {
        TestSite site = TestSite.in(temp.resolve("site"), "-- content/documents/2024-plan.md --\n" + TestSite.PLAN);
        site.build();
        Map<String, String> published = OutputTree.hashes(site.out());
        Path markdown = site.root().resolve(".junheng-cache/markdown");
        byte[] keptMarkdown = Files.readAllBytes(markdown);
        site.write("content/documents/2024-plan.md", TestSite.PLAN.replace("到 2026 年", "到 2027 年"));

        new SiteBuilder().rehearse(BuildOptions.of(site.root(), site.out()), SiteRenderer.ProgressListener.SILENT);

        assertThat(OutputTree.hashes(site.out())).isEqualTo(published);
        assertThat(Files.readAllBytes(markdown)).as("the Markdown kept is still the published build's")
                .isEqualTo(keptMarkdown);
        assertThat(siblingsOf(site.out())).as("no staging folder is left behind")
                .containsOnly("_site", "._site.spare");
        assertThat(spareFiles(site.out())).isNotEmpty().allSatisfy(file -> assertThat(Files.isSameFile(file,
                site.out().resolve(site.out().resolveSibling("._site.spare").relativize(file)))).isTrue());
        assertThat(site.out().resolveSibling("._site.spare/disclosures/2024-plan/index.html"))
                .as("the edited document's page, not the published one").doesNotExist();
        BuildResult next = site.build();
        assertThat(next.rendered()).as("the cache still knows only the published build").isPositive();
        site.assertPage("disclosures/2024-plan/index.html", "到 2027 年");
        TestSite clean = TestSite.in(temp.resolve("clean"), "-- content/documents/2024-plan.md --\n"
                + TestSite.PLAN.replace("到 2026 年", "到 2027 年"));
        clean.build();
        // the files' bytes differ only in the release history of the open data
        assertThat(OutputTree.hashes(site.out()).keySet()).isEqualTo(OutputTree.hashes(clean.out()).keySet());
        assertThat(site.file("disclosures/2024-plan/index.html"))
                .isEqualTo(clean.file("disclosures/2024-plan/index.html"));
    }

    @Test
    void aRehearsalStoppedByItsProgressListenerLeavesNoTrace() throws Exception {
        TestSite site = TestSite.in(temp.resolve("site"));
        site.build();
        Map<String, String> published = OutputTree.hashes(site.out());

        assertThatThrownBy(() -> new SiteBuilder().rehearse(BuildOptions.of(site.root(), site.out()), (done, total) -> {
            throw new IllegalStateException("an input changed");
        })).hasMessageContaining("an input changed");

        assertThat(OutputTree.hashes(site.out())).isEqualTo(published);
        assertThat(siblingsOf(site.out())).containsOnly("_site");
    }

    /** The files of the spare folder beside {@code out} but its list of what it does not hold. */
    private static java.util.List<Path> spareFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out.resolveSibling("._site.spare"))) {
            return files.filter(Files::isRegularFile).filter(file -> !file.endsWith(".junheng-spare")).toList();
        }
    }

    /** The names next to the output folder that are not the site's own inputs. */
    private static java.util.List<String> siblingsOf(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out.getParent())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> !Set.of("site-config.yml", "content", ".junheng-cache", "templates", "assets")
                            .contains(name))
                    .sorted().toList();
        }
    }
}
