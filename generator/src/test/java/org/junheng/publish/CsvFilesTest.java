package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
