package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junheng.charts.Chart;
import org.junheng.charts.ChartTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFilesTest {

    private static final List<String> HEADER = List.of("name", "note", "value");
    private static final List<List<String>> ROWS = List.of(
            List.of("青岚县实验小学", "含逗号,和\"引号\"", "4.2"),
            List.of("两行\n说明", "=HYPERLINK(\"x\")", "-0.5"));

    @Test
    void theCanonicalFileIsUtf8WithoutBomLfAndRfc4180Quoting() {
        String text = new String(CsvFiles.canonical(HEADER, ROWS), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("name,note,value\n"
                + "青岚县实验小学,\"含逗号,和\"\"引号\"\"\",4.2\n"
                + "\"两行\n说明\",\"=HYPERLINK(\"\"x\"\")\",-0.5\n");
        assertThat(Csv.parse(text).rows().get(1)).containsEntry("name", "两行\n说明").containsEntry("value", "-0.5");
    }

    @Test
    void theExcelFileHasABomCrlfAndNoCellExcelWouldRunAsAFormula() {
        byte[] bytes = CsvFiles.excel(HEADER, ROWS);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("name,note,value\r\n青岚县实验小学,").endsWith("-0.5\r\n");
        assertThat(Csv.parse(text).rows().get(1)).containsEntry("note", "'=HYPERLINK(\"x\")")
                .as("a negative number stays a number").containsEntry("value", "-0.5");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> CsvFiles.canonical(HEADER, List.of(List.of("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachChartsTableIsWrittenBesideTheDataAndCountedInTheChecksums(@TempDir Path out) throws Exception {
        ChartTable table = new ChartTable(List.of("学年", "在校生"), List.of(List.of("2023—2024学年", "1,200")));
        Chart chart = new Chart("students-by-year", "在校生", "在校生逐年增加", "<svg/>", table);

        assertThat(ChartData.write(out, List.of(chart))).isEqualTo(2);

        assertThat(ChartData.path("students-by-year")).isEqualTo("data/charts/students-by-year.csv");
        assertThat(Files.readString(out.resolve("data/charts/students-by-year.csv")))
                .isEqualTo("学年,在校生\n2023—2024学年,\"1,200\"\n");
        assertThat(Files.readAllBytes(out.resolve("data/charts/students-by-year.excel.csv"))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(PublishedBefore.tableFiles(Sha256Sums.of(out.resolve("data"))))
                .as("the change log compares chart tables too, but not their Excel copies")
                .containsOnlyKeys("charts/students-by-year.csv");
        assertThatThrownBy(() -> ChartData.path("../index")).isInstanceOf(IllegalArgumentException.class);
    }
}
