package org.junheng;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written part by part, for what a writer library will not produce: a formula
 * with its saved result, error values, built-in date formats with no format text, the 1904
 * date system, hidden sheets. Cells are given as sheet XML.
 */
public final class HandWrittenXlsx {

    private record Sheet(String name, String state, String xml) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final List<String> cellFormats = new ArrayList<>(List.of("0"));
    private final List<String> customFormats = new ArrayList<>();
    private boolean date1904;

    public static HandWrittenXlsx workbook() {
        return new HandWrittenXlsx();
    }

    /** A sheet: {@code content} is what goes inside {@code <worksheet>}, usually {@code <sheetData>…</sheetData>}. */
    public HandWrittenXlsx sheet(String name, String content) {
        sheets.add(new Sheet(name, "visible", content));
        return this;
    }

    public HandWrittenXlsx hiddenSheet(String name, String content) {
        sheets.add(new Sheet(name, "hidden", content));
        return this;
    }

    /** Adds a cell style with a built-in number format; cells use it as {@code s="index"} (1, 2, …). */
    public HandWrittenXlsx style(int builtInFormat) {
        cellFormats.add(String.valueOf(builtInFormat));
        return this;
    }

    /** Adds a cell style with a custom number format. */
    public HandWrittenXlsx style(String format) {
        int id = 164 + customFormats.size();
        customFormats.add("<numFmt numFmtId=\"" + id + "\" formatCode=\"" + escape(format) + "\"/>");
        cellFormats.add(String.valueOf(id));
        return this;
    }

    public HandWrittenXlsx date1904() {
        date1904 = true;
        return this;
    }

    /** A row of cells. */
    public static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    public static String text(String cell, String text) {
        return "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
    }

    public static String number(String cell, String value) {
        return "<c r=\"" + cell + "\"><v>" + value + "</v></c>";
    }

    public static String number(String cell, String value, int style) {
        return "<c r=\"" + cell + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
    }

    /** A formula and the result Excel saved with it ({@code type} n, str, b or e). */
    public static String formula(String cell, String formula, String type, String result) {
        return "<c r=\"" + cell + "\" t=\"" + type + "\"><f>" + escape(formula) + "</f><v>" + escape(result)
                + "</v></c>";
    }

    public static String errorValue(String cell, String error) {
        return "<c r=\"" + cell + "\" t=\"e\"><v>" + escape(error) + "</v></c>";
    }

    public static String sheetData(String... rows) {
        return "<sheetData>" + String.join("", rows) + "</sheetData>";
    }

    public byte[] bytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
                StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>");
                StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
                for (int i = 0; i < sheets.size(); i++) {
                    Sheet sheet = sheets.get(i);
                    String part = "worksheets/sheet" + (i + 1) + ".xml";
                    types.append("<Override PartName=\"/xl/").append(part).append("\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                    workbook.append("<sheet name=\"").append(escape(sheet.name())).append("\" sheetId=\"").append(i + 1)
                            .append("\" state=\"").append(sheet.state()).append("\" r:id=\"rId").append(i + 1).append("\"/>");
                    rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"")
                            .append(part).append("\"/>");
                    put(zip, "xl/" + part, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + sheet.xml() + "</worksheet>");
                }
                put(zip, "[Content_Types].xml", types.append("</Types>").toString());
                put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
                put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
                put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
                put(zip, "xl/styles.xml", styles());
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String styles() {
        StringBuilder xfs = new StringBuilder();
        for (String format : cellFormats) {
            xfs.append("<xf numFmtId=\"").append(format).append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"")
                    .append(format.equals("0") ? "" : " applyNumberFormat=\"1\"").append("/>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"" + customFormats.size() + "\">" + String.join("", customFormats) + "</numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"" + cellFormats.size() + "\">" + xfs + "</cellXfs>"
                + "</styleSheet>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
