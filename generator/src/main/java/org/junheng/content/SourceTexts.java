package org.junheng.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns what the loaders read into the texts the privacy and safety checks scan. */
final class SourceTexts {

    /** The field name given to a Markdown body. */
    static final String BODY = "正文";
    /** The field name given to a file's own name. */
    static final String FILE_NAME = "文件名";

    private static final CsvFactory CSV = new CsvMapper().getFactory();
    /** Column headers and YAML keys whose values identify or address something, in files read whole. */
    private static final Set<String> NAME_FIELDS = Set.of("code", "name", "title", "school", "schools", "学校标识码",
            "学校名称", "姓名", "标题");

    private SourceTexts() {
    }

    /**
     * Every text of a file read by a reader that does not record its texts itself: the cells of
     * a CSV file, the values of a YAML file, the front matter and body of a Markdown file. The
     * file's own reader reports its syntax errors; here a file that cannot be parsed yields what
     * could be read.
     */
    static List<SourceText> wholeFile(String file, String text) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return csvCells(file, text);
        }
        if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            return yamlValues(file, text, 1);
        }
        if (name.endsWith(".md")) {
            FrontMatter parts = FrontMatter.split(text);
            List<SourceText> texts = new ArrayList<>();
            if (!parts.unterminated() && !parts.yaml().isEmpty()) {
                texts.addAll(yamlValues(file, parts.yaml(), parts.yamlFirstLine()));
            }
            texts.add(markdown(file, parts.body(), parts.bodyFirstLine()));
            return texts;
        }
        return List.of();
    }

    private static List<SourceText> yamlValues(String file, String yaml, int firstLine) {
        return YamlTree.parse(file, yaml, firstLine, new ArrayList<>())
                .map(tree -> tree.texts(field -> NAME_FIELDS.contains(field.substring(field.lastIndexOf('.') + 1))))
                .orElse(List.of());
    }

    private static List<SourceText> csvCells(String file, String text) {
        List<SourceText> texts = new ArrayList<>();
        List<String> header = null;
        List<SourceText.Kind> kinds = List.of(); // per column, worked out once from the header
        List<String> record = new ArrayList<>();
        int line = 0;
        try (JsonParser parser = CSV.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    record = new ArrayList<>();
                    line = 0;
                } else if (token == JsonToken.VALUE_STRING) {
                    line = line == 0 ? parser.currentTokenLocation().getLineNr() : line;
                    record.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY && header == null) {
                    header = record.stream().map(String::strip).toList();
                    kinds = header.stream().map(field -> NAME_FIELDS.contains(HeaderNames.normalize(field))
                            ? SourceText.Kind.NAME : SourceText.Kind.TEXT).toList();
                } else if (token == JsonToken.END_ARRAY) {
                    for (int i = 0; i < record.size(); i++) {
                        String cell = record.get(i);
                        if (cell != null && !cell.isBlank()) {
                            texts.add(new SourceText(new SourceLocation(file, line, i + 1,
                                    i < header.size() ? header.get(i) : ""), cell,
                                    i < kinds.size() ? kinds.get(i) : SourceText.Kind.TEXT));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // malformed: the table's own reader says where; what was read before is still scanned
        }
        return texts;
    }

    /** Every non-empty cell of the rows, in row and column order; {@code nameKeys} are the columns that identify. */
    static List<SourceText> cells(List<TableRow> rows, Set<String> nameKeys) {
        List<SourceText> texts = new ArrayList<>();
        for (TableRow row : rows) {
            row.cells().entrySet().stream()
                    .filter(cell -> cell.getValue() != null && !cell.getValue().isBlank())
                    .sorted(Comparator.comparing((Map.Entry<String, String> cell) ->
                            row.columns().getOrDefault(cell.getKey(), 0)))
                    .forEach(cell -> texts.add(new SourceText(row.at(cell.getKey()), cell.getValue(),
                            nameKeys.contains(cell.getKey()) ? SourceText.Kind.NAME : SourceText.Kind.TEXT)));
        }
        return texts;
    }

    static SourceText markdown(String file, String body, int firstLine) {
        return new SourceText(new SourceLocation(file, firstLine, 1, BODY), body, SourceText.Kind.MARKDOWN);
    }

    static SourceText fileName(String file, String name) {
        return new SourceText(new SourceLocation(file, 0, 0, FILE_NAME), name, SourceText.Kind.NAME);
    }
}
