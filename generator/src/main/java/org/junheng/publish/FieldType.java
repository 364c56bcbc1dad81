package org.junheng.publish;

import java.util.regex.Pattern;
import org.junheng.content.AsciiNumbers;

/**
 * The Table Schema types the published tables use, each with the one canonical way its values
 * are written: '.' decimals, no thousands separators, no exponent, {@code true}/{@code false},
 * ISO dates.
 */
public enum FieldType {
    STRING("string", "文本", "text", Pattern.compile("(?s).*")),
    INTEGER("integer", "整数", "integer", Pattern.compile("-?[0-9]+")),
    NUMBER("number", "数值", "decimal number", Pattern.compile("-?[0-9]+(\\.[0-9]+)?")),
    BOOLEAN("boolean", "是否（true/false）", "true or false", Pattern.compile("true|false")),
    DATE("date", "日期（年-月-日）", "date (YYYY-MM-DD)", Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}")),
    YEAR("year", "年份", "year", Pattern.compile("[0-9]{4}"));

    private final String key;
    private final String chinese;
    private final String english;
    private final Pattern canonical;

    FieldType(String key, String chinese, String english, Pattern canonical) {
        this.key = key;
        this.chinese = chinese;
        this.english = english;
        this.canonical = canonical;
    }

    /** The Table Schema type name. */
    public String key() { return key; }

    public String chinese() { return chinese; }

    public String english() { return english; }

    /** Whether a non-missing cell is written the canonical way for this type. */
    public boolean isCanonical(String cell) {
        // every cell of every published table passes here: text and numbers without a regex
        return switch (this) {
            case STRING -> true;
            case INTEGER -> AsciiNumbers.digits(cell, cell.startsWith("-") ? 1 : 0, cell.length());
            case NUMBER -> AsciiNumbers.decimal(cell, cell.startsWith("-") ? 1 : 0);
            default -> canonical.matcher(cell).matches();
        };
    }

    public boolean isNumeric() {
        return this == INTEGER || this == NUMBER || this == YEAR;
    }
}
