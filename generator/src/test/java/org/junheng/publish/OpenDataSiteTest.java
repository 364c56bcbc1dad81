package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junheng.TestSite;
import org.junheng.render.SiteData;
import org.junheng.render.SiteInfo;
import org.junheng.render.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader finds at /data/ and beside each school's page. */
class OpenDataSiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void everyPageLinksTheDataFromTheNavigationAndTheFooter() {
        TestSite site = TestSite.in(temp);
        site.build();

        for (String page : List.of("index.html", "schools/2199020001/index.html", "data/index.html")) {
            Document html = site.html(page);
            assertThat(html.select("nav a[href$=data/]").eachText()).as(page).containsExactly("开放数据");
            assertThat(html.select("footer a[href$=data/]")).as(page).hasSize(1);
        }
        assertThat(site.html("data/index.html").select("nav a[aria-current=page]").text()).isEqualTo("开放数据");
    }

    @Test
    void theDataPageStatesTheLicenceTheDefaultAndTheRelease() {
        TestSite site = TestSite.in(temp);
        site.build();

        site.assertPage("data/index.html", "CC BY 4.0", "默认采用知识共享署名 4.0 国际许可协议（CC BY 4.0）", "1.0.0",
                "datapackage.json", "SHA256SUMS", "sha256sum -c SHA256SUMS");
    }

    @Test
    void aConfiguredLicenceIsTheOneTheDataCarries() throws IOException {
        TestSite site = TestSite.in(temp);
        site.write("site-config.yml", TestSite.CONFIG + """
                data_licence:
                  name: 开放数据许可 ODC-By 1.0
                  url: https://opendatacommons.org/licenses/by/1-0/
                """);
        site.build();

        JsonNode licence = JSON.readTree(site.out().resolve("data/datapackage.json").toFile()).path("licenses").get(0);
        assertThat(licence.path("path").asText()).isEqualTo("https://opendatacommons.org/licenses/by/1-0/");
        assertThat(licence.path("title").asText()).isEqualTo("开放数据许可 ODC-By 1.0");
        site.assertPage("data/index.html", "开放数据许可 ODC-By 1.0");
    }

    @Test
    void theDigestsOnThePageAndInSha256SumsAreThoseOfTheFiles() throws Exception {
        Path data = DemoBuild.data();
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(data.resolve("SHA256SUMS"))) {
            listed.put(line.substring(66), line.substring(0, 64));
        }
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = data.relativize(file).toString().replace('\\', '/');
                if (!path.endsWith(".html") && !path.equals("SHA256SUMS")) {
                    actual.put(path, sha256(file));
                }
            }
        }
        assertThat(listed).isEqualTo(actual);

        Document page = org.jsoup.Jsoup.parse(Files.readString(data.resolve("index.html")));
        List<Element> rows = page.select("table.downloads tbody tr");
        assertThat(rows).hasSizeGreaterThan(40);
        for (Element row : rows) {
            String csv = row.selectFirst("a[type=text/csv]").attr("href").replaceFirst("^\\.\\./data/", "");
            assertThat(row.selectFirst("code.digest").text()).as(csv).isEqualTo(listed.get(csv));
        }
    }

    @Test
    void latestIsTheNewestAssessedYearByteForByte() throws IOException {
        Path data = DemoBuild.data();
        try (Stream<Path> files = Files.list(data.resolve("latest"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("datapackage.json")).toList()) {
                assertThat(Files.readAllBytes(file)).as(file.toString())
                        .isEqualTo(Files.readAllBytes(data.resolve("2024").resolve(file.getFileName())));
            }
        }
        assertThat(Files.list(data.resolve("latest")).count()).isEqualTo(Files.list(data.resolve("2024")).count());
    }

    @Test
    void theDatasetJsonLdListsEveryDownloadWithItsAddress() throws IOException {
        Document page = org.jsoup.Jsoup.parse(Files.readString(DemoBuild.data().resolve("index.html")));
        JsonNode dataset = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());

        assertThat(dataset.path("@type").asText()).isEqualTo("Dataset");
        assertThat(dataset.path("license").asText()).startsWith("https://creativecommons.org/licenses/by/4.0/");
        assertThat(dataset.path("temporalCoverage").asText()).isEqualTo("2021-09-01/2026-08-31");
        String base = "https://www.example.gov.cn/qinglan/jyty/junheng/data/";
        List<String> urls = new ArrayList<>();
        dataset.path("distribution").forEach(d -> {
            assertThat(d.path("@type").asText()).isEqualTo("DataDownload");
            urls.add(d.path("contentUrl").asText());
        });
        assertThat(urls).contains(base + "datapackage.json", base + "2024/indicators.csv", base + "2024/indicators.excel.csv",
                base + "2024/indicators.json");
        for (String url : urls) {
            assertThat(url).startsWith(base);
            assertThat(DemoBuild.data().resolve(url.substring(base.length()))).as(url).isRegularFile();
        }
    }

    @Test
    void theDictionaryDescribesEveryFieldOfEveryPublishedTable() throws IOException {
        Document dictionary = org.jsoup.Jsoup.parse(Files.readString(DemoBuild.data().resolve("dictionary/index.html")));
        JsonNode root = JSON.readTree(DemoBuild.data().resolve("2024/datapackage.json").toFile());
        for (JsonNode resource : root.path("resources")) {
            String name = resource.path("name").asText();
            Element table = dictionary.getElementById("table-" + name);
            assertThat(table).as(name).isNotNull();
            Element fields = table.parent().selectFirst("table.dictionary");
            List<String> names = new ArrayList<>();
            resource.path("schema").path("fields").forEach(f -> names.add(f.path("name").asText()));
            assertThat(fields.select("tbody th code").eachText()).as(name).containsExactlyElementsOf(names);
            JsonNode first = resource.path("schema").path("fields").get(0);
            assertThat(fields.text()).contains(first.path("title").asText(), first.path("title_en").asText());
        }
        assertThat(dictionary.text()).contains("“*”表示为保护儿童隐私而隐藏的小于 5 人的计数", "以“;”分隔");
    }

    @Test
    void eachSchoolHasItsDataAsJsonBesideItsPage() throws IOException {
        TestSite site = TestSite.in(temp, """
                -- content/documents/2024-pairing.md --
                ---
                title: 河口镇九年一贯制学校结对帮扶方案
                type: 结对共建
                date: 2024-09-20
                schools: ["2199020003"]
                ---
                结对。
                """);
        site.build();

        JsonNode school = JSON.readTree(site.out().resolve("schools/2199020003/data.json").toFile());
        assertThat(school.path("school").path("name").asText()).isEqualTo("河口镇九年一贯制学校");
        assertThat(school.path("school").path("boarding").asBoolean()).isTrue();
        assertThat(school.path("statistics")).hasSize(1);
        assertThat(school.path("statistics").get(0).path("primary_students").asInt()).isEqualTo(400);
        List<String> parts = new ArrayList<>();
        school.path("indicators").forEach(i -> parts.add(i.path("stage").asText() + " " + i.path("indicator").asText()));
        assertThat(parts).contains("primary L4", "junior L4").hasSize(14);
        assertThat(school.path("school_parts")).hasSize(2);
        assertThat(school.path("documents").get(0).path("title").asText()).isEqualTo("河口镇九年一贯制学校结对帮扶方案");
        assertThat(school.path("documents").get(0).path("page").asText()).isEqualTo("disclosures/2024-pairing/");
        assertThat(JSON.readTree(site.out().resolve("schools/2199020001/data.json").toFile()).path("documents")).isEmpty();
        assertThat(site.html("schools/2199020003/index.html").select("a[href=../../schools/2199020003/data.json]")).hasSize(1);
    }

    @Test
    void contentWithoutAnyDatedTablesStillGetsADataPageAndChecksums() {
        SiteInfo site = new SiteInfo("测试县", "Test County", "zh-CN", "/", "/", "测试县教育局", "测试县", "CC BY 4.0",
                "https://creativecommons.org/licenses/by/4.0/", "test");
        // open data reads no standard set: the assessments carry everything it publishes
        SiteData data = new SiteData(site, DemoContent.empty(), null, List.of());
        Path out = temp.resolve("out");

        OpenData.Result result = new OpenData(data, new Theme(temp), 1)
                .publish(out, temp.resolve("nothing-published-before"), LocalDate.of(2024, 9, 1));

        assertThat(result.problems()).isEmpty();
        assertThat(result.release().orElseThrow().version()).isEqualTo("1.0.0");
        assertThat(out.resolve("data/index.html")).isRegularFile();
        assertThat(out.resolve("data/SHA256SUMS")).isRegularFile();
        assertThat(out.resolve("data/datapackage.json")).as("a package needs at least one resource").doesNotExist();
        assertThat(result.canonicalUrls()).containsExactly("/data/", "/data/dictionary/", "/en/data/", "/en/data/dictionary/");
    }

    @Test
    void theLatestFolderSaysWhichYearItIs() {
        site(temp).assertPage("data/index.html", "最新评估学年（2024—2025学年）：latest/", "2024—2025学年：2024/");
    }

    private static TestSite site(Path temp) {
        TestSite site = TestSite.in(temp);
        site.build();
        return site;
    }

    @Test
    void theRegistryAndStatisticsAreExactlyTheContentColumnsSoTheyCanBeReadBackAsContent() {
        assertThat(RegistryData.SCHEMA.columns()).containsExactlyElementsOf(
                org.junheng.content.SchoolRegistryTable.COLUMNS.stream().map(c -> c.key()).toList());
        assertThat(StatisticsData.SCHEMA.columns()).containsExactlyElementsOf(
                org.junheng.content.StatisticsTable.COLUMNS.stream().map(c -> c.key()).toList());
    }

    @Test
    void thePublishedRegistryAndStatisticsRebuildTheSameIndicators() throws IOException {
        TestSite original = TestSite.in(temp.resolve("original"));
        original.build();
        Path data = original.out().resolve("data/2024");

        TestSite copy = TestSite.in(temp.resolve("copy"));
        copy.write("content/schools.csv", Files.readString(data.resolve("schools.csv")));
        copy.write("content/statistics/2024.csv", Files.readString(data.resolve("statistics.csv")));
        copy.build();

        assertThat(Files.readAllBytes(copy.out().resolve("data/2024/indicators.csv")))
                .isEqualTo(Files.readAllBytes(data.resolve("indicators.csv")));
        assertThat(Files.readAllBytes(copy.out().resolve("data/2024/cvs.csv")))
                .isEqualTo(Files.readAllBytes(data.resolve("cvs.csv")));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
