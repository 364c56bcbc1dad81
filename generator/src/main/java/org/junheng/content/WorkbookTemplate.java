package org.junheng.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The workbook a bureau starts from: {@code content/data.xlsx} with the school registry and
 * the yearly statistics as sheets, Chinese headers (required ones highlighted), drop-down
 * lists for the fixed vocabularies, code columns kept as text so Excel does not turn
 * {@code 2199010001} into {@code 2.19901E+09}, one example row in each sheet, and a sheet
 * {@code _填表说明} explaining the columns. The same inputs give the same bytes.
 */
public final class WorkbookTemplate {

    /** The county code of the example rows unless another is given. */
    public static final String EXAMPLE_COUNTY = "990101";

    /** Rows of a sheet that get the drop-down lists and the text format: a county's schools fit many times over. */
    private static final int FILLED_ROWS = 2000;
    private static final String REQUIRED_FILL = "FFE699";
    private static final String OPTIONAL_FILL = "DDEBF7";
    /** Excel writes the time a file was created into it; a template has no such moment. */
    private static final String FIXED_CREATED = "2024-01-01T00:00:00Z";

    /** Columns that hold codes or numbers with leading zeros: text, never numbers. */
    private static final Set<String> TEXT_COLUMNS = Set.of("code", "parent", "county", "phone");

    private static final Map<String, List<String>> CHOICES = choices();

    private WorkbookTemplate() {
    }

    private static Map<String, List<String>> choices() {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        choices.put("type", Arrays.stream(SchoolType.values()).map(SchoolType::chinese).toList());
        choices.put("locality", Arrays.stream(Locality.values()).map(Locality::chinese).toList());
        choices.put("ownership", Arrays.stream(Ownership.values()).map(Ownership::chinese).toList());
        choices.put("boarding", List.of("是", "否"));
        return choices;
    }

    /** Writes the template to {@code file}, its example school in county {@value #EXAMPLE_COUNTY}. */
    public static void write(Path file) throws IOException {
        write(file, EXAMPLE_COUNTY);
    }

