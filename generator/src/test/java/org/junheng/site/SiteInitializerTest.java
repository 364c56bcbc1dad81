package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junheng.TestSite;
import org.junheng.content.Problem;
import org.junheng.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteInitializerTest {

    @TempDir
    Path temp;

    @Test
    void aNewSitePassesEveryCheckWithoutFindings() throws Exception {
        Path site = temp.resolve("示例县");
        new SiteInitializer(2025).create(site);

        SiteBuilder.Inspection inspection = new SiteBuilder().inspect(site);

        List<Problem> problems = inspection.problems();
        assertThat(problems).as(TestSite.describe(problems)).isEmpty();
        assertThat(inspection.content().schools()).extracting(s -> s.name()).containsExactly("示例县实验小学");
        assertThat(inspection.content().statistics()).singleElement()
                .satisfies(row -> assertThat(row.year()).isEqualTo(2025));
        assertThat(inspection.content().documents()).hasSize(1);
    }

    @Test
    void aNewSiteOffersAnExcelWorkbookBesideTheContentThatReadsAsTheRegistry() throws Exception {
        Path site = temp.resolve("site");
        List<String> written = new SiteInitializer(2025).create(site);

        assertThat(written).contains(SiteInitializer.WORKBOOK);
        List<org.junheng.content.Problem> problems = new java.util.ArrayList<>();
        List<org.junheng.content.TableRow> rows = new org.junheng.content.XlsxTableReader(
                org.junheng.content.SchoolRegistryTable.COLUMNS).read(SiteInitializer.WORKBOOK,
                site.resolve(SiteInitializer.WORKBOOK), "学校名录", problems);
        assertThat(problems).isEmpty();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.text("code")).isPresent());
    }

    @Test
    void aNewSiteBuildsIntoAPortalWithTheExampleSchoolDocumentAndAboutPage() throws Exception {
        Path site = temp.resolve("site");
        new SiteInitializer(2025).create(site);

        BuildResult result = new SiteBuilder().build(BuildOptions.of(site, site.resolve("_site")),
                SiteRenderer.ProgressListener.SILENT);

        assertThat(result.pages()).isGreaterThanOrEqualTo(7);
        assertThat(page(site, "index.html")).contains("示例县义务教育优质均衡发展信息公开", "示例县教育局");
        assertThat(page(site, "schools/2199010001/index.html"))
                .contains("示例县实验小学", "城关镇", "1,080", "示例县2025年义务教育优质均衡发展工作通知（示例）");
        assertThat(page(site, "disclosures/2025-example-notice/index.html")).contains("示教发〔2025〕1号", "2025-08-28");
        assertThat(Jsoup.parse(page(site, "disclosures/2025-example-notice/index.html")).select("table th").eachText())
                .containsExactly("任务", "责任单位", "完成时间");
        assertThat(page(site, "about/index.html")).contains("2025—2026学年");
    }

    @Test
    void everyItemOfTheCountyInputsIsPresentForTheChosenYear() throws Exception {
        Path site = temp.resolve("site");
        new SiteInitializer(2031).create(site);

        var inputs = new SiteBuilder().inspect(site).content().countyInputs("990101", 2031).orElseThrow();

        assertThat(inputs.items().keySet()).containsExactlyInAnyOrder(
                "G1", "G2", "G6", "G7", "G8", "G9", "G10", "G11", "G12", "G13", "G14", "G15",
                "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "S1", "V1", "V2", "V3", "V4", "V5", "V6");
        assertThat(inputs.items().values()).filteredOn(item -> !item.code().startsWith("V"))
                .allSatisfy(item -> assertThat(item.evidence()).isPresent());
        assertThat(Files.readString(site.resolve("content/county/2031.yml"))).contains("2031—2032学年");
    }

    @Test
    void dataFilesHaveChineseHeadersAndABomSoExcelOpensThemReadably() throws Exception {
        Path site = temp.resolve("site");
        List<String> written = new SiteInitializer(2024).create(site);

        assertThat(written).contains("content/schools.csv", "content/statistics/2024.csv", "content/county/2024.yml",
                "content/documents/2024-example-notice.md", "content/about.md", "site-config.yml", "README.md");
        for (String table : List.of("content/schools.csv", "content/statistics/2024.csv")) {
            byte[] bytes = Files.readAllBytes(site.resolve(table));
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            List<String> lines = Files.readAllLines(site.resolve(table), StandardCharsets.UTF_8);
            assertThat(lines).as(table).hasSize(2);
            assertThat(lines.get(0)).as(table).doesNotContainPattern("[a-z_]{3,}");
        }
        assertThat(Files.readString(site.resolve("site-config.yml"))).contains("# 专栏名称");
    }

    @Test
    void theReadmeExplainsEveryFileTheStarterWrites() throws Exception {
        Path site = temp.resolve("site");
        List<String> written = new SiteInitializer(2025).create(site);

        String readme = Files.readString(site.resolve("README.md"));

        assertThat(written).filteredOn(file -> !file.equals("README.md"))
                .allSatisfy(file -> assertThat(readme).contains("`" + file + "`"));
        assertThat(readme).contains("junheng check", "junheng build", "junheng serve", "docs/ci/README.zh-CN.md",
                "docs/themes.md", "个人信息");
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndWritesNothing() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("notes.txt"), "已有的文件");

        assertThatThrownBy(() -> new SiteInitializer(2025).create(site))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不是空的");
        try (var files = Files.list(site)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("notes.txt");
        }
    }

    @Test
    void anEmptyFolderIsAccepted() throws Exception {
        Path site = Files.createDirectories(temp.resolve("empty"));

        new SiteInitializer(2025).create(site);

        assertThat(site.resolve("site-config.yml")).exists();
    }

    @Test
    void theSchoolYearStartsInSeptember() {
        assertThat(SiteInitializer.schoolYearOn(LocalDate.of(2026, 8, 31))).isEqualTo(2025);
        assertThat(SiteInitializer.schoolYearOn(LocalDate.of(2026, 9, 1))).isEqualTo(2026);
        assertThat(SiteInitializer.schoolYearOn(LocalDate.of(2026, 1, 15))).isEqualTo(2025);
    }

    @Test
    void anImplausibleYearIsAUsageError() {
        assertThatThrownBy(() -> new SiteInitializer(24)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--year");
    }

    private static String page(Path site, String path) throws Exception {
        return Files.readString(site.resolve("_site").resolve(path));
    }
}
