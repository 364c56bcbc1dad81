package org.junheng.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a CSV table against the columns it may have. Headers may be English keys or
 * Chinese names; unknown, duplicate and missing columns, ragged rows and malformed quoting
 * are reported as problems with file, line and column, and reading goes on where it can.
 */
public final class CsvTableReader {

    private static final CsvFactory CSV = new CsvMapper().getFactory();

    private final TableHeader header;

    public CsvTableReader(List<Column> columns) {
        this.header = new TableHeader(columns);
    }

    public List<TableRow> read(String file, String text, List<Problem> problems) {
        Records read = records(file, text, problems);
        return finish(file, read.records(), read.lines(), problems);
    }

    /** A CSV file's records that are not blank, each with the line it starts on. */
    record Records(List<String[]> records, List<Integer> lines) {
    }

    /** The records of the CSV {@code text}, as far as they can be read; where it cannot, a problem. */
    static Records records(String file, String text, List<Problem> problems) {
        List<String[]> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 0;
        try (JsonParser parser = CSV.createParser(text)) {
            List<String> record = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    record = new ArrayList<>();
                    line = 0;
                } else if (token == JsonToken.VALUE_STRING) {
                    if (line == 0) {
                        // the row's own line: START_ARRAY reports where the previous row ended
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    record.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY && !isBlank(record)) {
                    records.add(record.toArray(String[]::new));
                    lines.add(line);
                }
            }
        } catch (StreamConstraintsException e) {
            // usually a quote that never closes, swallowing the rest of the file into one cell
            int row = line > 0 ? line : lines.isEmpty() ? 1 : lines.get(lines.size() - 1) + 1;
            problems.add(Problem.error(SourceLocation.line(file, row), "", "csv.cell-too-long",
                    "单元格过长（超过 2000 万个字符），无法读取",
                    "检查这一行之后是否有未成对的英文双引号：它会把后面的整个文件读成一个单元格"));
        } catch (IOException | RuntimeException e) {
            if (line > 0 && firstLine(e.getMessage()).contains("closing quote")) {
                problems.add(Problem.error(SourceLocation.line(file, line), "", "csv.malformed",
                        "CSV 格式错误：这一行中带引号的单元格一直到文件末尾都没有结束",
                        "补上缺少的英文双引号，或删除多余的那一个"));
                return new Records(records, lines);
            }
            problems.add(Problem.error(malformedAt(file, e), "", "csv.malformed",
                    "CSV 格式错误：" + firstLine(e.getMessage()),
                    "检查引号是否成对、单元格中的逗号是否用引号括起来"));
        }
        return new Records(records, lines);
    }

    private List<TableRow> finish(String file, List<String[]> records, List<Integer> lines, List<Problem> problems) {
        if (records.isEmpty()) {
            problems.add(Problem.error(SourceLocation.file(file), "", "csv.empty", "表格为空，缺少表头行",
                    "第一行应为表头，见 docs/content-format.md"));
            return List.of();
        }
        Map<Integer, Column> columnAt = matchHeader(file, lines.get(0), records.get(0), problems);
        return rows(file, records, lines, columnAt, problems);
    }

    private Map<Integer, Column> matchHeader(String file, int line, String[] header, List<Problem> problems) {
        List<TableHeader.Cell> cells = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i] == null ? "" : header[i].strip();
            cells.add(new TableHeader.Cell(i, name, new SourceLocation(file, line, i + 1, name)));
        }
        return this.header.match(cells, SourceLocation.line(file, line), problems);
    }

    private static List<TableRow> rows(String file, List<String[]> records, List<Integer> lines,
                                       Map<Integer, Column> columnAt, List<Problem> problems) {
        int width = records.get(0).length;
        Map<String, Integer> columnNumbers = new HashMap<>();
        Map<String, String> headers = new HashMap<>();
        columnAt.forEach((index, column) -> {
            columnNumbers.put(column.key(), index + 1);
            headers.put(column.key(), records.get(0)[index].strip());
        });
        // one for the whole table: every row shares it, and the content's digest digests it once
        CellPlaces places = new CellPlaces(columnNumbers, headers);
        List<TableRow> rows = new ArrayList<>();
        RepeatedCells repeated = new RepeatedCells();
        for (int r = 1; r < records.size(); r++) {
            String[] record = records.get(r);
            int line = lines.get(r);
            if (record.length != width) {
                problems.add(Problem.error(SourceLocation.line(file, line), String.valueOf(record.length),
                        "csv.ragged-row", "这一行有 " + record.length + " 个单元格，表头有 " + width + " 列",
                        "补齐或删除多余的单元格；含逗号的内容要用英文双引号括起来"));
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            columnAt.forEach((index, column) -> cells.put(column.key(), repeated.shared(record[index])));
            rows.add(new TableRow(file, line, Map.copyOf(cells), places, ""));
        }
        return rows;
    }

    private static boolean isBlank(List<String> record) {
        for (String cell : record) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static SourceLocation malformedAt(String file, Exception e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null) {
            return new SourceLocation(file, json.getLocation().getLineNr(), json.getLocation().getColumnNr(), "");
        }
        return SourceLocation.file(file);
    }

    static String firstLine(String message) {
        String text = Optional.ofNullable(message).orElse("");
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
