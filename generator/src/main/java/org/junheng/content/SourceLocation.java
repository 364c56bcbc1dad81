package org.junheng.content;

import java.util.regex.Pattern;

/**
 * Where a value came from, so that every message can name file, line, column and field.
 * {@code file} is relative to the site folder with forward slashes; 0 means "unknown".
 * In a workbook, {@code sheet} names the sheet and {@code line} and {@code column} are the
 * cell's row and column numbers, printed the way Excel writes a reference: {@code 学校名录!D17}.
 * {@code sheet} is empty for every other file.
 */
public record SourceLocation(String file, int line, int column, String field, String sheet) {

    /** Sheet names Excel writes without quotes in a reference; others are quoted, as {@code '2023'!A1}. */
    private static final Pattern PLAIN_SHEET_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.]*");

    /** A place in a text file. */
    public SourceLocation(String file, int line, int column, String field) {
        this(file, line, column, field, "");
    }

    public static SourceLocation file(String file) {
        return new SourceLocation(file, 0, 0, "");
    }

    public static SourceLocation line(String file, int line) {
        return new SourceLocation(file, line, 0, "");
    }

    /** A cell of a workbook sheet; {@code column} 0 means the whole row, {@code row} 0 the whole sheet. */
    public static SourceLocation cell(String file, String sheet, int row, int column, String field) {
        return new SourceLocation(file, row, column, field, sheet);
    }

    public SourceLocation withField(String fieldName, int fieldColumn) {
        return new SourceLocation(file, line, fieldColumn, fieldName, sheet);
    }

    public boolean inWorkbook() {
        return !sheet.isEmpty();
    }

    /**
     * The place inside a workbook as Excel names it: {@code 学校名录!D17}, {@code 学校名录 第 17 行}
     * for a whole row, the sheet name alone for a whole sheet; empty outside workbooks.
     */
    public String cell() {
        if (!inWorkbook()) {
            return "";
        }
        String name = PLAIN_SHEET_NAME.matcher(sheet).matches() ? sheet : "'" + sheet.replace("'", "''") + "'";
        if (line <= 0) {
            return name;
        }
        if (column <= 0) {
            return name + " 第 " + line + " 行";
        }
        return name + "!" + columnLetters(column) + line;
    }

    /** How a message refers to this place within its file: {@code 第 17 行} or {@code 学校名录!D17}. */
    public String where() {
        return inWorkbook() ? cell() : "第 " + line + " 行";
    }

    /** Excel's column name for a 1-based column number: 1 → A, 27 → AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (inWorkbook()) {
            text.append(' ').append(cell());
        } else if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        if (!field.isEmpty()) {
            text.append(" [").append(field).append(']');
        }
        return text.toString();
    }
}
