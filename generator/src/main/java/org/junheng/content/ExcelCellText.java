package org.junheng.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * The text a workbook cell holds as its author meant it, the text a CSV export would have
 * had if Excel exported faithfully: numbers as their digits ({@code 2199010001}, never
 * {@code 2.199010001E9}; {@code 1234.0} as {@code 1234}), dates as ISO dates showing the
 * parts their format shows ({@code 1956} for a cell formatted {@code yyyy"年"}), formulas
 * as their cached results, booleans as {@code TRUE}/{@code FALSE}.
 */
final class ExcelCellText {

    /** Excel shows at most 15 significant digits; more are binary noise (0.1 + 0.2 = 0.30000000000000004). */
    private static final MathContext SHOWN_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final Set<String> ERROR_VALUES = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
            "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!");

    /** What a cell turned out to hold: its text, or why it has none. */
    sealed interface Result {
    }

    record Text(String text) implements Result {
    }

    /** A formula whose result was never saved: only the spreadsheet program can compute it. */
    record FormulaWithoutValue(String formula) implements Result {
    }

    /** An error value such as {@code #DIV/0!}, typed in or computed. */
    record ErrorValue(String error, Optional<String> formula) implements Result {
    }

    private final boolean date1904;

    ExcelCellText(boolean date1904) {
        this.date1904 = date1904;
    }

    Result read(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return new Text("");
        }
        Object value = cell.getValue();
        String formula = cell.getFormula();
        if (cell.getType() == CellType.ERROR) {
            return new ErrorValue(value != null ? value.toString() : String.valueOf(cell.getRawValue()),
                    Optional.ofNullable(formula));
        }
        if (formula != null && cell.getRawValue() == null) {
            return new FormulaWithoutValue(formula);
        }
        if (value instanceof BigDecimal number) {
            return new Text(number(number, ExcelNumberFormat.of(cell.getDataFormatId(), cell.getDataFormatString())));
        }
        if (value instanceof Boolean bool) {
            return new Text(bool ? "TRUE" : "FALSE");
        }
        String text = value == null ? "" : value.toString();
        if (formula != null && ERROR_VALUES.contains(text)) {
            return new ErrorValue(text, Optional.of(formula));
        }
        return new Text(text);
    }

    String number(BigDecimal number, ExcelNumberFormat format) {
        return switch (format.kind()) {
            case NUMBER -> plain(number, format.zeroPaddedWidth());
            case YEAR -> String.valueOf(dateTime(number).getYear());
            case YEAR_MONTH -> dateTime(number).format(DateTimeFormatter.ofPattern("uuuu-MM"));
            case DATE -> dateTime(number).toLocalDate().toString();
            case DATE_TIME -> dateTime(number).format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"))
                    .replaceFirst(":00$", "");
            case TIME -> dateTime(number).format(DateTimeFormatter.ofPattern("HH:mm:ss")).replaceFirst(":00$", "");
        };
    }

    static String plain(BigDecimal number, int zeroPaddedWidth) {
        String digits = number.round(SHOWN_DIGITS).stripTrailingZeros().toPlainString();
        if (zeroPaddedWidth > 0 && digits.matches("\\d+") && digits.length() < zeroPaddedWidth) {
            return "0".repeat(zeroPaddedWidth - digits.length()) + digits;
        }
        return digits;
    }

    /**
     * A serial date: days since the workbook's epoch, the fraction being the time of day,
     * rounded to the second. In the 1900 system Excel counts a 29 February 1900 that never
     * was, so serials before it start a day later.
     */
    LocalDateTime dateTime(BigDecimal serial) {
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        LocalDate epoch = date1904 ? EPOCH_1904 : days < 61 ? EPOCH_1900.plusDays(1) : EPOCH_1900;
        return epoch.plusDays(days).atStartOfDay().plusSeconds(seconds);
    }
}
