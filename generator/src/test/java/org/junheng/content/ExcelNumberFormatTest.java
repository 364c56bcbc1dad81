package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junheng.content.ExcelNumberFormat.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelNumberFormatTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "General                            | NUMBER",
            "0.00                               | NUMBER",
            "#,##0                              | NUMBER",
            "0.00E+00                           | NUMBER",
            "0.0%                               | NUMBER",
            "\"共\"0\"所\"                       | NUMBER",
            "[Red]0;[Blue]-0                     | NUMBER",
            "yyyy-mm-dd                         | DATE",
            "yyyy/m/d;@                         | DATE",
            "[$-804]yyyy\"年\"m\"月\"d\"日\";@     | DATE",
            "yyyy年m月d日                        | DATE",
            "m\"月\"d\"日\"                       | DATE",
            "d-mmm-yy                           | DATE",
            "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\" | DATE",
            "yyyy                               | YEAR",
            "yyyy\"年\"                          | YEAR",
            "e\"年\"                             | YEAR",
            "yyyy\"年\"m\"月\"                    | YEAR_MONTH",
            "mmm-yy                             | YEAR_MONTH",
            "yyyy-mm-dd hh:mm                   | DATE_TIME",
            "h:mm                               | TIME",
            "h:mm:ss AM/PM                      | TIME",
            "上午/下午h\"时\"mm\"分\"              | TIME",
            "[h]:mm:ss                          | TIME",
            "mm:ss                              | TIME",
    })
    void tellsDatesFromNumbers(String format, Kind kind) {
        assertThat(ExcelNumberFormat.parse(format).kind()).isEqualTo(kind);
    }

    @Test
    void builtInIdsWithoutFormatTextAreKnown() {
        assertThat(ExcelNumberFormat.of(14, null).kind()).isEqualTo(Kind.DATE);
        assertThat(ExcelNumberFormat.of(31, null).kind()).isEqualTo(Kind.DATE);
        assertThat(ExcelNumberFormat.of(57, null).kind()).isEqualTo(Kind.YEAR_MONTH);
        assertThat(ExcelNumberFormat.of(22, null).kind()).isEqualTo(Kind.DATE_TIME);
        assertThat(ExcelNumberFormat.of(2, null).kind()).isEqualTo(Kind.NUMBER);
        assertThat(ExcelNumberFormat.of(null, null)).isEqualTo(ExcelNumberFormat.GENERAL);
    }

    @Test
    void zeroPaddedFormatsKeepTheirWidth() {
        assertThat(ExcelNumberFormat.parse("000000").zeroPaddedWidth()).isEqualTo(6);
        assertThat(ExcelCellText.plain(new BigDecimal("99010"), 6)).isEqualTo("099010");
        assertThat(ExcelCellText.plain(new BigDecimal("1234.50"), 6)).isEqualTo("1234.5");
    }

    @Test
    void numbersAreShownWithTheDigitsExcelShows() {
        assertThat(ExcelCellText.plain(new BigDecimal("2.199010001E9"), 0)).isEqualTo("2199010001");
        assertThat(ExcelCellText.plain(new BigDecimal("1234.0"), 0)).isEqualTo("1234");
        assertThat(ExcelCellText.plain(new BigDecimal("0.30000000000000004"), 0)).isEqualTo("0.3");
        assertThat(ExcelCellText.plain(new BigDecimal("-12.50"), 0)).isEqualTo("-12.5");
        assertThat(ExcelCellText.plain(new BigDecimal("1E+3"), 0)).isEqualTo("1000");
    }

    @Test
    void serialDatesCountExcelsPhantomLeapDay() {
        ExcelCellText cells = new ExcelCellText(false);
        assertThat(cells.dateTime(new BigDecimal("1")).toString()).isEqualTo("1900-01-01T00:00");
        assertThat(cells.dateTime(new BigDecimal("59")).toString()).isEqualTo("1900-02-28T00:00");
        assertThat(cells.dateTime(new BigDecimal("61")).toString()).isEqualTo("1900-03-01T00:00");
        assertThat(cells.dateTime(new BigDecimal("45369.354166666664")).toString()).isEqualTo("2024-03-18T08:30");
        assertThat(new ExcelCellText(true).dateTime(new BigDecimal("0")).toString()).isEqualTo("1904-01-01T00:00");
    }
}
