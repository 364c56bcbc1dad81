package org.junheng.content;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.junheng.files.Closing;

/**
 * An {@code .xlsx} workbook opened for reading: its sheets in tab order, and each sheet's
 * cells as their authors meant them together with the hidden rows and columns and merged
 * cells that change what those cells mean.
 */
final class WorkbookFile implements Closeable {

    /** A sheet as the workbook lists it. */
    record SheetName(String name, boolean visible) {
    }

    /** A sheet's cells by row number, then column number (both 1-based), and its layout. */
    record SheetCells(String name, Map<Integer, Map<Integer, ExcelCellText.Result>> rows,
                      List<Integer> hiddenRows, SheetLayout layout) {
    }

    /** Why a workbook cannot be opened, in words for the person who saved it. */
    static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ReadableWorkbook workbook;
    private final ZipFile zip;
    private final Map<String, String> sheetParts;
    private final ExcelCellText cellText;

    private WorkbookFile(ReadableWorkbook workbook, ZipFile zip, Map<String, String> sheetParts) {
        this.workbook = workbook;
        this.zip = zip;
        this.sheetParts = sheetParts;
        this.cellText = new ExcelCellText(workbook.isDate1904());
    }

    static WorkbookFile open(Path file) throws Unreadable {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            if (read == head.length && ReadableWorkbook.isOLE2Header(head)) {
                throw new Unreadable("这是旧版 Excel 97-2003（.xls）文件或设置了打开密码的工作簿", null);
            }
            if (read < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
                throw new Unreadable("这不是 .xlsx 工作簿", null);
            }
        } catch (IOException e) {
            throw new Unreadable("无法读取文件：" + e.getMessage(), e);
        }
        ZipFile zip = null;
        try {
            zip = new ZipFile(file.toFile());
            Map<String, String> parts = SheetLayout.sheetParts(zip);
            return new WorkbookFile(new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true)), zip, parts);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            Closing.quietly(zip);
            throw new Unreadable("工作簿已损坏或格式不受支持：" + CsvTableReader.firstLine(e.getMessage()), e);
        }
    }

    List<SheetName> sheets() {
        return workbook.getSheets()
                .map(sheet -> new SheetName(sheet.getName(), sheet.getVisibility() == SheetVisibility.VISIBLE))
                .toList();
    }

    SheetCells read(String sheetName) throws Unreadable {
        Sheet sheet = workbook.getSheets().filter(s -> s.getName().equals(sheetName)).findFirst()
                .orElseThrow(() -> new Unreadable("没有名为“" + sheetName + "”的工作表", null));
        try {
            Map<Integer, Map<Integer, ExcelCellText.Result>> rows = new TreeMap<>();
            List<Integer> hiddenRows = new ArrayList<>();
            for (Row row : sheet.read()) {
                Map<Integer, ExcelCellText.Result> cells = new TreeMap<>();
                for (org.dhatim.fastexcel.reader.Cell cell : row) {
                    if (cell != null) {
                        cells.put(cell.getColumnIndex() + 1, cellText.read(cell));
                    }
                }
                rows.put(row.getRowNum(), cells);
                if (row.isHidden()) {
                    hiddenRows.add(row.getRowNum());
                }
            }
            Optional<String> part = Optional.ofNullable(sheetParts.get(sheet.getId()));
            SheetLayout layout = part.isEmpty() ? SheetLayout.NONE : SheetLayout.read(zip, part.get());
            return new SheetCells(sheetName, rows, List.copyOf(hiddenRows), layout);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new Unreadable("无法读取工作表“" + sheetName + "”：" + CsvTableReader.firstLine(e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        Closing.quietly(workbook);
        Closing.quietly(zip);
    }
}
