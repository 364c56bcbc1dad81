package org.junheng.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns what the loaders read into the texts the privacy and safety checks scan. */
final class SourceTexts {

    /** The field name given to a Markdown body. */
    static final String BODY = "正文";
    /** The field name given to a file's own name. */
    static final String FILE_NAME = "文件名";

    private SourceTexts() {
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
