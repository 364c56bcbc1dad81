package org.junheng;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Small workbooks built in a test with fastexcel's writer, the way Excel would save them:
 * {@code TestWorkbook.of(wb -> TestWorkbook.rows(wb.newWorksheet("学校名录"), header, row))}.
 */
public final class TestWorkbook {

    /** Builds the workbook's sheets. */
    public interface Sheets {
        void write(Workbook workbook) throws IOException;
    }

    private TestWorkbook() {
    }

    public static byte[] of(Sheets sheets) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(bytes, "JunhengTest", "1.0");
            sheets.write(workbook);
            workbook.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-sheet workbook whose rows start at A1. */
    public static byte[] sheet(String name, Object[]... rows) {
        return of(workbook -> rows(workbook.newWorksheet(name), rows));
    }

    /**
     * The rows of a small CSV text (no quoted commas) as a sheet, numbers typed as numbers
     * the way a bureau's spreadsheet holds them: codes and counts alike.
     */
    public static void csv(Worksheet sheet, String csv) {
        String[] lines = csv.strip().split("\n");
        Object[][] rows = new Object[lines.length][];
        for (int r = 0; r < lines.length; r++) {
            String[] cells = lines[r].split(",", -1);
            rows[r] = new Object[cells.length];
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c];
                rows[r][c] = cell.isEmpty() ? null
                        : cell.matches("-?(0|[1-9]\\d*)(\\.\\d+)?") ? new java.math.BigDecimal(cell) : cell;
            }
        }
        rows(sheet, rows);
    }

    /** Writes rows from A1 down; each value typed as Excel would hold it, {@code null} left empty. */
    public static void rows(Worksheet sheet, Object[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                cell(sheet, r, c, rows[r][c]);
            }
        }
    }

    /** One value: text, number, boolean, or a date given the format a bureau would use. */
    public static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            sheet.value(row, column, text);
        } else if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof Boolean bool) {
            sheet.value(row, column, bool);
        } else if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("yyyy-mm-dd").set();
        } else if (value instanceof LocalDateTime dateTime) {
            sheet.value(row, column, dateTime);
            sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
        } else {
            throw new IllegalArgumentException("no cell for " + value.getClass());
        }
    }
}
