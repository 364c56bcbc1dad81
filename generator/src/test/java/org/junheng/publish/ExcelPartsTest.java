package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junheng.TestSite;
import org.junheng.content.ContentLoader;
import org.junheng.content.Loaded;
import org.junheng.render.SiteData;
import org.junheng.render.SiteInfo;
import org.junheng.render.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table with more rows than an Excel sheet holds has its Excel form in parts. An Excel sheet's
 * 1,048,575 rows are not written in a test: the same tables are published with parts of two rows.
 */
class ExcelPartsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TABLE = StatisticsData.TABLE;

    @TempDir
    Path temp;
    private Path data;

    @BeforeEach
    void publishTheMinimalSiteWithPartsOfTwoRows() {
        // three schools' statistics of 2024, and one document
        TestSite site = TestSite.in(temp, "-- content/documents/2024-plan.md --\n" + TestSite.PLAN);
        Loaded loaded = new ContentLoader(site.root(), texts -> List.of()).load(List.of());
        SiteInfo info = new SiteInfo("测试县", "Test County", "zh-CN", "/", "/", "测试县教育局", "测试县", "CC BY 4.0",
                "https://creativecommons.org/licenses/by/4.0/", "test");
        Path out = temp.resolve("out");
        OpenData.Result result = new OpenData(new SiteData(info, loaded.content(), null, List.of()), new Theme(temp), 2,
                MissingValues.SUPPRESSION_THRESHOLD, 2).publish(out, temp.resolve("none"), LocalDate.of(2024, 9, 1));
        assertThat(result.problems()).isEmpty();
        data = out.resolve("data");
    }

    @Test
    void eachPartHasTheHeaderAndTheNextRowsInTheCanonicalOrder() throws IOException {
        List<String> canonical = Files.readAllLines(data.resolve("2024/" + TABLE + ".csv"), StandardCharsets.UTF_8);
        assertThat(canonical).hasSize(4);
        List<String> first = excelLines("2024/" + TABLE + ".part1.excel.csv");
        List<String> second = excelLines("2024/" + TABLE + ".part2.excel.csv");

        assertThat(first).containsExactly(canonical.get(0), canonical.get(1), canonical.get(2));
        assertThat(second).containsExactly(canonical.get(0), canonical.get(3));
        assertThat(data.resolve("2024/" + TABLE + ".excel.csv")).doesNotExist();
        assertThat(data.resolve("2024/" + TABLE + ".part3.excel.csv")).doesNotExist();
        assertThat(excelLines("latest/" + TABLE + ".part2.excel.csv")).isEqualTo(second);
    }

    @Test
    void aTableThatFitsKeepsItsOneExcelFile() throws IOException {
        String documents = "2023/" + DocumentData.SCHEMA.name(); // the plan of March 2024, in the 2023 school year
        assertThat(excelLines(documents + ".excel.csv")).hasSize(2);
        assertThat(data.resolve(documents + ".part1.excel.csv")).doesNotExist();
        String sums = Files.readString(data.resolve(Sha256Sums.FILE));
        assertThat(sums).contains("  2024/" + TABLE + ".part1.excel.csv\n", "  2024/" + TABLE + ".part2.excel.csv\n",
                "  latest/" + TABLE + ".part1.excel.csv\n", "  " + documents + ".excel.csv\n");
    }

    @Test
    void theDataPackageDescribesEachPartAndItsRows() throws IOException {
        JsonNode resource = null;
        for (JsonNode candidate : JSON.readTree(data.resolve("2024/datapackage.json").toFile()).path("resources")) {
            if (candidate.path("name").asText().equals(TABLE)) {
                resource = candidate;
            }
        }
        assertThat(resource).isNotNull();
        List<String> excel = new ArrayList<>();
        resource.path("alternates").forEach(alternate -> {
            if (alternate.path("encoding").asText().equals("utf-8-sig")) {
                excel.add(alternate.path("path").asText() + " | " + alternate.path("description_en").asText());
            }
        });
        assertThat(excel).containsExactly(
                TABLE + ".part1.excel.csv | For Excel: UTF-8 with BOM, CRLF line ends; more rows than an Excel sheet"
                        + " holds, so in 2 files: this is part 1 (rows 1–2)",
                TABLE + ".part2.excel.csv | For Excel: UTF-8 with BOM, CRLF line ends; more rows than an Excel sheet"
                        + " holds, so in 2 files: this is part 2 (rows 3–3)");
    }

    @Test
    void theDataPageLinksEveryPartInBothLanguages() throws IOException {
        Document page = Jsoup.parse(data.resolve("index.html").toFile(), "UTF-8");
        assertThat(page.select("#folder-2024 + div a[href$=.excel.csv]").eachAttr("href")).containsExactly(
                "../data/2024/" + TABLE + ".part1.excel.csv", "../data/2024/" + TABLE + ".part2.excel.csv");
        assertThat(page.select("a[href=../data/2024/" + TABLE + ".part2.excel.csv]").text())
                .isEqualTo("Excel 第 2/2 部分（第 3—3 行）");
        Document english = Jsoup.parse(data.getParent().resolve("en/data/index.html").toFile(), "UTF-8");
        assertThat(english.select("a[href$=2024/" + TABLE + ".part1.excel.csv]").text())
                .isEqualTo("Excel part 1 of 2 (rows 1–2)");
        assertThat(english.text()).contains("An Excel sheet holds at most 1,048,576 rows");
    }

    /** The lines of an Excel CSV after its byte order mark, without their CRLF ends. */
    private List<String> excelLines(String path) throws IOException {
        byte[] bytes = Files.readAllBytes(data.resolve(path));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
        return List.of(text.substring(0, text.length() - 2).split("\r\n", -1));
    }
}
