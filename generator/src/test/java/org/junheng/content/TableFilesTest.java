package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junheng.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where tables are looked for, for tables other than the registry and statistics too. */
class TableFilesTest {

    private static final List<Column> COLUMNS = List.of(Column.required("code", "项目编号"),
            Column.optional("name", "项目名称"));

    @TempDir
    Path site;

    private final List<Problem> problems = new ArrayList<>();

    private TableFiles tables() {
        return new TableFiles(site, (file, found) -> {
            try {
                byte[] bytes = Files.readAllBytes(file);
                return Optional.of(new FileText(new String(bytes, StandardCharsets.UTF_8), bytes));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    private void write(String path, byte[] bytes) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.write(site.resolve(path), bytes);
    }

    private static byte[] workbook(String sheet, String code) {
        return TestWorkbook.sheet(sheet, new Object[] {"项目编号", "项目名称"}, new Object[] {code, "操场改造"});
    }

    @Test
    void aTableNotListedWithAChineseNameIsFoundByTheEnglishNameOfItsFile() throws IOException {
        write("content/data.xlsx", workbook("projects", "P1"));

        List<TableRow> rows = tables().single(site.resolve("content/projects.csv"), COLUMNS, false, problems).rows();

        assertThat(problems).isEmpty();
        assertThat(rows).extracting(row -> row.at("code").toString())
                .containsExactly("content/data.xlsx projects!A2 [项目编号]");
    }

    @Test
    void aTableInASubfolderIsItsCsvOrTheWorkbookBesideItNeverASheetOfTheDataWorkbook() throws IOException {
        write("content/data.xlsx", workbook("plans", "FROM-DATA"));
        write("content/enrollment/2024/plans.xlsx", workbook("Sheet1", "FROM-FOLDER"));

        List<TableRow> rows = tables().single(site.resolve("content/enrollment/2024/plans.csv"), COLUMNS, true,
                problems).rows();

        assertThat(problems).isEmpty();
        assertThat(rows).extracting(row -> row.text("code").orElse("")).containsExactly("FROM-FOLDER");
    }

    @Test
    void aMissingRequiredTableInASubfolderDoesNotPointAtTheDataWorkbook() {
        tables().single(site.resolve("content/enrollment/2024/plans.csv"), COLUMNS, true, problems);

        assertThat(problems).extracting(Problem::rule, Problem::fix).containsExactly(tuple("content.missing-file",
                "创建 content/enrollment/2024/plans.csv 或 content/enrollment/2024/plans.xlsx；表头见 docs/content-format.md"));
    }

    @Test
    void aFolderTableReadsEachFileThenItsSheetsOfTheDataWorkbook() throws IOException {
        write("content/projects/a.csv", "项目编号,项目名称\nP1,甲\n".getBytes(StandardCharsets.UTF_8));
        write("content/projects/b.xlsx", workbook("Sheet1", "P2"));
        write("content/data.xlsx", TestWorkbook.of(wb -> {
            TestWorkbook.rows(wb.newWorksheet("projects 2025"), new Object[] {"项目编号"}, new Object[] {"P3"});
            TestWorkbook.rows(wb.newWorksheet("schools"), new Object[] {"学校标识码"});
        }));

        TableFiles tables = tables();
        List<List<TableRow>> files = new ArrayList<>();
        tables.folder(site.resolve("content/projects"), COLUMNS, problems, read -> files.add(read.rows()));
        tables.reportUnreadSheets(problems);

        assertThat(files).extracting(rows -> rows.get(0).at("code").toString()).containsExactly(
                "content/projects/a.csv:2:1 [项目编号]",
                "content/projects/b.xlsx Sheet1!A2 [项目编号]",
                "content/data.xlsx 'projects 2025'!A2 [项目编号]");
        assertThat(problems).extracting(Problem::rule, p -> p.location().sheet())
                .containsExactly(tuple("xlsx.unknown-sheet", "schools"));
    }
}
