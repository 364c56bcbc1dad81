package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junheng.OutputTree;
import org.junheng.TestSite;
import org.junheng.TestWorkbook;
import org.junheng.content.Problem;
import org.junheng.content.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole sites whose tables are kept in workbooks instead of CSV files. */
class WorkbookContentTest {

    @TempDir
    Path temp;

    private static byte[] registryWorkbook() {
        return TestWorkbook.of(workbook -> TestWorkbook.csv(workbook.newWorksheet("学校名录"), TestSite.SCHOOLS));
    }

    private static byte[] statisticsWorkbook() {
        return TestWorkbook.of(workbook -> TestWorkbook.csv(workbook.newWorksheet("Sheet1"), TestSite.STATISTICS));
    }

    @Test
    void aRegistryWorkbookBuildsTheSameSiteAsTheRegistryCsv() {
        TestSite fromCsv = TestSite.in(temp.resolve("csv"));
        fromCsv.build();
        TestSite fromWorkbook = TestSite.in(temp.resolve("xlsx")).delete("content/schools.csv")
                .writeBytes("content/schools.xlsx", registryWorkbook());

        fromWorkbook.build();

        fromWorkbook.assertPage("schools/2199020001/index.html", "测试县实验小学", "城关镇解放路1号", "0790-6000001");
        assertThat(OutputTree.hashes(fromWorkbook.out())).isEqualTo(OutputTree.hashes(fromCsv.out()));
    }

    @Test
    void oneDataWorkbookMayHoldEveryTableInNamedSheets() {
        TestSite fromCsv = TestSite.in(temp.resolve("csv"));
        fromCsv.build();
        TestSite fromWorkbook = TestSite.in(temp.resolve("xlsx")).delete("content/schools.csv")
                .delete("content/statistics/2024.csv")
                .writeBytes("content/data.xlsx", TestWorkbook.of(workbook -> {
                    TestWorkbook.rows(workbook.newWorksheet("_填表说明"), new Object[] {"每张表一个工作表"});
                    TestWorkbook.csv(workbook.newWorksheet("学校名录"), TestSite.SCHOOLS);
                    TestWorkbook.csv(workbook.newWorksheet("statistics"), TestSite.STATISTICS);
                }));

        fromWorkbook.build();

        assertThat(OutputTree.hashes(fromWorkbook.out())).isEqualTo(OutputTree.hashes(fromCsv.out()));
    }

    @Test
    void statisticsMayMixCsvFilesAndWorkbooks() throws Exception {
        TestSite site = TestSite.in(temp).write("content/statistics/2023.csv", TestSite.STATISTICS.replace("2024,", "2023,"))
                .delete("content/statistics/2024.csv")
                .writeBytes("content/statistics/2024.xlsx", statisticsWorkbook())
                .writeBytes("content/statistics/~$2024.xlsx", new byte[] {1, 2, 3});

        var content = new SiteBuilder().inspect(site.root()).content();

        assertThat(content.statistics()).extracting(s -> s.year() + "/" + s.schoolCode() + "/" + s.source().toString())
                .containsExactly(
                        "2023/2199020001/content/statistics/2023.csv:2:2 [code]",
                        "2023/2199020002/content/statistics/2023.csv:3:2 [code]",
                        "2023/2199020003/content/statistics/2023.csv:4:2 [code]",
                        "2024/2199020001/content/statistics/2024.xlsx Sheet1!B2 [code]",
                        "2024/2199020002/content/statistics/2024.xlsx Sheet1!B3 [code]",
                        "2024/2199020003/content/statistics/2024.xlsx Sheet1!B4 [code]");
    }

