package org.junheng.content;

/**
 * Where a value came from, so that every message can name file, line, column and field.
 * {@code file} is relative to the site folder with forward slashes; 0 means "unknown".
 */
public record SourceLocation(String file, int line, int column, String field) {

    public static SourceLocation file(String file) {
        return new SourceLocation(file, 0, 0, "");
    }

    public static SourceLocation line(String file, int line) {
        return new SourceLocation(file, line, 0, "");
    }

    public SourceLocation withField(String fieldName, int fieldColumn) {
        return new SourceLocation(file, line, fieldColumn, fieldName);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        if (!field.isEmpty()) {
            text.append(" [").append(field).append(']');
        }
        return text.toString();
    }
}
