package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellReaderTest {

    private final List<Problem> problems = new ArrayList<>();
    private final CellReader cells = new CellReader(problems);

    private static TableRow row(String value) {
        return new TableRow("s.csv", 7, Map.of("n", value), Map.of("n", 4), Map.of("n", "在校生数"));
    }

    @Test
    void readsCountsWithFullWidthDigitsAndThousandsSeparators() {
        assertThat(cells.count(row("１２３４"), "n").getAsInt()).isEqualTo(1234);
        assertThat(cells.count(row("1,234"), "n").getAsInt()).isEqualTo(1234);
        assertThat(cells.decimal(row("12,345.5"), "n").getAsDouble()).isEqualTo(12345.5);
        assertThat(problems).isEmpty();
    }

    @Test
    void plainDigitsAndTheirEdgesReadAsTheRulesSay() {
        assertThat(cells.count(row("0042"), "n").getAsInt()).isEqualTo(42);
        assertThat(cells.count(row("999999999"), "n").getAsInt()).isEqualTo(999_999_999);
        assertThat(cells.count(row("-3"), "n").getAsInt()).isEqualTo(-3);
        assertThat(cells.decimal(row("1234.50"), "n").getAsDouble()).isEqualTo(1234.5);
        assertThat(cells.decimal(row("12345678901234567890"), "n").getAsDouble()).isEqualTo(1.2345678901234567e19);
        assertThat(problems).isEmpty();

        assertThat(cells.count(row("2147483648"), "n")).isEmpty();
        assertThat(cells.count(row("1.0"), "n")).isEmpty();
        assertThat(cells.decimal(row("1."), "n")).isEmpty();
        assertThat(cells.decimal(row(".5"), "n")).isEmpty();
        assertThat(cells.decimal(row("1.2.3"), "n")).isEmpty();
        assertThat(problems).extracting(Problem::rule)
                .containsExactly("cell.not-integer", "cell.not-integer", "cell.not-number", "cell.not-number", "cell.not-number");
    }

    @Test
    void anEmptyCellIsNotReportedNotZero() {
        assertThat(cells.count(row(" "), "n")).isEmpty();
        assertThat(cells.decimal(row(""), "n")).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void aBadNumberIsReportedAtItsCell() {
        assertThat(cells.count(row("12人"), "n")).isEmpty();
        assertThat(cells.decimal(row("3.5㎡"), "n")).isEmpty();

        assertThat(problems).extracting(Problem::rule).containsExactly("cell.not-integer", "cell.not-number");
        assertThat(problems.get(0).location()).isEqualTo(new SourceLocation("s.csv", 7, 4, "在校生数"));
        assertThat(problems.get(0).value()).isEqualTo("12人");
    }

    @Test
    void splitsListsOnChineseAndAsciiSeparators() {
        assertThat(cells.list(row("实小；城关小学、老实小;一小"), "n")).containsExactly("实小", "城关小学", "老实小", "一小");
    }
}
