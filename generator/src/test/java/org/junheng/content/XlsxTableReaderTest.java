package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junheng.HandWrittenXlsx.errorValue;
import static org.junheng.HandWrittenXlsx.formula;
import static org.junheng.HandWrittenXlsx.number;
import static org.junheng.HandWrittenXlsx.row;
import static org.junheng.HandWrittenXlsx.sheetData;
import static org.junheng.HandWrittenXlsx.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junheng.HandWrittenXlsx;
import org.junheng.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {

    private static final List<Column> COLUMNS = List.of(
            Column.required("code", "学校标识码"),
            Column.optional("name", "学校名称"),
            Column.optional("town", "乡镇街道"),
            Column.optional("founded", "建校年份"),
            Column.optional("boarding", "寄宿制"),
            Column.optional("primary_students", "小学在校生数"),
            Column.optional("primary_classes", "小学班级数"),
            Column.optional("teaching_area", "教学及辅助用房面积"));

    @TempDir
    Path temp;

    private final List<Problem> problems = new ArrayList<>();
    private final XlsxTableReader reader = new XlsxTableReader(COLUMNS);
    private final CellReader cells = new CellReader(problems);

    private List<TableRow> read(byte[] workbook) {
        try {
            Path file = temp.resolve("t.xlsx");
            Files.write(file, workbook);
            return reader.read("content/t.xlsx", file, problems);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static SourceLocation cell(String sheet, int row, int column, String field) {
        return SourceLocation.cell("content/t.xlsx", sheet, row, column, field);
    }

    @Test
    void givesTheSameRowsAsTheSameTableSavedAsCsv() {
        List<TableRow> fromCsv = new CsvTableReader(COLUMNS).read("t.csv", """
                学校标识码,NAME,教学及辅助用房面积（㎡）
                2199020001,实验小学,6100
                2199020002,第一中学,5900.5
                """, problems);
        List<TableRow> fromWorkbook = read(TestWorkbook.sheet("学校名录",
                new Object[] {"学校标识码", "NAME", "教学及辅助用房面积（㎡）"},
                new Object[] {2199020001L, "实验小学", 6100.0},
                new Object[] {"2199020002", "第一中学", 5900.5}));

        assertThat(problems).isEmpty();
        assertThat(fromWorkbook).extracting(TableRow::cells, TableRow::line, TableRow::columns, TableRow::headers)
                .containsExactlyElementsOf(fromCsv.stream()
                        .map(row -> tuple(row.cells(), row.line(), row.columns(), row.headers())).toList());
        assertThat(fromWorkbook.get(1).at("teaching_area"))
                .isEqualTo(cell("学校名录", 3, 3, "教学及辅助用房面积（㎡）"))
                .hasToString("content/t.xlsx 学校名录!C3 [教学及辅助用房面积（㎡）]");
    }

    @Test
    void everyRowOfATableSharesOnePlacesObjectWhetherReadFromCsvOrAWorkbook() {
        List<TableRow> fromCsv = new CsvTableReader(COLUMNS).read("t.csv", """
                学校标识码,NAME
                2199020001,实验小学
                2199020002,第一中学
                """, problems);
        List<TableRow> fromWorkbook = read(TestWorkbook.sheet("学校名录", new Object[] {"学校标识码", "NAME"},
                new Object[] {"2199020001", "实验小学"}, new Object[] {"2199020002", "第一中学"}));

        // the content's digest keys a table's places by identity: a copy per row was digested once per row
        assertThat(fromCsv.get(1).places()).isSameAs(fromCsv.get(0).places());
        assertThat(fromWorkbook.get(1).places()).isSameAs(fromWorkbook.get(0).places());
        assertThat(fromWorkbook.get(0).places().columns()).containsEntry("code", 1).containsEntry("name", 2);
    }

    @Test
    void numbersReadAsTheirDigits() {
        List<TableRow> rows = read(TestWorkbook.of(workbook -> {
            var sheet = workbook.newWorksheet("学校名录");
            TestWorkbook.rows(sheet,
                    new Object[] {"学校标识码", "学校名称", "小学在校生数", "教学及辅助用房面积", "小学班级数"},
                    new Object[] {2199010001L, 1234.0, 0.1 + 0.2, 1234567, 12345.678},
                    new Object[] {"2199010002", "１２３４", "1,234", "  6100 ", -0.0});
            sheet.style(1, 3).format("#,##0").set();
        }));

        assertThat(problems).isEmpty();
        assertThat(rows.get(0).cells()).containsEntry("code", "2199010001").containsEntry("name", "1234")
                .containsEntry("primary_students", "0.3").containsEntry("teaching_area", "1234567")
                .containsEntry("primary_classes", "12345.678");
        assertThat(rows.get(1).cells()).containsEntry("primary_classes", "0");
        assertThat(cells.count(rows.get(1), "name")).hasValue(1234);
        assertThat(cells.count(rows.get(1), "primary_students")).hasValue(1234);
        assertThat(cells.decimal(rows.get(1), "teaching_area")).hasValue(6100);
        assertThat(problems).isEmpty();
    }

    @Test
    void aZeroPaddedFormatKeepsItsLeadingZeros() {
        List<TableRow> rows = read(HandWrittenXlsx.workbook().style("0000000000").sheet("学校名录", sheetData(
                row(1, text("A1", "学校标识码")),
                row(2, number("A2", "199010001", 1)))).bytes());

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.text("code")).contains("0199010001"));
    }

    @Test
    void datesReadAsTheDatesTheirFormatShows() {
        List<TableRow> rows = read(TestWorkbook.of(workbook -> {
            var sheet = workbook.newWorksheet("学校名录");
            TestWorkbook.rows(sheet,
                    new Object[] {"学校标识码", "学校名称", "乡镇街道", "建校年份"},
                    new Object[] {"1", LocalDate.of(2024, 3, 18), LocalDateTime.of(2024, 3, 18, 8, 30),
                            LocalDate.of(1956, 9, 1)},
                    new Object[] {"2", LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 18), LocalDate.of(1956, 9, 1)});
            sheet.style(2, 1).format("yyyy\"年\"m\"月\"").set();
            sheet.style(2, 2).format("[$-804]yyyy\"年\"m\"月\"d\"日\";@").set();
            sheet.style(2, 3).format("yyyy\"年\"").set();
        }));

        assertThat(problems).isEmpty();
        assertThat(rows).extracting(row -> row.cells().get("name"), row -> row.cells().get("town"),
                row -> row.cells().get("founded")).containsExactly(
                tuple("2024-03-18", "2024-03-18 08:30", "1956-09-01"),
                tuple("2024-03", "2024-03-18", "1956"));
        assertThat(rows).extracting(row -> cells.year(row, "founded"))
                .containsExactly(OptionalInt.of(1956), OptionalInt.of(1956));
        assertThat(problems).isEmpty();
    }

    @Test
    void builtInDateFormatsThatHaveNoFormatTextAreDatesToo() {
        List<TableRow> rows = read(HandWrittenXlsx.workbook().style(14).style(31).style(20).style(57)
                .sheet("学校名录", sheetData(
                        row(1, text("A1", "学校标识码"), text("B1", "学校名称"), text("C1", "乡镇街道"),
                                text("D1", "建校年份")),
                        row(2, text("A2", "1"), number("B2", "20699", 1), number("C2", "20699", 2),
                                number("D2", "20699", 4)),
                        row(3, text("A3", "2"), number("B3", "0.5", 3)))).bytes());

        assertThat(problems).isEmpty();
        assertThat(rows.get(0).cells()).containsEntry("name", "1956-09-01").containsEntry("town", "1956-09-01")
                .containsEntry("founded", "1956-09");
        assertThat(rows.get(1).cells()).containsEntry("name", "12:00");
    }

    @Test
    void the1904DateSystemOfOldMacWorkbooksIsHonoured() {
        List<TableRow> rows = read(HandWrittenXlsx.workbook().date1904().style(14).sheet("学校名录", sheetData(
                row(1, text("A1", "学校标识码"), text("B1", "学校名称")),
                row(2, text("A2", "1"), number("B2", "19237", 1)))).bytes());

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.text("name")).contains("1956-09-01"));
    }

    @Test
    void formulasReadAsTheResultsExcelSaved() {
        List<TableRow> rows = read(HandWrittenXlsx.workbook().sheet("统计数据", sheetData(
                row(1, text("A1", "学校标识码"), text("B1", "小学在校生数"), text("C1", "学校名称"),
                        text("D1", "寄宿制")),
                row(2, text("A2", "1"), formula("B2", "SUM(E2:F2)", "n", "1234.0000000000002"),
                        formula("C2", "CONCATENATE(\"实验\",\"小学\")", "str", "实验小学"),
                        formula("D2", "E2>0", "b", "1")))).bytes());

        assertThat(problems).isEmpty();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.cells()).containsEntry("primary_students", "1234").containsEntry("name", "实验小学")
                    .containsEntry("boarding", "TRUE");
            assertThat(cells.yesNo(row, "boarding")).isTrue();
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void aFormulaWithoutSavedResultIsReportedAtItsCellAndItsRowIsNotRead() {
        List<TableRow> rows = read(TestWorkbook.of(workbook -> {
            var sheet = workbook.newWorksheet("统计数据");
            TestWorkbook.rows(sheet,
                    new Object[] {"学校标识码", "小学在校生数", "小学班级数"},
                    new Object[] {"1", 600, 12},
                    new Object[] {"2", null, 10});
            sheet.formula(2, 1, "B2*2");
            sheet.formula(2, 4, "B2*3");
        }));

        assertThat(rows).extracting(TableRow::line).containsExactly(2);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("xlsx.formula-without-value");
            assertThat(p.value()).isEqualTo("=B2*2");
            assertThat(p.location()).isEqualTo(cell("统计数据", 3, 2, "小学在校生数"));
            assertThat(p.location()).hasToString("content/t.xlsx 统计数据!B3 [小学在校生数]");
        });
    }

    @Test
    void errorValuesAreReportedWithTheirFormula() {
        read(HandWrittenXlsx.workbook().sheet("统计数据", sheetData(
                row(1, text("A1", "学校标识码"), text("B1", "小学在校生数"), text("C1", "小学班级数")),
                row(2, text("A2", "1"), formula("B2", "E2/F2", "e", "#DIV/0!"), errorValue("C2", "#N/A")))).bytes());

        assertThat(problems).extracting(Problem::rule, Problem::value, p -> p.location().cell(), Problem::message)
                .containsExactly(
                        tuple("xlsx.error-value", "#DIV/0!", "统计数据!B2", "公式 =E2/F2 的结果是错误值"),
                        tuple("xlsx.error-value", "#N/A", "统计数据!C2", "单元格是错误值"));
    }

    @Test
    void headerProblemsFollowTheCsvRulesAtTheirCells() {
        read(TestWorkbook.sheet("学校名录",
                new Object[] {"学校名称", "教学用房面积", "name"},
                new Object[] {"实验小学", 1, "x"}));

        assertThat(problems).extracting(Problem::rule, Problem::location, Problem::message).containsExactly(
                tuple("csv.unknown-column", cell("学校名录", 1, 2, "教学用房面积"), "未知的列“教学用房面积”"),
                tuple("csv.duplicate-column", cell("学校名录", 1, 3, "name"), "列“学校名称”出现了两次（另见 A 列）"),
                tuple("csv.missing-column", cell("学校名录", 1, 0, "学校标识码"), "缺少必填列“学校标识码”（code）"));
        assertThat(problems.get(2).location()).hasToString("content/t.xlsx 学校名录 第 1 行 [学校标识码]");
    }

    @Test
    void aGroupHeaderMergedAboveItsColumnsNamesThemWithTheRowBelow() {
        List<TableRow> rows = read(TestWorkbook.of(workbook -> {
            var sheet = workbook.newWorksheet("统计数据");
            TestWorkbook.rows(sheet,
                    new Object[] {"学校标识码", "小学", null, "教学及辅助用房面积（㎡）"},
                    new Object[] {null, "在校生数", "班级数", null},
                    new Object[] {"2199020001", 1200, 26, 6100});
            sheet.range(0, 0, 1, 0).merge();
            sheet.range(0, 1, 0, 2).merge();
            sheet.range(0, 3, 1, 3).merge();
        }));

        assertThat(problems).isEmpty();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.cells()).containsEntry("code", "2199020001").containsEntry("primary_students", "1200")
                    .containsEntry("primary_classes", "26").containsEntry("teaching_area", "6100");
            assertThat(row.at("primary_classes")).hasToString("content/t.xlsx 统计数据!C3 [小学班级数]");
        });
    }

    @Test
    void aHeaderCellMergedAcrossColumnsOfOneHeaderRowIsReported() {
        List<TableRow> rows = read(TestWorkbook.of(workbook -> {
            var sheet = workbook.newWorksheet("学校名录");
            TestWorkbook.rows(sheet,
                    new Object[] {"学校标识码", "学校名称", null},
                    new Object[] {"2199020001", "实验小学", "城关镇"});
            sheet.range(0, 1, 0, 2).merge();
        }));

        assertThat(rows).hasSize(1);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("xlsx.merged-header");
            assertThat(p.location()).isEqualTo(cell("学校名录", 1, 2, "学校名称"));
            assertThat(p.message()).isEqualTo("表头单元格 B1:C1 合并了 2 列，无法判断每一列的含义");
        });
    }

    @Test
    void aTitleMergedAboveTheHeaderIsSkipped() {
        List<TableRow> rows = read(TestWorkbook.of(workbook -> {
            var sheet = workbook.newWorksheet("学校名录");
            TestWorkbook.rows(sheet,
                    new Object[] {"测试县学校名录（2024年）"},
                    new Object[] {"学校标识码", "学校名称"},
                    new Object[] {"2199020001", "实验小学"});
            sheet.range(0, 0, 0, 1).merge();
        }));

        assertThat(problems).isEmpty();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.text("name")).contains("实验小学");
        });
    }

    @Test
    void aCellMergedDownAColumnIsTheValueOfEveryRowItCovers() {
        List<TableRow> rows = read(TestWorkbook.of(workbook -> {
            var sheet = workbook.newWorksheet("学校名录");
            TestWorkbook.rows(sheet,
                    new Object[] {"学校标识码", "乡镇街道", "学校名称"},
                    new Object[] {"1", "城关镇", "甲"},
                    new Object[] {"2", null, "乙"},
                    new Object[] {"3", "河口镇", "丙"});
            sheet.range(1, 1, 2, 1).merge();
        }));

        assertThat(problems).isEmpty();
        assertThat(rows).extracting(row -> row.text("town").orElse("")).containsExactly("城关镇", "城关镇", "河口镇");
    }

    @Test
    void aDataCellMergedAcrossColumnsIsReported() {
        read(TestWorkbook.of(workbook -> {
            var sheet = workbook.newWorksheet("统计数据");
            TestWorkbook.rows(sheet,
                    new Object[] {"学校标识码", "小学在校生数", "小学班级数"},
                    new Object[] {"1", 600, null});
            sheet.range(1, 1, 1, 2).merge();
        }));

        assertThat(problems).extracting(Problem::rule, Problem::location, Problem::value)
                .containsExactly(tuple("xlsx.merged-cells", cell("统计数据", 2, 2, "小学在校生数"), "600"));
    }

    @Test
    void emptyRowsAndStyledEmptyCellsBelowTheTableAreIgnored() {
        List<TableRow> rows = read(TestWorkbook.of(workbook -> {
            var sheet = workbook.newWorksheet("学校名录");
            TestWorkbook.rows(sheet,
                    new Object[] {"学校标识码", "学校名称"},
                    new Object[] {"1", "甲"},
                    new Object[] {null, null},
                    new Object[] {"2", "乙"});
            for (int row = 4; row < 40; row++) {
                sheet.style(row, 0).fillColor("FFFF00").borderStyle("thin").set();
                sheet.value(row, 1, " ");
            }
        }));

        assertThat(problems).isEmpty();
        assertThat(rows).extracting(TableRow::line).containsExactly(2, 4);
    }

    @Test
    void hiddenColumnsAndRowsAreReadAndReportedBecauseTheyWillBePublished() {
        List<TableRow> rows = read(TestWorkbook.of(workbook -> {
            var sheet = workbook.newWorksheet("学校名录");
            TestWorkbook.rows(sheet,
                    new Object[] {"学校标识码", "学校名称", "乡镇街道"},
                    new Object[] {"1", "甲", "城关镇"},
                    new Object[] {"2", "乙", "河口镇"},
                    new Object[] {"3", "丙", "河口镇"});
            sheet.hideColumn(2);
            sheet.hideRow(2);
            sheet.hideRow(3);
        }));

        assertThat(rows).extracting(row -> row.text("town").orElse("")).containsExactly("城关镇", "河口镇", "河口镇");
        assertThat(problems).extracting(Problem::severity, Problem::rule, Problem::location, Problem::value)
                .containsExactly(
                        tuple(Severity.WARNING, "xlsx.hidden-column", cell("学校名录", 1, 3, "乡镇街道"), "乡镇街道"),
                        tuple(Severity.WARNING, "xlsx.hidden-rows", cell("学校名录", 3, 0, ""), "2"));
    }

    @Test
    void dataUnderNoHeaderIsReportedOncePerColumn() {
        List<TableRow> rows = read(TestWorkbook.sheet("学校名录",
                new Object[] {"学校标识码", "学校名称"},
                new Object[] {"1", "甲", "备注一"},
                new Object[] {"2", "乙", "备注二"}));

        assertThat(rows).hasSize(2);
        assertThat(problems).extracting(Problem::severity, Problem::rule, Problem::location)
                .containsExactly(tuple(Severity.WARNING, "xlsx.unheaded-column", cell("学校名录", 2, 3, "")));
    }

    @Test
    void theFirstVisibleSheetIsReadUnlessOneIsNamed() throws IOException {
        byte[] workbook = HandWrittenXlsx.workbook()
                .hiddenSheet("旧数据", sheetData(row(1, text("A1", "学校标识码")), row(2, text("A2", "old"))))
                .sheet("Sheet1", sheetData(row(1, text("A1", "学校标识码")), row(2, text("A2", "new"))))
                .sheet("2023", sheetData(row(1, text("A1", "学校标识码")), row(2, text("A2", "2023"))))
                .bytes();
        Path file = temp.resolve("t.xlsx");
        Files.write(file, workbook);

        assertThat(reader.read("content/t.xlsx", file, problems)).extracting(row -> row.text("code").orElse(""))
                .containsExactly("new");
        assertThat(reader.read("content/t.xlsx", file, "2023", problems)).singleElement()
                .satisfies(row -> assertThat(row.at("code")).hasToString("content/t.xlsx '2023'!A2 [学校标识码]"));
        assertThat(problems).isEmpty();
    }

    @Test
    void anEmptySheetIsAnEmptyTable() {
        read(TestWorkbook.of(workbook -> workbook.newWorksheet("学校名录").value(0, 0, " ")));

        assertThat(problems).extracting(Problem::rule, p -> p.location().toString())
                .containsExactly(tuple("csv.empty", "content/t.xlsx 学校名录"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsReportedNotThrown() {
        read("学校标识码,学校名称\n1,甲\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0});

        assertThat(problems).extracting(Problem::rule, Problem::message).containsExactly(
                tuple("xlsx.unreadable", "无法读取工作簿：这不是 .xlsx 工作簿"),
                tuple("xlsx.unreadable", "无法读取工作簿：这是旧版 Excel 97-2003（.xls）文件或设置了打开密码的工作簿"));
    }
}
