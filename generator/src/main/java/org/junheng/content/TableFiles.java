package org.junheng.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.BiFunction;

/**
 * Where a site keeps each of its tables, and reading them into rows. A table kept in
 * {@code content/schools.csv} may instead be the workbook {@code content/schools.xlsx}, or
 * a sheet named after the table in the one workbook {@code content/data.xlsx}; a table kept
 * as a folder of files ({@code content/statistics/*.csv}) may mix CSV files and workbooks,
 * and may add sheets of {@code data.xlsx}. Whatever the source, the rows are the same.
 */
final class TableFiles {

    /** The one workbook that may hold every table, one sheet each. */
    static final String DATA_WORKBOOK = "data.xlsx";

    /**
     * The Chinese name of each table, by the English name of its file or folder. A table's
     * sheet may be named either way; a table not listed here is found by its English name.
     */
    static final Map<String, String> CHINESE_NAMES = Map.of(
            "schools", "学校名录",
            "statistics", "统计数据");

    private static final List<String> UNSUPPORTED = List.of("xls", "et", "ods");

    private final Path siteRoot;
    private final Path contentRoot;
    private final BiFunction<Path, List<Problem>, Optional<FileText>> textOf;
    private final Map<String, String> askedFor = new LinkedHashMap<>();
    private final Set<String> readSheets = new TreeSet<>();
    private List<WorkbookFile.SheetName> dataSheetNames;

    /** {@code textOf} decodes a text file, reporting why it cannot. */
    TableFiles(Path siteRoot, BiFunction<Path, List<Problem>, Optional<FileText>> textOf) {
        this.siteRoot = siteRoot;
        this.contentRoot = siteRoot.resolve("content");
        this.textOf = textOf;
    }

    /**
     * One place a table's rows come from: a CSV file, a workbook of the table's own (its
     * sheets named after the table, or its first visible sheet), or one sheet of the data workbook.
     */
    private record Source(Path path, boolean csv, Optional<String> sheet) {

        static Source csvFile(Path path) {
            return new Source(path, true, Optional.empty());
        }

        static Source workbook(Path path) {
            return new Source(path, false, Optional.empty());
        }

        static Source sheet(Path workbook, String sheet) {
            return new Source(workbook, false, Optional.of(sheet));
        }
    }

    /**
     * The rows read from one source, and the key its text is kept by once the text checks found
     * nothing in its cells (see {@link CheckedFiles}): a CSV file's; none for a workbook.
     */
    record Read(List<TableRow> rows, Optional<String> key) {

        static final Read NOTHING = new Read(List.of(), Optional.empty());
    }

    /**
     * The rows of a table kept in one file, given as its CSV path ({@code content/schools.csv}):
     * that file or the workbook beside it, and for a table directly in {@code content/}, its
     * sheet of the data workbook. If the table is missing, {@code required} decides whether
     * that is an error.
     */
    Read single(Path csv, List<Column> columns, boolean required, List<Problem> problems) {
        String name = baseName(csv);
        List<Source> sources = new ArrayList<>();
        if (Files.isRegularFile(csv)) {
            sources.add(Source.csvFile(csv));
        }
        Path workbook = csv.resolveSibling(name + ".xlsx");
        if (Files.isRegularFile(workbook)) {
            sources.add(Source.workbook(workbook));
        }
        if (csv.getParent().equals(contentRoot)) {
            dataSheets(name, false, problems).forEach(sheet -> sources.add(Source.sheet(dataWorkbook(), sheet)));
        }
        for (String extension : UNSUPPORTED) {
            unsupported(csv.resolveSibling(name + "." + extension), problems);
        }
        if (sources.isEmpty()) {
            if (required) {
                problems.add(Problem.error(SourceLocation.file(relative(csv)), "", "content.missing-file",
                        "缺少" + chinese(name) + "文件",
                        "创建 " + relative(csv) + " 或 " + relative(workbook)
                                + (csv.getParent().equals(contentRoot) ? "，或在 content/" + DATA_WORKBOOK
                                        + " 中加入名为“" + chinese(name) + "”的工作表" : "")
                                + "；表头见 docs/content-format.md"));
            }
            return Read.NOTHING;
        }
        for (Source other : sources.subList(1, sources.size())) {
            twoSources(chinese(name), sources.get(0), other, problems);
        }
        return read(sources.get(0), name, false, columns, problems);
    }

