package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junheng.indicators.Text;
import org.junit.jupiter.api.Test;

class RowsByCodeTest {

    private static final TableSchema DOCUMENTS = TableSchema.of("documents", Text.of("文件", "Documents"),
            Text.of("", ""), List.of(DataField.of("title", FieldType.STRING, "标题", "Title"),
                    DataField.of("schools", FieldType.STRING, "学校", "Schools")));

    @Test
    void eachCodeGetsTheRowsNamingItInTheOrderAddedAcrossTables() {
        Table first = new Table(DOCUMENTS, List.of(List.of("a", "1;2"), List.of("b", "2"), List.of("c", "3")));
        Table second = new Table(DOCUMENTS, List.of(List.of("d", "2;1")));
        RowsByCode rows = new RowsByCode();

        rows.add(first, row -> List.of(row.get(1).split(";")));
        rows.add(second, row -> List.of(row.get(1).split(";")));

        assertThat(rows.of("2")).containsExactly(List.of("a", "1;2"), List.of("b", "2"), List.of("d", "2;1"));
        assertThat(rows.of("1")).containsExactly(List.of("a", "1;2"), List.of("d", "2;1"));
        assertThat(rows.of("3")).containsExactly(List.of("c", "3"));
        assertThat(rows.of("4")).isEmpty();
    }
}
