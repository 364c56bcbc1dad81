package org.junheng.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an attachment publishes, for the privacy checks: an enrollment or subsidy list is most
 * often attached as a spreadsheet, a Word file or a PDF, not written into the page. A CSV file is
 * read in UTF-8 or GBK; an {@code .xlsx} workbook sheet by sheet, hidden sheets too, since they
 * are published with it; a {@code .docx} file paragraph by paragraph and cell by cell (see
 * {@link WordTexts}); a PDF page by page (see {@link PdfTexts}); the files of these kinds inside a
 * ZIP file as if attached on their own (see {@link ZipTexts}). Every table cell is checked as
 * text, and for a column of names (see the student-list rule); a table's header names the column
 * of each cell below it. Other formats (Word 97-2003, OFD, images, Excel 97-2003) are not read:
 * docs/checks.md says so, and their publisher must look at them.
 */
final class AttachmentTexts {

    /** The formats whose contents are read, on their own or inside a ZIP file. */
    static final Set<String> READ = Set.of("csv", "xlsx", "docx", "pdf");

    private AttachmentTexts() {
    }

    /** A file's format: what follows the last dot of its name, in lower case; empty if there is none. */
    static String format(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The texts of the attachment {@code file}, named {@code name} (its path in the site) in
     * findings; one of the formats read that cannot be read is an error at {@code declared}, where
     * the document names it, since it cannot be checked.
     */
    static List<SourceText> of(Path file, String name, String format, SourceLocation declared,
                               List<Problem> problems) {
        try {
            return switch (format) {
                case "csv" -> csv(file, name, problems);
                case "xlsx" -> workbook(file, name);
                case "docx" -> WordTexts.of(file, name);
                case "pdf" -> PdfTexts.of(file, name);
                case "zip" -> ZipTexts.of(file, name,
                        (entry, entryName, entryFormat) -> of(entry, entryName, entryFormat, declared, problems));
                default -> List.of();
            };
        } catch (UnreadableAttachment e) {
            problems.add(Problem.error(declared, name, "attachment.unreadable", "无法检查附件中的个人信息：" + e.getMessage(),
                    e.fix() + "；附件要先检查过才能发布"));
            return List.of();
        }
    }

    private static List<SourceText> csv(Path file, String name, List<Problem> problems) throws UnreadableAttachment {
        Optional<DecodedText> decoded;
        try {
            decoded = DecodedText.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            decoded = Optional.empty();
        }
        if (decoded.isEmpty()) {
            throw new UnreadableAttachment("既不是 UTF-8 也不是 GBK 编码", "另存为 UTF-8 编码的 CSV", null);
        }
        CsvTableReader.Records read = CsvTableReader.records(name, decoded.get().text(), problems);
        List<SourceText> texts = new ArrayList<>();
        Header header = new Header();
        for (int r = 0; r < read.records().size(); r++) {
            List<String> cells = List.of(read.records().get(r));
            String[] fields = header.fieldsOf(cells);
            for (int c = 0; c < cells.size(); c++) {
                add(texts, new SourceLocation(name, read.lines().get(r), c + 1, fields[c]), cells.get(c));
            }
        }
        return texts;
    }

    private static List<SourceText> workbook(Path file, String name) throws UnreadableAttachment {
        List<SourceText> texts = new ArrayList<>();
        try (WorkbookFile workbook = WorkbookFile.open(file)) {
            for (WorkbookFile.SheetName sheet : workbook.sheets()) {
                Header header = new Header();
                for (Map.Entry<Integer, Map<Integer, ExcelCellText.Result>> row
                        : workbook.read(sheet.name()).rows().entrySet()) {
                    List<String> cells = new ArrayList<>();
                    row.getValue().forEach((column, cell) -> {
                        while (cells.size() < column - 1) {
                            cells.add("");
                        }
                        cells.add(text(cell));
                    });
                    String[] fields = header.fieldsOf(cells);
                    for (int c = 0; c < cells.size(); c++) {
                        SourceLocation at = SourceLocation.cell(name, sheet.name(), row.getKey(), c + 1, fields[c]);
                        add(texts, at, cells.get(c));
                    }
                }
            }
        } catch (WorkbookFile.Unreadable e) {
            throw new UnreadableAttachment(e.getMessage(), "另存为未加密的 .xlsx 工作簿或 CSV", e);
        }
        return texts;
    }

    /** What a cell shows, or, where Excel saved no value, the formula it would show it from. */
    private static String text(ExcelCellText.Result cell) {
        if (cell instanceof ExcelCellText.Text text) {
            return text.text();
        }
        if (cell instanceof ExcelCellText.FormulaWithoutValue formula) {
            return formula.formula();
        }
        ExcelCellText.ErrorValue error = (ExcelCellText.ErrorValue) cell;
        return error.formula().orElse(error.error());
    }

    /** Adds a cell that holds something: a blank one has nothing to find, and a large table has many. */
    private static void add(List<SourceText> texts, SourceLocation at, String text) {
        if (!text.isBlank()) {
            texts.add(new SourceText(at, text, SourceText.Kind.TABLE_CELL));
        }
    }

    /**
     * A table's header, to name the column of each cell below it in findings: the first row with two
     * cells or more, since a title often stands above it in one cell.
     */
    private static final class Header {

        private List<String> names;

        /** The field each of a row's cells is reported under: none for the header and the rows above it. */
        String[] fieldsOf(List<String> cells) {
            String[] fields = new String[cells.size()];
            Arrays.fill(fields, "");
            if (names == null) {
                if (cells.stream().filter(cell -> !cell.isBlank()).count() >= 2) {
                    names = cells.stream().map(String::strip).toList();
                }
                return fields;
            }
            for (int c = 0; c < fields.length && c < names.size(); c++) {
                fields[c] = names.get(c);
            }
            return fields;
        }
    }
}
