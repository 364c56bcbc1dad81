package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTemplateTest {

    @TempDir
    Path temp;

    private final List<Problem> problems = new ArrayList<>();

    @Test
    void theExampleRowsReadBackAsASchoolAndItsStatistics() throws IOException {
        Path file = temp.resolve("data.xlsx");
        WorkbookTemplate.write(file);

        List<School> schools = SchoolRegistryTable.read(
                new XlsxTableReader(SchoolRegistryTable.COLUMNS).read("data.xlsx", file, "学校名录", problems), problems);
        List<SchoolStatistics> statistics = StatisticsTable.read(
                new XlsxTableReader(StatisticsTable.COLUMNS).read("data.xlsx", file, "统计数据", problems), problems);

        assertThat(problems).isEmpty();
        assertThat(schools).singleElement().satisfies(school -> {
            assertThat(school.code()).isEqualTo("2199990001");
            assertThat(school.type()).isEqualTo(SchoolType.PRIMARY_SCHOOL);
            assertThat(school.countyCode()).isEqualTo(WorkbookTemplate.EXAMPLE_COUNTY);
            assertThat(school.locality()).isEqualTo(Locality.URBAN);
            assertThat(school.phone()).contains("0790-6000000");
            assertThat(school.founded()).hasValue(1956);
            assertThat(school.source()).hasToString("data.xlsx 学校名录!A2 [学校标识码]");
        });
        assertThat(statistics).singleElement().satisfies(figures -> {
            assertThat(figures.year()).isEqualTo(2024);
            assertThat(figures.schoolCode()).isEqualTo("2199990001");
            assertThat(figures.stages().get(Stage.PRIMARY).students()).hasValue(1200);
            assertThat(figures.equipmentValueWan()).hasValue(260.5);
        });
    }

    @Test
    void everyHeaderIsTheChineseNameOfAColumn() throws IOException {
        Path file = temp.resolve("data.xlsx");
        WorkbookTemplate.write(file);

        List<TableRow> rows = new XlsxTableReader(StatisticsTable.COLUMNS).read("data.xlsx", file, "统计数据", problems);

        assertThat(rows.get(0).headers()).hasSize(StatisticsTable.COLUMNS.size());
        for (Column column : StatisticsTable.COLUMNS) {
            assertThat(rows.get(0).headers()).containsEntry(column.key(), column.chinese());
        }
    }

    @Test
    void theFixedVocabulariesHaveDropDownListsOverTheirColumns() throws IOException {
        Path file = temp.resolve("data.xlsx");
        WorkbookTemplate.write(file);

        Map<String, String> lists = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            Matcher validation = Pattern.compile(
                    "<dataValidation sqref=\"([A-Z]+2:[A-Z]+2001)\" type=\"list\"[^>]*showErrorMessage=\"true\""
                            + " errorTitle=\"取值不在列表中\"[^>]*><formula1>\"([^\"]*)\"</formula1>").matcher(sheet);
            while (validation.find()) {
                lists.put(validation.group(1), validation.group(2));
            }
        }

        assertThat(lists).containsExactly(
                Map.entry("D2:D2001", "小学,初中,九年一贯制,十二年一贯制,完全中学,特殊教育学校,教学点"),
                Map.entry("H2:H2001", "城区,镇区,乡村"),
                Map.entry("I2:I2001", "公办,民办"),
                Map.entry("J2:J2001", "是,否"));
        assertThat(SchoolRegistryTable.COLUMNS).extracting(Column::chinese)
                .element(3).isEqualTo("学校类型");
        assertThat(SchoolRegistryTable.COLUMNS.subList(7, 10)).extracting(Column::chinese)
                .containsExactly("城乡类别", "办学性质", "寄宿制");
    }

    @Test
    void theSameTemplateIsTheSameBytes() throws Exception {
        WorkbookTemplate.write(temp.resolve("a.xlsx"));
        Thread.sleep(5);
        WorkbookTemplate.write(temp.resolve("b.xlsx"));

        assertThat(Files.readAllBytes(temp.resolve("b.xlsx"))).isEqualTo(Files.readAllBytes(temp.resolve("a.xlsx")));
    }

    @Test
    void aSiteStartedFromTheTemplateBuildsAndIgnoresTheInstructionsSheet() throws Exception {
        TestSite site = TestSite.in(temp).delete("content/schools.csv").delete("content/statistics/2024.csv");
        WorkbookTemplate.write(site.root().resolve("content/data.xlsx"), "990102");

        site.build();

        site.assertPage("schools/2199990001/index.html", "示例县实验小学", "城关镇示例路1号", "1,200");
        assertThat(new org.junheng.site.SiteBuilder().inspect(site.root()).problems()).isEmpty();
    }
}