    /** Writes the template to {@code file}, its example school in the given county. */
    public static void write(Path file, String countyCode) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Junheng", "1.0");
            registry(workbook.newWorksheet(TableFiles.CHINESE_NAMES.get("schools")), countyCode);
            statistics(workbook.newWorksheet(TableFiles.CHINESE_NAMES.get("statistics")));
            instructions(workbook.newWorksheet("_填表说明"));
            workbook.finish();
        }
        Files.write(file, withFixedCreationTime(file));
    }

    private static void registry(Worksheet sheet, String countyCode) {
        List<Column> columns = SchoolRegistryTable.COLUMNS;
        header(sheet, columns);
        Map<String, String> example = Map.ofEntries(
                Map.entry("code", "2199990001"), Map.entry("name", "示例县实验小学"), Map.entry("aliases", "实小"),
                Map.entry("type", "小学"), Map.entry("county", countyCode), Map.entry("town", "城关镇"),
                Map.entry("locality", "城区"), Map.entry("ownership", "公办"), Map.entry("boarding", "否"),
                Map.entry("address", "城关镇示例路1号"), Map.entry("phone", "0790-6000000"),
                Map.entry("founded", "1956"));
        exampleRow(sheet, columns, example::get);
        for (int c = 0; c < columns.size(); c++) {
            List<String> choices = CHOICES.get(columns.get(c).key());
            if (choices != null) {
                sheet.range(1, c, FILLED_ROWS, c).validateWithListByFormula("\"" + String.join(",", choices) + "\"")
                        .allowBlank(true)
                        .errorStyle(DataValidationErrorStyle.STOP).showErrorMessage(true)
                        .errorTitle("取值不在列表中")
                        .error("请从下拉列表中选择：" + String.join("、", choices));
            }
        }
    }

    private static void statistics(Worksheet sheet) {
        List<Column> columns = StatisticsTable.COLUMNS;
        header(sheet, columns);
        Map<String, String> example = Map.ofEntries(
                Map.entry("year", "2024"), Map.entry("code", "2199990001"),
                Map.entry("primary_students", "1200"), Map.entry("primary_classes", "26"),
                Map.entry("primary_largest_class", "48"), Map.entry("primary_teachers", "70"),
                Map.entry("primary_teachers_above_degree", "66"), Map.entry("primary_backbone_teachers", "9"),
                Map.entry("primary_pe_teachers", "6"), Map.entry("primary_music_teachers", "5"),
                Map.entry("primary_art_teachers", "5"), Map.entry("primary_mid_senior_title_teachers", "40"),
                Map.entry("teaching_area", "6100"), Map.entry("sports_ground_area", "9800"),
                Map.entry("sports_hall_area", "0"), Map.entry("equipment_value", "260.5"),
                Map.entry("multimedia_classrooms", "30"), Map.entry("computers", "150"),
                Map.entry("books", "36000"), Map.entry("music_rooms", "2"), Map.entry("music_room_min_area", "96"),
                Map.entry("art_rooms", "2"), Map.entry("art_room_min_area", "96"));
        exampleRow(sheet, columns, example::get);
    }

    private static void header(Worksheet sheet, List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            sheet.value(0, c, column.chinese());
            sheet.style(0, c).bold().fillColor(column.required() ? REQUIRED_FILL : OPTIONAL_FILL).wrapText(true)
                    .set();
            sheet.width(c, Math.max(10, column.chinese().length() * 2.2 + 2));
            if (TEXT_COLUMNS.contains(column.key())) {
                sheet.style(c).format("@").set();
            }
        }
        sheet.freezePane(0, 1);
    }

    /** One example row: codes as text, everything that reads as a number as a number. */
    private static void exampleRow(Worksheet sheet, List<Column> columns, Function<String, String> example) {
        for (int c = 0; c < columns.size(); c++) {
            String key = columns.get(c).key();
            String value = example.apply(key);
            if (value == null) {
                continue;
            }
            if (TEXT_COLUMNS.contains(key) || !value.matches("\\d+(\\.\\d+)?")) {
                sheet.value(1, c, value);
                sheet.style(1, c).format("@").set();
            } else {
                sheet.value(1, c, new java.math.BigDecimal(value));
            }
        }
    }

    private static void instructions(Worksheet sheet) {
        String[] lines = {
            "每个工作表的第一行是表头，从第二行起每行一条记录：学校名录每所学校一行，统计数据每所学校每学年一行。",
            "黄色表头是必填列。表头可以用中文或英文，顺序可以调整，不用的选填列可以删除。",
            "第二行是示例，请改成本县的数据或删除。空单元格表示“未填报”，不会当作 0。",
            "以 _ 开头的工作表（如本页）不会被读取。完整说明见 docs/content-format.md。",
        };
        int row = 0;
        for (String line : lines) {
            sheet.value(row++, 0, line);
        }
        row++;
        String[] header = {"工作表", "中文表头", "英文表头", "必填", "可选值"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(row, c, header[c]);
            sheet.style(row, c).bold().set();
        }
        row++;
        for (String table : List.of("schools", "statistics")) {
            List<Column> columns = table.equals("schools") ? SchoolRegistryTable.COLUMNS : StatisticsTable.COLUMNS;
            for (Column column : columns) {
                sheet.value(row, 0, TableFiles.CHINESE_NAMES.get(table));
                sheet.value(row, 1, column.chinese());
                sheet.value(row, 2, column.key());
                sheet.value(row, 3, column.required() ? "是" : "");
                sheet.value(row, 4, String.join("、", CHOICES.getOrDefault(column.key(), List.of())));
                row++;
            }
        }
        sheet.width(0, 12);
        sheet.width(1, 28);
        sheet.width(2, 32);
        sheet.width(4, 60);
    }

    /** The workbook's parts with its creation time replaced by a fixed one, so equal inputs give equal bytes. */
    private static byte[] withFixedCreationTime(Path workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(workbook.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("docProps/core.xml")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + FIXED_CREATED + "$2")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(LocalDateTime.of(2024, 1, 1, 0, 0));
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
