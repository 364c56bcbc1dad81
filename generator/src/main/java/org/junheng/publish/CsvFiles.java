package org.junheng.publish;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes tables as CSV. The canonical file is UTF-8 without BOM, LF line endings, RFC 4180
 * quoting (a cell with a comma, quote or line break is quoted, quotes doubled), the columns in
 * their fixed order. The Excel file carries the same cells as UTF-8 with a BOM and CRLF, so
 * that Excel on Chinese Windows shows the Chinese text instead of mojibake; a text cell that
 * Excel would run as a formula is prefixed with an apostrophe there, and only there.
 */
public final class CsvFiles {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CsvFiles() {
    }

    public static byte[] canonical(List<String> header, List<List<String>> rows) {
        return inMemory(header, rows, false);
    }

    public static byte[] excel(List<String> header, List<List<String>> rows) {
        return inMemory(header, rows, true);
    }

    /** The canonical file's first line, without its line end. */
    static String headerLine(List<String> header) {
        StringBuilder line = new StringBuilder();
        line(line, header, "", false);
        return line.toString();
    }

    /**
     * Writes the canonical file, or with {@code forExcel} the Excel file, to {@code out} a line at
     * a time: a national table is hundreds of megabytes, which held as text, then as bytes, then
     * copied, took several times that. {@code out} is flushed, not closed.
     */
    static void write(List<String> header, List<List<String>> rows, OutputStream out, boolean forExcel)
            throws IOException {
        writeHeader(header, out, forExcel);
        writeRows(header.size(), rows, out, forExcel);
    }

    /** The file's start: for Excel its BOM, then the header line. {@code out} is flushed, not closed. */
    static void writeHeader(List<String> header, OutputStream out, boolean forExcel) throws IOException {
        if (forExcel) {
            out.write(BOM);
        }
        writeRows(header.size(), List.of(header), out, forExcel);
    }

    /** The lines of {@code rows}, each of {@code columns} cells, as {@link #write} writes them after the header. */
    static void writeRows(int columns, List<List<String>> rows, OutputStream out, boolean forExcel)
            throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        appendRows(columns, rows, text, forExcel);
        text.flush();
    }

    /** The same lines appended to {@code text}, which is neither flushed nor closed. */
    static void appendRows(int columns, List<List<String>> rows, Writer text, boolean forExcel) throws IOException {
        String lineEnd = forExcel ? "\r\n" : "\n";
        StringBuilder line = new StringBuilder(256);
        for (List<String> cells : rows) {
            if (cells.size() != columns) {
                throw new IllegalArgumentException("a row has " + cells.size() + " cells for " + columns + " columns");
            }
            line.setLength(0);
            line(line, cells, lineEnd, forExcel);
            text.append(line);
        }
    }

    private static byte[] inMemory(List<String> header, List<List<String>> rows, boolean forExcel) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * (rows.size() + 1));
        try {
            write(header, rows, bytes, forExcel);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an array takes every byte
        }
        return bytes.toByteArray();
    }

    private static void line(StringBuilder text, List<String> cells, String lineEnd, boolean forExcel) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String cell = forExcel ? defuse(cells.get(i)) : cells.get(i);
            text.append(quote(cell));
        }
        text.append(lineEnd);
    }

    /** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Excel runs a cell starting with = + - @ as a formula; a number like -0.5 is left alone. */
    static String defuse(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }
}
