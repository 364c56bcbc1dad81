package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junheng.OutputTree;
import org.junheng.TestSite;
import org.junheng.content.Problem;
import org.junheng.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailedBuildTest {

    @TempDir
    Path temp;

    @Test
    void badDataStopsTheBuildNamingFileLineAndFieldAndLeavesThePublishedSiteUntouched() throws IOException {
        TestSite site = TestSite.in(temp);
        site.build();
        Map<String, String> published = OutputTree.hashes(site.out());

        site.write("content/schools.csv", TestSite.SCHOOLS.replace("2199020002,测试县第一中学,,初中",
                "2199020002,测试县第一中学,,中学"));
        List<Problem> problems = site.buildRejected();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo("content/schools.csv");
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.location().field()).isEqualTo("学校类型");
            assertThat(p.value()).isEqualTo("中学");
            assertThat(p.fix()).contains("九年一贯制");
        });
        assertThat(OutputTree.hashes(site.out())).isEqualTo(published);
        assertNoStagingLeft(site);
    }

    @Test
    void aTemplateFailureLeavesThePublishedSiteUntouched() throws IOException {
        TestSite site = TestSite.in(temp);
        site.build();
        Map<String, String> published = OutputTree.hashes(site.out());

        site.write("templates/about.ftlh", "<#import \"layout.ftlh\" as layout>${noSuchVariable}");

        assertThatThrownBy(site::build).hasMessageContaining("about.ftlh");
        assertThat(OutputTree.hashes(site.out())).isEqualTo(published);
        assertNoStagingLeft(site);
    }

    @Test
    void theOutputFolderMayNotContainTheSite() {
        TestSite site = TestSite.in(temp);
        assertThatThrownBy(() -> new SiteBuilder().build(BuildOptions.of(site.root(), site.root()),
                SiteRenderer.ProgressListener.SILENT)).hasMessageContaining("contains the site itself");
        assertThatThrownBy(() -> new SiteBuilder().build(BuildOptions.of(site.root(), site.root().resolve("content/x")),
                SiteRenderer.ProgressListener.SILENT)).hasMessageContaining("content/");
    }

    private static void assertNoStagingLeft(TestSite site) throws IOException {
        try (Stream<Path> siblings = Files.list(site.out().getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".building-")
                    || name.contains(".previous-"));
        }
    }
}
