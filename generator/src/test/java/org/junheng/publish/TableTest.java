package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junheng.indicators.Text;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final TableSchema SCHOOLS = TableSchema.of("schools", Text.of("学校", "Schools"), Text.of("", ""),
            List.of(SharedFields.SCHOOL, DataField.of("students", FieldType.INTEGER, "在校生数", "Students"),
                    DataField.of("area", FieldType.NUMBER, "面积", "Area")));

    @Test
    void aCellIsCheckedInEveryRowNotOnlyTheFirst() {
        List<String> good = List.of("1234567890", "100", "12.5");

        assertThatThrownBy(() -> new Table(SCHOOLS, List.of(good, List.of("1234567890", "100", "12,5"))))
                .hasMessageContaining("published table schools, row 2: area = '12,5' is not a canonical");
        assertThatThrownBy(() -> new Table(SCHOOLS, List.of(good, good, List.of("12345", "100", "12.5"))))
                .hasMessageContaining("row 3: code = '12345' does not match [0-9]{10}");
        assertThat(new Table(SCHOOLS, List.of(good, good, List.of("1234567891", "99", "7"))).rows()).hasSize(3);
    }

    @Test
    void aFieldIsFoundByNameAndTwoOfOneNameAreRefused() {
        assertThat(SCHOOLS.index("code")).isZero();
        assertThat(SCHOOLS.index("area")).isEqualTo(2);
        assertThat(SCHOOLS.row().set("students", "7").cells()).containsExactly("", "7", "");
        assertThatThrownBy(() -> SCHOOLS.index("name")).hasMessage("table schools has no field name");
        assertThatThrownBy(() -> TableSchema.of("twice", Text.of("表", "Table"), Text.of("", ""),
                List.of(SharedFields.SCHOOL, SharedFields.SCHOOL)))
                .hasMessage("table twice has two fields named code");
        assertThat(SCHOOLS.fields()).isEqualTo(List.copyOf(SCHOOLS.fields()));
    }
}
