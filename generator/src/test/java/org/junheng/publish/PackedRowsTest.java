package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PackedRowsTest {

    /** Rows like an indicator table's: repeated years and names, unique values, Chinese, empty and long cells. */
    private static List<List<String>> rows(int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>(List.of("2024", "county-" + r / 700, "school-" + r / 7, "生师比",
                    "0." + "3".repeat(r % 90), "", r % 3 == 0 ? "未报送本学年统计数据，\"无法\"评估" : "x" + r));
            if (r % 11 == 0) {
                row.add("a cell only some rows have");
            }
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    @Test
    void rowsWrittenAndReadBackArePackedAsTheyWere() throws java.io.IOException {
        PackedRows packed = PackedRows.join(List.of(PackedRows.of(rows(PackedRows.CHUNK_ROWS + 5)), PackedRows.of(List.of()),
                PackedRows.of(rows(3))));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        packed.write(new java.io.DataOutputStream(bytes));

        PackedRows read = PackedRows.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));

        assertThat(read).isEqualTo(packed);
        assertThat(read.pieces()).isEqualTo(packed.pieces());
        byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);
        assertThatThrownBy(() -> PackedRows.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(cut))))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void rowsReadBackAsTheyWereAcrossChunks() {
        List<List<String>> rows = rows(PackedRows.CHUNK_ROWS * 2 + 300);

        PackedRows packed = PackedRows.of(rows);

        assertThat(packed).hasSize(rows.size()).isEqualTo(rows);
        assertThat(packed.get(PackedRows.CHUNK_ROWS)).isEqualTo(rows.get(PackedRows.CHUNK_ROWS));
        assertThat(packed.get(rows.size() - 1)).isEqualTo(rows.get(rows.size() - 1));
        assertThat(packed.subList(1020, 1030)).isEqualTo(rows.subList(1020, 1030));
        assertThat(PackedRows.of(packed)).isSameAs(packed);
        assertThatThrownBy(() -> packed.get(rows.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(PackedRows.of(List.of())).isEmpty();
    }

    @Test
    void joinedAndCollectedRowsKeepTheirOrder() {
        List<List<String>> rows = rows(5000);

        PackedRows joined = PackedRows.join(List.of(PackedRows.of(rows.subList(0, 10)), PackedRows.of(List.of()),
                PackedRows.of(rows.subList(10, 3000)), PackedRows.of(rows.subList(3000, 5000))));
        PackedRows collected = IntStream.range(0, rows.size()).parallel().mapToObj(rows::get)
                .collect(PackedRows.collector());

        assertThat(joined).isEqualTo(rows);
        assertThat(collected).isEqualTo(rows);
    }

    @Test
    void aTableKeepsItsRowsPacked() {
        TableSchema schema = TableSchema.of("t", org.junheng.indicators.Text.of("表", "Table"),
                org.junheng.indicators.Text.of("", ""), List.of(SharedFields.YEAR));

        Table table = new Table(schema, List.of(List.of("2024"), List.of("2025")));

        assertThat(table.rows()).isInstanceOf(PackedRows.class).containsExactly(List.of("2024"), List.of("2025"));
    }
}
