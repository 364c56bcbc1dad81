package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableReaderTest {

    private final List<Problem> problems = new ArrayList<>();
    private final CsvTableReader reader = new CsvTableReader(List.of(
            Column.required("code", "学校标识码"),
            Column.optional("teaching_area", "教学及辅助用房面积"),
            Column.optional("name", "学校名称")));

    @Test
    void matchesChineseAndEnglishHeadersIgnoringUnitsSpacesAndCase() {
        List<TableRow> rows = reader.read("t.csv", """
                学校标识码, 教学及辅助用房面积（㎡）,NAME
                2199020001,6100,实验小学
                """, problems);

        assertThat(problems).isEmpty();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.text("code")).contains("2199020001");
            assertThat(row.text("teaching_area")).contains("6100");
            assertThat(row.text("name")).contains("实验小学");
            assertThat(row.at("teaching_area")).isEqualTo(new SourceLocation("t.csv", 2, 2, "教学及辅助用房面积（㎡）"));
        });
    }

    @Test
    void reportsUnknownDuplicateAndMissingColumns() {
        reader.read("t.csv", """
                学校名称,教学用房面积,name
                实验小学,1,2
                """, problems);

        assertThat(problems).extracting(Problem::rule, p -> p.location().column(), Problem::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("csv.unknown-column", 2, "教学用房面积"),
                org.assertj.core.groups.Tuple.tuple("csv.duplicate-column", 3, "name"),
                org.assertj.core.groups.Tuple.tuple("csv.missing-column", 0, ""));
    }

    @Test
    void reportsRaggedRowsWithTheirLineAndKeepsReading() {
        List<TableRow> rows = reader.read("t.csv", """
                code,name
                1,甲
                2,乙,多余

                3,丙
                """, problems);

        assertThat(rows).extracting(TableRow::line).containsExactly(2, 5);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("csv.ragged-row");
            assertThat(p.location().line()).isEqualTo(3);
        });
    }

    @Test
    void quotedCellsMaySpanLinesAndHoldCommas() {
        List<TableRow> rows = reader.read("t.csv", "code,name\n1,\"甲,\n乙\"\n2,丙\n", problems);

        assertThat(problems).isEmpty();
        assertThat(rows).extracting(TableRow::line).containsExactly(2, 4);
        assertThat(rows.get(0).text("name")).contains("甲,\n乙");
    }

    @Test
    void reportsAnUnbalancedQuote() {
        reader.read("t.csv", "code,name\n1,\"甲\n2,乙\n", problems);

        assertThat(problems).extracting(Problem::rule).contains("csv.malformed");
    }

    @Test
    void reportsAnEmptyFile() {
        reader.read("t.csv", "", problems);

        assertThat(problems).extracting(Problem::rule).containsExactly("csv.empty");
    }
}
