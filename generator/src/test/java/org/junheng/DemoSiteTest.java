package org.junheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.junheng.content.Problem;
import org.junheng.render.SiteRenderer;
import org.junheng.site.BuildOptions;
import org.junheng.site.BuildResult;
import org.junheng.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own demo county: it builds cleanly, and byte-identically whatever the machine. */
class DemoSiteTest {

    /** The repository root: the generator module's parent. */
    static final Path DEMO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void theDemoCountyPassesEveryCheckWithoutFindings() throws Exception {
        List<Problem> problems = new SiteBuilder().inspect(DEMO).problems();

        assertThat(problems).as(TestSite.describe(problems)).isEmpty();
    }

    @Test
    void theDemoCountyIsLargeEnoughToFeelReal() throws Exception {
        var content = new SiteBuilder().inspect(DEMO).content();

        assertThat(content.schools()).hasSizeBetween(35, 50);
        assertThat(content.schools()).extracting(s -> s.type().chinese())
                .contains("小学", "初中", "九年一贯制", "十二年一贯制", "完全中学", "特殊教育学校", "教学点");
        assertThat(content.years()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(content.documents()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void theDemoCountyKeepsATableInAWorkbookSoThatPathIsBuiltEveryTime() throws Exception {
        var content = new SiteBuilder().inspect(DEMO).content();

        assertThat(content.statistics()).filteredOn(s -> s.source().inWorkbook())
                .hasSizeGreaterThanOrEqualTo(35)
                .allSatisfy(s -> assertThat(s.source().file()).isEqualTo("content/statistics/2023.xlsx"))
                .allSatisfy(s -> assertThat(s.year()).isEqualTo(2023));
    }

    @Test
    void sameInputsGiveByteIdenticalOutputWhateverTheLocaleTimeZoneOrCoreCount() throws Exception {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.US);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            build(temp.resolve("a"), 1);
            Locale.setDefault(Locale.forLanguageTag("zh-CN"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            build(temp.resolve("b"), 4);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }

        Map<String, String> first = OutputTree.hashes(temp.resolve("a"));
        assertThat(first).hasSizeGreaterThan(50);
        assertThat(OutputTree.hashes(temp.resolve("b"))).isEqualTo(first);
    }

    private static BuildResult build(Path out, int threads) throws Exception {
        return new SiteBuilder().build(new BuildOptions(DEMO, out, Optional.empty(), threads),
                SiteRenderer.ProgressListener.SILENT);
    }
}
