package org.junheng.content;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a table's header cells to the columns it may have, whatever file the table is in:
 * English keys or Chinese names, unknown, duplicate and missing columns reported where they
 * stand. CSV files and workbooks are held to the same rules.
 */
final class TableHeader {

    /** One header cell: its 0-based position in the row, its text and where it is. */
    record Cell(int index, String name, SourceLocation at) {
    }

    private final List<Column> columns;
    private final Map<String, Column> byHeader = new HashMap<>();

    TableHeader(List<Column> columns) {
        this.columns = List.copyOf(columns);
        for (Column column : columns) {
            byHeader.put(HeaderNames.normalize(column.key()), column);
            byHeader.put(HeaderNames.normalize(column.chinese()), column);
        }
    }

    Optional<Column> column(String header) {
        return Optional.ofNullable(byHeader.get(HeaderNames.normalize(header)));
    }

    /** The column each header position holds, by position; {@code row} locates the header row. */
    Map<Integer, Column> match(List<Cell> header, SourceLocation row, List<Problem> problems) {
        Map<Integer, Column> columnAt = new LinkedHashMap<>();
        Map<Column, SourceLocation> seen = new HashMap<>();
        for (Cell cell : header) {
            String name = cell.name().strip();
            Column column = byHeader.get(HeaderNames.normalize(name));
            if (column == null) {
                if (!name.isEmpty()) {
                    problems.add(Problem.error(cell.at(), name, "csv.unknown-column", "未知的列“" + name + "”",
                            "检查拼写；可用的列见 docs/content-format.md"));
                }
            } else if (seen.containsKey(column)) {
                problems.add(Problem.error(cell.at(), name, "csv.duplicate-column",
                        "列“" + column.chinese() + "”出现了两次（另见" + columnName(seen.get(column)) + "）",
                        "删除重复的列"));
            } else {
                seen.put(column, cell.at());
                columnAt.put(cell.index(), column);
            }
        }
        for (Column column : columns) {
            if (column.required() && !seen.containsKey(column)) {
                problems.add(Problem.error(row.withField(column.chinese(), 0), "", "csv.missing-column",
                        "缺少必填列“" + column.chinese() + "”（" + column.key() + "）", "在表头中加入这一列"));
            }
        }
        return columnAt;
    }

    /** {@code 第 3 列} in a text table, {@code  C 列} in a workbook, where columns have letters. */
    private static String columnName(SourceLocation at) {
        return at.inWorkbook() ? " " + SourceLocation.columnLetters(at.column()) + " 列" : "第 " + at.column() + " 列";
    }
}