    /**
     * Hands {@code each} the rows of each file of a table kept as a folder of files, then of its
     * sheets in the data workbook: one file's rows at a time, since a national folder's files
     * together hold millions of cells.
     */
    void folder(Path folder, List<Column> columns, List<Problem> problems, Consumer<Read> each) {
        String name = folder.getFileName().toString();
        Map<Path, Path> csvByStem = new LinkedHashMap<>();
        for (Path file : ContentFiles.find(folder, "csv", "xlsx")) {
            Path stem = file.resolveSibling(baseName(file));
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                csvByStem.put(stem, file);
            }
        }
        for (Path file : ContentFiles.find(folder, "csv", "xlsx")) {
            Path csv = csvByStem.get(file.resolveSibling(baseName(file)));
            if (csv == null || csv.equals(file)) {
                Source source = csv == null ? Source.workbook(file) : Source.csvFile(file);
                each.accept(read(source, name, true, columns, problems));
            } else {
                twoSources(chinese(name), Source.csvFile(csv), Source.workbook(file), problems);
            }
        }
        for (Path file : ContentFiles.find(folder, UNSUPPORTED.toArray(String[]::new))) {
            unsupported(file, problems);
        }
        for (String sheet : dataSheets(name, true, problems)) {
            each.accept(read(Source.sheet(dataWorkbook(), sheet), name, true, columns, problems));
        }
    }

    /** Warns about the data workbook's visible sheets that no table read: a misspelt name loses a table. */
    void reportUnreadSheets(List<Problem> problems) {
        Path data = dataWorkbook();
        if (!Files.isRegularFile(data)) {
            return;
        }
        List<String> expected = new ArrayList<>();
        askedFor.forEach((english, chinese) -> expected.add(chinese + "（" + english + "）"));
        for (WorkbookFile.SheetName sheet : dataSheetNames(problems)) {
            if (sheet.visible() && !sheet.name().startsWith("_") && !readSheets.contains(sheet.name())) {
                problems.add(Problem.warning(SourceLocation.cell(relative(data), sheet.name(), 0, 0, ""), sheet.name(),
                        "xlsx.unknown-sheet", "工作表“" + sheet.name() + "”不是已知的表格，没有被读取",
                        "工作表应命名为：" + String.join("、", expected) + "；说明用的工作表请以 _ 开头命名"));
            }
        }
    }

    private Read read(Source source, String name, boolean folder, List<Column> columns, List<Problem> problems) {
        String file = relative(source.path());
        if (source.csv()) {
            return textOf.apply(source.path(), problems)
                    .map(text -> new Read(new CsvTableReader(columns).read(file, text.text(), problems),
                            Optional.of(text.checkedKey(file))))
                    .orElse(Read.NOTHING);
        }
        if (source.sheet().isPresent()) {
            return new Read(new XlsxTableReader(columns).read(file, source.path(), source.sheet().get(), problems),
                    Optional.empty());
        }
        return new Read(ownWorkbook(source.path(), name, folder, columns, problems), Optional.empty());
    }

    private List<TableRow> ownWorkbook(Path path, String name, boolean folder, List<Column> columns,
                                       List<Problem> problems) {
        List<String> named = sheetNames(path, problems).stream().map(WorkbookFile.SheetName::name)
                .filter(sheet -> isNamedFor(sheet, name, folder)).toList();
        XlsxTableReader reader = new XlsxTableReader(columns);
        if (named.isEmpty()) {
            return reader.read(relative(path), path, problems);
        }
        List<TableRow> rows = new ArrayList<>();
        named.forEach(sheet -> rows.addAll(reader.read(relative(path), path, sheet, problems)));
        return rows;
    }

    /** The data workbook's sheets for a table: its name exactly, or for a folder of files any name starting so. */
    private List<String> dataSheets(String name, boolean folder, List<Problem> problems) {
        askedFor.put(name, chinese(name));
        Path data = dataWorkbook();
        if (!Files.isRegularFile(data)) {
            return List.of();
        }
        List<String> sheets = dataSheetNames(problems).stream().map(WorkbookFile.SheetName::name)
                .filter(sheet -> isNamedFor(sheet, name, folder)).toList();
        readSheets.addAll(sheets);
        return sheets;
    }

    /** The data workbook's sheets, listed once: a broken data workbook is one problem, not one per table. */
    private List<WorkbookFile.SheetName> dataSheetNames(List<Problem> problems) {
        if (dataSheetNames == null) {
            dataSheetNames = sheetNames(dataWorkbook(), problems);
        }
        return dataSheetNames;
    }

    private static boolean isNamedFor(String sheet, String name, boolean prefix) {
        String normalized = HeaderNames.normalize(sheet);
        for (String candidate : List.of(name, chinese(name))) {
            String wanted = HeaderNames.normalize(candidate);
            if (normalized.equals(wanted) || prefix && normalized.startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }

    private List<WorkbookFile.SheetName> sheetNames(Path workbook, List<Problem> problems) {
        try (WorkbookFile opened = WorkbookFile.open(workbook)) {
            return opened.sheets();
        } catch (WorkbookFile.Unreadable e) {
            problems.add(XlsxTableReader.unreadable(SourceLocation.file(relative(workbook)), e));
            return List.of();
        }
    }

    private void twoSources(String table, Source first, Source second, List<Problem> problems) {
        problems.add(Problem.error(location(second), describe(first), "table.two-sources",
                table + "有两个来源：" + describe(first) + " 和 " + describe(second) + "，只读取了前者",
                "只保留其中一个：删除不再使用的文件或工作表，或把它改名为以 _ 开头"));
    }

    private void unsupported(Path file, List<Problem> problems) {
        if (Files.isRegularFile(file)) {
            String name = file.getFileName().toString();
            problems.add(Problem.error(SourceLocation.file(relative(file)), name, "xlsx.unsupported-format",
                    "不支持 " + name.substring(name.lastIndexOf('.')) + " 格式的表格，这个文件没有被读取",
                    "在 Excel 或 WPS 中另存为“Excel 工作簿（*.xlsx）”或“CSV UTF-8（逗号分隔）”"));
        }
    }

    private String describe(Source source) {
        return source.sheet().map(sheet -> relative(source.path()) + " 的工作表“" + sheet + "”")
                .orElse(relative(source.path()));
    }

    private SourceLocation location(Source source) {
        return source.sheet().map(sheet -> SourceLocation.cell(relative(source.path()), sheet, 0, 0, ""))
                .orElse(SourceLocation.file(relative(source.path())));
    }

    private Path dataWorkbook() {
        return contentRoot.resolve(DATA_WORKBOOK);
    }

    private static String chinese(String name) {
        return CHINESE_NAMES.getOrDefault(name, name);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private String relative(Path file) {
        return ContentFiles.relative(siteRoot, file);
    }
}
