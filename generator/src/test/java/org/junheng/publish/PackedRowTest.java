package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A packed row gives back each cell as it was, whatever its characters. */
class PackedRowTest {

    @Test
    void everyCellComesBackAsItWas() {
        List<String> cells = List.of("990101", "", "4.238095238095238095238095238095238",
                "《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）", "", "𠀀 and é", "\u0000;,\"", "");
        PackedRow row = PackedRow.of(cells);
        assertThat(row).hasSize(cells.size()).containsExactlyElementsOf(cells);
        assertThat(row).isEqualTo(cells);
    }

    @Test
    void aRowWithoutCellsIsEmpty() {
        assertThat(PackedRow.of(List.of())).isEmpty();
    }
}
