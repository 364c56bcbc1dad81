package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junheng.indicators.Text;
import org.junit.jupiter.api.Test;

class JsonRowsTest {

    private static final TableSchema SCHEMA = TableSchema.of("t", Text.of("表", "Table"), Text.of("", ""), List.of(
            DataField.of("code", FieldType.STRING, "代码", "Code"),
            DataField.of("students", FieldType.INTEGER, "学生数", "Students").suppressed(),
            DataField.of("area", FieldType.NUMBER, "面积", "Area"),
            DataField.of("boarding", FieldType.BOOLEAN, "寄宿", "Boarding")));

    @Test
    void aTableWrittenRowByRowIsTheSameJsonAsTheWholeTree() throws IOException {
        Table table = new Table(SCHEMA, List.of(
                List.of("2199020001", "1200", "6100.50", "true"),
                List.of("2199020002", "*", "", "false"),
                List.of("河口镇\"学校\"", "", "0.0000001", "")));

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        JsonRows.write(table, streamed);

        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(new String(JsonRows.bytes(table),
                StandardCharsets.UTF_8)).startsWith("[\n{\"code\":\"2199020001\",")
                .contains("},\n{\"code\":\"2199020002\",\"students\":\"*\",\"area\":null,\"boarding\":false},\n",
                        "\"area\":0.0000001")
                .endsWith("\"boarding\":null}\n]\n");
    }

    @Test
    void numbersAreWrittenAsTheirDecimalsPrintThemEvenWhenTheCellIsNot() throws IOException {
        Table table = new Table(SCHEMA, List.of(
                List.of("a", "007", "-0.50", "true"),
                List.of("b", "-0", "-0.000", "false"),
                List.of("c", "0", "0.25", "true"),
                List.of("d", "-12", "4.285714285714285714285714285714286", "true"),
                List.of("e", "10", "00.5", "true")));

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        JsonRows.write(table, streamed);

        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(new String(JsonRows.bytes(table),
                StandardCharsets.UTF_8)).contains("\"students\":7,", "\"area\":-0.50", "\"students\":0,",
                "\"area\":0.000", "\"students\":-12", "\"area\":4.285714285714285714285714285714286",
                "\"area\":0.5");
    }

    @Test
    void anEmptyTableIsAnEmptyArray() throws IOException {
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        JsonRows.write(new Table(SCHEMA, List.of()), streamed);

        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(new String(JsonRows.bytes(
                new Table(SCHEMA, List.of())), StandardCharsets.UTF_8)).isEqualTo("[]\n");
    }
}