    @Test
    void aWorkbookAndACsvForTheSameTableIsAnErrorNamingBoth() {
        TestSite site = TestSite.in(temp)
                .writeBytes("content/schools.xlsx", registryWorkbook())
                .writeBytes("content/statistics/2024.xlsx", statisticsWorkbook())
                .writeBytes("content/data.xlsx", TestWorkbook.of(workbook ->
                        TestWorkbook.csv(workbook.newWorksheet("学校名录"), TestSite.SCHOOLS)));

        List<Problem> problems = site.buildRejected();

        assertThat(problems).extracting(p -> p.location().toString(), Problem::rule, Problem::message).containsExactly(
                tuple("content/data.xlsx 学校名录", "table.two-sources",
                        "学校名录有两个来源：content/schools.csv 和 content/data.xlsx 的工作表“学校名录”，只读取了前者"),
                tuple("content/schools.xlsx", "table.two-sources",
                        "学校名录有两个来源：content/schools.csv 和 content/schools.xlsx，只读取了前者"),
                tuple("content/statistics/2024.xlsx", "table.two-sources",
                        "统计数据有两个来源：content/statistics/2024.csv 和 content/statistics/2024.xlsx，只读取了前者"));
    }

    @Test
    void problemsInAWorkbookNameTheSheetAndCell() {
        TestSite site = TestSite.in(temp).delete("content/schools.csv")
                .writeBytes("content/schools.xlsx", TestWorkbook.of(workbook -> TestWorkbook.csv(
                        workbook.newWorksheet("学校名录"), TestSite.SCHOOLS.replace(",初中,", ",职高,"))));

        List<Problem> problems = site.buildRejected();

        assertThat(problems).extracting(p -> p.location().toString(), Problem::value, Problem::rule)
                .containsExactly(tuple("content/schools.xlsx 学校名录!D3 [学校类型]", "职高", "cell.not-allowed"));
    }

    @Test
    void aDuplicateSchoolNamesTheCellOfItsFirstEntry() {
        TestSite site = TestSite.in(temp).delete("content/schools.csv")
                .writeBytes("content/schools.xlsx", TestWorkbook.of(workbook -> TestWorkbook.csv(
                        workbook.newWorksheet("学校名录"), TestSite.SCHOOLS.replace("2199020003,", "2199020001,"))));

        List<Problem> problems = site.buildRejected();

        assertThat(problems).extracting(p -> p.location().toString(), Problem::rule, Problem::message).contains(
                tuple("content/schools.xlsx 学校名录!A4 [学校标识码]", "school.duplicate-code",
                        "学校标识码重复（第一次出现在学校名录!A2）"));
    }

    @Test
    void aSheetOfTheDataWorkbookThatNoTableReadsIsAWarning() throws Exception {
        TestSite site = TestSite.in(temp).writeBytes("content/data.xlsx", TestWorkbook.of(workbook -> {
            TestWorkbook.csv(workbook.newWorksheet("统计"), TestSite.STATISTICS);
            TestWorkbook.rows(workbook.newWorksheet("_说明"), new Object[] {"说明"});
        }));

        List<Problem> problems = new SiteBuilder().inspect(site.root()).problems();

        assertThat(problems).extracting(Problem::severity, p -> p.location().toString(), Problem::rule, Problem::fix)
                .containsExactly(tuple(Severity.WARNING, "content/data.xlsx 统计", "xlsx.unknown-sheet",
                        "工作表应命名为：学校名录（schools）、统计数据（statistics）；说明用的工作表请以 _ 开头命名"));
    }

    @Test
    void anOldXlsFileIsReportedNotIgnored() {
        TestSite site = TestSite.in(temp).writeBytes("content/statistics/2023.xls", new byte[] {1});

        assertThat(site.buildRejected()).extracting(p -> p.location().toString(), Problem::rule)
                .containsExactly(tuple("content/statistics/2023.xls", "xlsx.unsupported-format"));
    }

    @Test
    void aMissingRegistryNamesEveryPlaceItMayBeKept() {
        TestSite site = TestSite.in(temp).delete("content/schools.csv");

        assertThat(site.buildRejected()).filteredOn(p -> p.rule().equals("content.missing-file")).singleElement()
                .satisfies(p -> assertThat(p.fix()).contains("content/schools.csv", "content/schools.xlsx",
                        "content/data.xlsx", "学校名录"));
    }
}
