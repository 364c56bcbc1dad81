package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each published type has one way of writing its values, and nothing else passes for it. */
class FieldTypeTest {

    private static final List<String> CELLS = List.of("0", "-0", "42", "-7", "007", "1.5", "-0.25", "1.", ".5", "-",
            "", "1.2.3", "1e5", "1,000", "+1", " 1", "1 ", "١٢", "１２", "2024", "2024-09-01", "true", "text");

    @Test
    void integersAreDigitsWithAnOptionalMinus() {
        assertThat(CELLS.stream().filter(FieldType.INTEGER::isCanonical))
                .containsExactly("0", "-0", "42", "-7", "007", "2024");
    }

    @Test
    void numbersAreIntegersWithAnOptionalPointFollowedByDigits() {
        assertThat(CELLS.stream().filter(FieldType.NUMBER::isCanonical))
                .containsExactly("0", "-0", "42", "-7", "007", "1.5", "-0.25", "2024");
    }

    @Test
    void theOtherTypesKeepTheirOwnForms() {
        assertThat(CELLS.stream().filter(FieldType.YEAR::isCanonical)).containsExactly("2024");
        assertThat(CELLS.stream().filter(FieldType.DATE::isCanonical)).containsExactly("2024-09-01");
        assertThat(CELLS.stream().filter(FieldType.BOOLEAN::isCanonical)).containsExactly("true");
        assertThat(CELLS.stream().filter(FieldType.STRING::isCanonical)).containsExactlyElementsOf(CELLS);
    }
}
