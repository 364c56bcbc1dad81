package org.junheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junheng.TestSite;
import org.junheng.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void buildWritesTheSiteAndEndsWithAOneLineSummary() {
        TestSite site = TestSite.in(temp);

        int code = run("build", "--site", site.root().toString(), "--out", temp.resolve("public").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("完成：\\d+ 个页面（重新生成 \\d+ 个），写入 \\d+ 个文件，用时 [\\d.]+ 秒");
        assertThat(temp.resolve("public/schools/2199020001/index.html")).exists();
    }

    @Test
    void timingsGiveWallAndCpuTimeOfEveryStageOfAFullBuildAndOnlyTheDigestOfANoOpOne() {
        TestSite site = TestSite.in(temp);
        String[] build = {"build", "--site", site.root().toString(), "--out", temp.resolve("public").toString(),
            "--timings", "--lang", "en"};

        assertThat(run(build)).isZero();
        assertThat(err.toString().lines()).allMatch(line -> line.matches("\\s*[\\d.]+ s\\s+[\\d.]+ s CPU  \\S.*"));
        assertThat(err.toString().lines().map(line -> line.replaceFirst("^\\s*[\\d.]+ s\\s+[\\d.]+ s CPU  ", "")))
                .containsExactly("digest inputs", "load and check content", "assess", "render pages", "open data",
                        "feeds, sitemap, search", "keep unchanged files", "scan output", "publish");

        err.getBuffer().setLength(0);
        assertThat(run(build)).isZero();
        assertThat(err.toString().lines()).singleElement().asString()
                .matches("\\s*[\\d.]+ s\\s+[\\d.]+ s CPU  digest inputs");
    }

    @Test
    void contentErrorsExitWithOneAndNameFileLineAndField() {
        TestSite site = TestSite.in(temp).write("content/statistics/2024.csv", """
                year,code,primary_students
                2024,2199020001,一千
                """);

        int code = run("check", "--site", site.root().toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("content/statistics/2024.csv:2:3 [primary_students]", "“一千”", "应为整数");
    }

    @Test
    void demoRefusesASizeItsCountyCodesCannotHoldWithAUsageError() {
        assertThat(run("demo", "--schools", "700000", "--out", temp.resolve("huge").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--schools must be between 1 and 686070");
        assertThat(temp.resolve("huge")).doesNotExist();
    }

    @Test
    void aBrokenConfigurationExitsWithTwo() {
        TestSite site = TestSite.in(temp).write("site-config.yml", "title: x\nregion: { counties: [] }\n");

        assertThat(run("check", "--site", site.root().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("site-config.yml", "region.counties");
    }

    @Test
    void githubFormatWritesAnnotationsForTheChangedLines() {
        TestSite site = TestSite.in(temp).write("content/statistics/2024.csv", """
                year,code,primary_students
                2024,2199020001,一千
                """);

        run("check", "--site", site.root().toString(), "--format", "github");

        assertThat(err.toString()).startsWith(
                "::error file=content/statistics/2024.csv,line=2,col=3,title=cell.not-integer::[primary_students]");
    }

    @Test
    void githubFormatAnnotatesAWorkbookAndNamesTheCellInTheMessage() {
        TestSite site = TestSite.in(temp).delete("content/schools.csv").writeBytes("content/schools.xlsx",
                TestWorkbook.of(workbook -> TestWorkbook.csv(workbook.newWorksheet("学校名录"),
                        TestSite.SCHOOLS.replace(",初中,", ",职高,"))));

        run("check", "--site", site.root().toString(), "--format", "github");

        assertThat(err.toString()).startsWith("::error file=content/schools.xlsx,title=cell.not-allowed::"
                + "学校名录!D3 [学校类型] “职高”：不是允许的取值 —— 应为以下之一：");
    }

    @Test
    void textAndJsonFormatsNameTheSheetAndCellOfAWorkbook() throws Exception {
        TestSite site = TestSite.in(temp).delete("content/schools.csv").writeBytes("content/schools.xlsx",
                TestWorkbook.of(workbook -> TestWorkbook.csv(workbook.newWorksheet("学校名录"),
                        TestSite.SCHOOLS.replace(",初中,", ",职高,"))));

        run("check", "--site", site.root().toString());
        assertThat(err.toString()).startsWith("错误 content/schools.xlsx 学校名录!D3 [学校类型] “职高”：不是允许的取值");

        err.getBuffer().setLength(0);
        run("check", "--site", site.root().toString(), "--format", "json");
        var problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(err.toString()).at("/problems/0");
        assertThat(problem.at("/file").asText()).isEqualTo("content/schools.xlsx");
        assertThat(problem.at("/sheet").asText()).isEqualTo("学校名录");
        assertThat(problem.at("/cell").asText()).isEqualTo("D3");
        assertThat(problem.at("/line").asInt()).isEqualTo(3);
        assertThat(problem.at("/column").asInt()).isEqualTo(4);
    }

    @Test
    void jsonFormatIsMachineReadable() throws Exception {
        TestSite site = TestSite.in(temp).write("content/statistics/2024.csv", "year,code\n2024,123\n");

        run("check", "--site", site.root().toString(), "--format", "json");

        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(err.toString());
        assertThat(json.at("/problems/0/rule").asText()).isEqualTo("statistics.unknown-school");
        assertThat(json.at("/problems/0/line").asInt()).isEqualTo(2);
    }

    @Test
    void problemsAndSummariesCanBePrintedInEnglish() {
        TestSite site = TestSite.in(temp).write("content/statistics/2024.csv", """
                year,code,primary_students
                2024,2199020001,一千
                """);

        int code = run("check", "--site", site.root().toString(), "--lang", "en");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error content/statistics/2024.csv:2:3 [primary_students] \"一千\": "
                + "The value should be a whole number — Write digits only, e.g. 1234 (cell.not-integer)\n"
                + "1 error, 0 warnings.\n");
    }

    @Test
    void englishReachesEveryFormatAndTheBuildSummary() throws Exception {
        TestSite site = TestSite.in(temp).write("content/documents/notice.md", """
                ---
                title: 通知
                type: 通知
                date: 2024-05-01
                ---
                正文\u200b内容
                """);

        assertThat(run("check", "--site", site.root().toString(), "--lang", "en")).isZero();
        assertThat(out.toString()).startsWith("warning content/documents/notice.md:6:3 [正文]")
                .contains("The text contains invisible characters", "1 warning.", "Check passed: 3 schools, 1 document.");

        out.getBuffer().setLength(0);
        run("check", "--site", site.root().toString(), "--lang", "en", "--format", "json");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.at("/problems/0/message").asText()).startsWith("The text contains invisible characters");

        out.getBuffer().setLength(0);
        run("check", "--site", site.root().toString(), "--lang", "en", "--format", "github");
        assertThat(out.toString()).startsWith("::warning file=content/documents/notice.md,line=6,col=3,"
                + "title=text.invisible-character::[正文]");

        out.getBuffer().setLength(0);
        assertThat(run("build", "--site", site.root().toString(), "--lang", "en")).isZero();
        assertThat(out.toString()).containsPattern("Done: \\d+ pages \\(\\d+ rendered\\), \\d+ files written in [\\d.]+ s");
        assertThat(err.toString()).contains("The text contains invisible characters");
    }

    @Test
    void personalNumbersAreNeverPrintedInFull() {
        TestSite site = TestSite.in(temp).write("content/about.md", "联系人手机 138 1234 5678，身份证 990101201503021236。\n");

        for (String format : new String[] {"text", "github", "json"}) {
            err.getBuffer().setLength(0);
            assertThat(run("build", "--site", site.root().toString(), "--format", format)).isEqualTo(1);
            assertThat(err.toString()).as(format).contains("138****5678", "9901**********1236")
                    .doesNotContain("13812345678", "990101201503021236", "1234 5678");
        }
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("junheng ").containsPattern("\ncommit ([0-9a-f]{7,40}(-dirty)?|unknown)\n");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("build", "check", "serve", "init");
    }

    @Test
    void initWritesASiteThatTheCheckAccepts() {
        Path site = temp.resolve("new-site");

        assertThat(run("init", site.toString(), "--year", "2025")).isZero();
        assertThat(out.toString()).contains("已创建新站点", "content/statistics/2025.csv", "junheng check --site");
        assertThat(run("check", "--site", site.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("检查通过：1 所学校，1 份文件。");
    }

    @Test
    void initRefusesAFolderThatIsNotEmptyWithExitCodeTwo() throws Exception {
        TestSite existing = TestSite.in(temp);

        assertThat(run("init", existing.root().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("不是空的");
    }
}
