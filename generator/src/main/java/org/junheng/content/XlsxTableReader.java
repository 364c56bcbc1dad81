package org.junheng.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads one sheet of an {@code .xlsx} workbook against the columns a table may have, giving
 * the same rows a {@link CsvTableReader} gives for the same table saved as CSV, located by
 * sheet and cell ({@code 学校名录!D17}). Header rules are the CSV rules; on top of them the
 * reader handles what spreadsheets add: a title row above the header, a two-row header
 * whose merged upper row groups the columns (小学 over 在校生数 → 小学在校生数), cells merged
 * down a column (the value is every row's), formulas (their saved results), hidden rows and
 * columns (read, with a warning, because they will be published).
 */
public final class XlsxTableReader {

    private final TableHeader header;

    public XlsxTableReader(List<Column> columns) {
        this.header = new TableHeader(columns);
    }

    /** The rows of the workbook's first visible sheet; {@code file} is how problems name the workbook. */
    public List<TableRow> read(String file, Path workbook, List<Problem> problems) {
        return read(file, workbook, Optional.empty(), problems);
    }

    /** The rows of the named sheet of the workbook. */
    public List<TableRow> read(String file, Path workbook, String sheet, List<Problem> problems) {
        return read(file, workbook, Optional.of(sheet), problems);
    }

    private List<TableRow> read(String file, Path workbook, Optional<String> sheet, List<Problem> problems) {
        try (WorkbookFile opened = WorkbookFile.open(workbook)) {
            Optional<String> name = sheet.or(() -> opened.sheets().stream().filter(WorkbookFile.SheetName::visible)
                    .map(WorkbookFile.SheetName::name).findFirst());
            if (name.isEmpty()) {
                problems.add(Problem.error(SourceLocation.file(file), "", "xlsx.no-sheet", "工作簿中没有可见的工作表",
                        "在 Excel 或 WPS 中取消隐藏存放数据的工作表"));
                return List.of();
            }
            return read(file, opened.read(name.get()), problems);
        } catch (WorkbookFile.Unreadable e) {
            problems.add(unreadable(SourceLocation.file(file), e));
            return List.of();
        }
    }

    static Problem unreadable(SourceLocation at, WorkbookFile.Unreadable e) {
        return Problem.error(at, "", "xlsx.unreadable", "无法读取工作簿：" + e.getMessage(),
                "在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”，不要设置打开密码");
    }

    List<TableRow> read(String file, WorkbookFile.SheetCells sheet, List<Problem> problems) {
        return new SheetReading(file, sheet, problems).rows();
    }

    /** The reading of one sheet: its cells as text, then header, then data rows. */
    private final class SheetReading {

        private final String file;
        private final WorkbookFile.SheetCells sheet;
        private final List<Problem> problems;
        private final TreeMap<Integer, TreeMap<Integer, String>> text = new TreeMap<>();

        SheetReading(String file, WorkbookFile.SheetCells sheet, List<Problem> problems) {
            this.file = file;
            this.sheet = sheet;
            this.problems = problems;
        }

        private SourceLocation at(int row, int column, String field) {
            return SourceLocation.cell(file, sheet.name(), row, column, field);
        }

        List<TableRow> rows() {
            sheet.rows().forEach((row, cells) -> cells.forEach((column, result) -> {
                if (result instanceof ExcelCellText.Text cell && !cell.text().isBlank()) {
                    text.computeIfAbsent(row, r -> new TreeMap<>()).put(column, cell.text());
                }
            }));
            List<Integer> filled = new ArrayList<>(text.keySet());
            if (filled.isEmpty()) {
                problems.add(Problem.error(at(0, 0, ""), "", "csv.empty", "表格为空，缺少表头行",
                        "第一行应为表头，见 docs/content-format.md"));
                return List.of();
            }
            Header found = header(isTitle(filled) ? filled.get(1) : filled.get(0));
            reportHiddenColumns(found);
            reportUnreadableCells(found);
            return data(found);
        }

        private int lastColumn(int row) {
            TreeMap<Integer, String> cells = text.get(row);
            return cells == null ? 0 : cells.lastKey();
        }

        private String text(int row, int column) {
            TreeMap<Integer, String> cells = text.get(row);
            return cells == null ? "" : cells.getOrDefault(column, "");
        }

        /** A lone cell merged across the columns above the header, such as 青岚县2023年学校统计表. */
        private boolean isTitle(List<Integer> filled) {
            if (filled.size() < 2) {
                return false;
            }
            int row = filled.get(0);
            Map<Integer, String> cells = text.get(row);
            if (cells.size() != 1) {
                return false;
            }
            int column = cells.keySet().iterator().next();
            return sheet.layout().mergeAt(row, column)
                    .filter(range -> range.firstRow() == row && range.firstColumn() == column && range.spansColumns())
                    .isPresent();
        }

        /** The header: which column each sheet column holds, and the last row of the header. */
        private record Header(Map<Integer, Column> columns, Map<Integer, TableHeader.Cell> cells, int lastRow) {
        }

        private Header header(int row) {
            int width = Math.max(lastColumn(row), lastColumn(row + 1));
            List<TableHeader.Cell> oneRow = new ArrayList<>();
            for (int column = 1; column <= width; column++) {
                oneRow.add(new TableHeader.Cell(column, text(row, column), at(row, column, text(row, column))));
            }
            boolean grouped = sheet.layout().merges().stream().anyMatch(range -> range.firstRow() == row);
            if (grouped) {
                List<TableHeader.Cell> twoRows = twoRowHeader(row, width);
                if (known(twoRows) > known(oneRow)) {
                    return matched(twoRows, row + 1);
                }
            }
            for (CellRange range : sheet.layout().merges()) {
                if (range.firstRow() == row && range.spansColumns()) {
                    String name = text(row, range.firstColumn());
                    problems.add(Problem.error(at(row, range.firstColumn(), name), name, "xlsx.merged-header",
                            "表头单元格 " + range + " 合并了 " + (range.lastColumn() - range.firstColumn() + 1)
                                    + " 列，无法判断每一列的含义",
                            "取消合并，为每一列分别填写表头；如要分组，把分组名放在上一行合并，列名写在下一行"));
                }
            }
            return matched(oneRow, row);
        }

        /** Group names merged across the upper row, column names in the lower row. */
        private List<TableHeader.Cell> twoRowHeader(int row, int width) {
            List<TableHeader.Cell> cells = new ArrayList<>();
            for (int column = 1; column <= width; column++) {
                Optional<CellRange> merge = sheet.layout().mergeAt(row, column);
                String top = merge.map(range -> text(range.firstRow(), range.firstColumn())).orElse(text(row, column));
                boolean mergedDown = merge.filter(range -> range.lastRow() > row).isPresent();
                String sub = mergedDown ? "" : text(row + 1, column);
                String name;
                if (!top.isEmpty() && !sub.isEmpty()) {
                    name = header.column(top + sub).isPresent() || header.column(sub).isEmpty() ? top + sub : sub;
                } else {
                    name = top.isEmpty() ? sub : top;
                }
                int at = sub.isEmpty() ? row : row + 1;
                cells.add(new TableHeader.Cell(column, name, at(at, column, name)));
            }
            return cells;
        }

        private int known(List<TableHeader.Cell> cells) {
            return (int) cells.stream().filter(cell -> header.column(cell.name()).isPresent()).count();
        }

        private Header matched(List<TableHeader.Cell> cells, int lastRow) {
            Map<Integer, Column> columns = header.match(cells, at(lastRow, 0, ""), problems);
            Map<Integer, TableHeader.Cell> byColumn = new TreeMap<>();
            cells.forEach(cell -> byColumn.put(cell.index(), cell));
            return new Header(new TreeMap<>(columns), byColumn, lastRow);
        }

        private String name(Header found, int column) {
            TableHeader.Cell cell = found.cells().get(column);
            return cell == null ? "" : cell.name().strip();
        }

        private void reportHiddenColumns(Header found) {
            for (int column : found.columns().keySet()) {
                if (sheet.layout().hiddenColumns().contains(column)) {
                    TableHeader.Cell cell = found.cells().get(column);
                    problems.add(Problem.warning(cell.at(), cell.name(), "xlsx.hidden-column",
                            SourceLocation.columnLetters(column) + " 列在工作簿中被隐藏，但仍会被读取和公开",
                            "确认这一列的内容可以公开；不需要的列请删除"));
                }
            }
        }

        /** Formulas without a saved result and error values, in the header or in a column that is read. */
        private void reportUnreadableCells(Header found) {
            sheet.rows().forEach((row, cells) -> cells.forEach((column, result) -> {
                boolean data = row > found.lastRow();
                if (data && !found.columns().containsKey(column)) {
                    return;
                }
                SourceLocation at = at(row, column, data ? name(found, column) : "");
                if (result instanceof ExcelCellText.FormulaWithoutValue formula) {
                    problems.add(Problem.error(at, "=" + formula.formula(), "xlsx.formula-without-value",
                            "公式没有保存计算结果",
                            "在 Excel 或 WPS 中打开并保存这个工作簿（保存时会计算公式），或把公式换成数值"));
                } else if (result instanceof ExcelCellText.ErrorValue error) {
                    problems.add(Problem.error(at, error.error(), "xlsx.error-value",
                            error.formula().map(f -> "公式 =" + f + " 的结果是错误值").orElse("单元格是错误值"),
                            "改正公式或填写数值"));
                }
            }));
        }

        private List<TableRow> data(Header found) {
            Map<Integer, Column> columns = found.columns();
            Map<String, Integer> numbers = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            columns.forEach((column, key) -> {
                numbers.put(key.key(), column);
                names.put(key.key(), name(found, column));
            });
            // one for the whole sheet: every row shares it, and the content's digest digests it once
            CellPlaces places = new CellPlaces(numbers, names);
            fillMergedCellsDown(found);
            Set<Integer> unreadable = unreadableRows(found);
            Set<Integer> unheaded = new TreeSet<>();
            List<Integer> hidden = new ArrayList<>();
            List<TableRow> rows = new ArrayList<>();
            RepeatedCells repeated = new RepeatedCells();
            for (Map.Entry<Integer, TreeMap<Integer, String>> entry : text.entrySet()) {
                int row = entry.getKey();
                if (row <= found.lastRow()) {
                    continue;
                }
                for (int column : entry.getValue().keySet()) {
                    if (!columns.containsKey(column) && name(found, column).isEmpty()
                            && !underMergedHeader(found, column) && unheaded.add(column)) {
                        problems.add(Problem.warning(at(row, column, ""), entry.getValue().get(column),
                                "xlsx.unheaded-column", SourceLocation.columnLetters(column) + " 列有数据但没有表头，这一列被忽略",
                                "补上表头，或删除这一列的数据"));
                    }
                }
                if (sheet.hiddenRows().contains(row)) {
                    hidden.add(row);
                }
                if (unreadable.contains(row)) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                columns.forEach((column, key) -> cells.put(key.key(),
                        repeated.shared(entry.getValue().getOrDefault(column, ""))));
                rows.add(new TableRow(file, row, Map.copyOf(cells), places, sheet.name()));
            }
            if (!hidden.isEmpty()) {
                problems.add(Problem.warning(at(hidden.get(0), 0, ""), String.valueOf(hidden.size()),
                        "xlsx.hidden-rows", "有 " + hidden.size() + " 行数据被隐藏（例如被筛选），这些行仍会被读取和公开",
                        "确认隐藏的行可以公开；不需要的行请删除"));
            }
            return rows;
        }

        private boolean underMergedHeader(Header found, int column) {
            return sheet.layout().merges().stream()
                    .anyMatch(range -> range.firstRow() <= found.lastRow() && range.contains(range.firstRow(), column));
        }

        /** Rows holding a formula without result or an error value where a value is read; reported already. */
        private Set<Integer> unreadableRows(Header found) {
            Set<Integer> rows = new TreeSet<>();
            sheet.rows().forEach((row, cells) -> cells.forEach((column, result) -> {
                if (row > found.lastRow() && found.columns().containsKey(column)
                        && !(result instanceof ExcelCellText.Text)) {
                    rows.add(row);
                }
            }));
            return rows;
        }

        /**
         * A cell merged down a column holds the value of every row it covers, as the reader of
         * the sheet sees it (a town written once beside its schools). Merged across columns,
         * it cannot be told which column the value belongs to.
         */
        private void fillMergedCellsDown(Header found) {
            for (CellRange range : sheet.layout().merges()) {
                if (range.firstRow() <= found.lastRow()) {
                    continue;
                }
                String value = text(range.firstRow(), range.firstColumn());
                boolean read = found.columns().keySet().stream()
                        .anyMatch(column -> column >= range.firstColumn() && column <= range.lastColumn());
                if (range.spansColumns()) {
                    if (read) {
                        problems.add(Problem.error(at(range.firstRow(), range.firstColumn(),
                                        name(found, range.firstColumn())), value,
                                "xlsx.merged-cells", "单元格 " + range + " 跨列合并，无法判断数值属于哪一列",
                                "取消合并，在每一列填写各自的数值"));
                    }
                    continue;
                }
                for (int row = range.firstRow() + 1; row <= range.lastRow() && !value.isEmpty(); row++) {
                    text.computeIfAbsent(row, r -> new TreeMap<>()).put(range.firstColumn(), value);
                }
            }
        }
    }
}
